#include "app/gui/member_label.hpp"
#include "app/gui/wx_text.hpp"
#include "model/anonymous_numbers.hpp"

#include <wx/intl.h>

namespace assessa::gui {

wxString member_label(ProjectSession& session, const Member& member, bool anonymous) {
    if (!anonymous) return u8(member.name);
    return wxString::Format(_("Member %zu"), static_cast<std::size_t>(session.member_number(member.id)));
}

wxString without_member_names(ProjectSession& session, const std::string& text, bool anonymous) {
    if (!anonymous) return u8(text);
    return u8(replace_member_names(text, session.members(), [&](const Member& m) {
        return utf8(member_label(session, m, true));
    }));
}

std::vector<Member> members_listed(ProjectSession& session, bool anonymous) {
    return anonymous ? session.members_by_number() : session.members();
}

}  // namespace assessa::gui
