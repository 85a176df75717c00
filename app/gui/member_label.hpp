#pragma once

#include "app/gui/project_session.hpp"

#include <wx/string.h>

namespace assessa::gui {

// How a member is shown: the name, or in projector mode "Member N" with the member's anonymous number.
wxString member_label(ProjectSession& session, const Member& member, bool anonymous);

// A text that may hold a member's name (a responsible person, an approver): in projector mode
// the name becomes "Member N".
wxString without_member_names(ProjectSession& session, const std::string& text, bool anonymous);

// The members in the order they are listed: the group's order, or in projector mode the order
// of their anonymous numbers (the group's order would give the names away).
std::vector<Member> members_listed(ProjectSession& session, bool anonymous);

}  // namespace assessa::gui
