#pragma once

#include "model/project_types.hpp"

#include <functional>
#include <map>
#include <string>
#include <random>
#include <vector>

namespace assessa {

class Project;

// Projector mode shows the members as "Member N". The numbers follow a random order drawn once
// per cycle and kept in the project, never the order of the group list (which the room may have
// seen), so that nobody can match numbers to names, and they stay the same all week.
// `kept` are the numbers drawn before: they stay; a member without one gets the next free number
// in a random order; numbers of members no longer in the group are dropped.
std::map<Id, int> extend_numbering(std::map<Id, int> kept, const std::vector<Id>& members, std::mt19937& random);

// `text` with every member's name in it replaced by `label(member)` (a responsible person or an
// approver who is also in the group, shown in projector mode).
std::string replace_member_names(std::string text, const std::vector<Member>& members,
                                 const std::function<std::string(const Member&)>& label);

// The numbers of the cycle's members, drawing and storing them the first time (a read-only
// project draws them for this session only).
std::map<Id, int> anonymous_numbers(Project& project, Id cycle_id);

}  // namespace assessa
