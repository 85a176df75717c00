#include "model/anonymous_numbers.hpp"

#include "model/project.hpp"

#include <algorithm>

namespace assessa {

std::map<Id, int> extend_numbering(std::map<Id, int> kept, const std::vector<Id>& members, std::mt19937& random) {
    std::map<Id, int> out;
    std::vector<Id> fresh;
    for (Id m : members) {
        auto it = kept.find(m);
        if (it != kept.end() && it->second > 0) out[m] = it->second;
        else fresh.push_back(m);
    }
    if (fresh.empty()) return out;
    std::shuffle(fresh.begin(), fresh.end(), random);
    // A whole new draw that happens to repeat the group list's order would give the names away.
    if (out.empty() && fresh.size() > 1 && std::equal(fresh.begin(), fresh.end(), members.begin()))
        std::rotate(fresh.begin(), fresh.begin() + 1, fresh.end());
    // After every number ever given, also those of members who left: a newcomer must not be
    // taken for the member who had that number before.
    int next = 0;
    for (const auto& [member, number] : kept) next = std::max(next, number);
    for (Id m : fresh) out[m] = ++next;
    return out;
}

std::string replace_member_names(std::string text, const std::vector<Member>& members,
                                 const std::function<std::string(const Member&)>& label) {
    // Longer names first, so that a name inside another one does not leave half of it behind.
    std::vector<const Member*> order;
    for (const Member& m : members)
        if (!m.name.empty()) order.push_back(&m);
    std::stable_sort(order.begin(), order.end(), [](const Member* a, const Member* b) { return a->name.size() > b->name.size(); });
    for (const Member* m : order) {
        const std::string shown = label(*m);
        for (std::size_t at = text.find(m->name); at != std::string::npos; at = text.find(m->name, at + shown.size()))
            text.replace(at, m->name.size(), shown);
    }
    return text;
}

std::map<Id, int> anonymous_numbers(Project& project, Id cycle_id) {
    std::vector<Id> members;
    for (const Member& m : project.cycle_members(cycle_id)) members.push_back(m.id);
    const std::map<Id, int> kept = project.member_numbers(cycle_id);
    std::random_device seed;
    std::mt19937 random(seed());
    std::map<Id, int> numbers = extend_numbering(kept, members, random);
    if (numbers != kept && !project.read_only()) project.set_member_numbers(cycle_id, numbers);
    return numbers;
}

}  // namespace assessa
