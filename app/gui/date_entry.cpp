#include "app/gui/date_entry.hpp"

#include "app/gui/ui_language.hpp"
#include "app/gui/wx_text.hpp"
#include "model/date_format.hpp"

#include <wx/settings.h>

#include <algorithm>

namespace assessa::gui {

DateEntry::DateEntry(wxWindow* parent, const std::string& iso)
    : wxTextCtrl(parent, wxID_ANY, ""), lang_(ui_language()) {
    // Wide enough for the longest date of the language, with room for the field's frame.
    int widest = 0;
    for (const CalendarDate& d : {CalendarDate{2027, 12, 28}, CalendarDate{2027, 9, 30}})
        widest = std::max(widest, GetTextExtent(u8(format_ui_date(d, lang_))).x);
    SetMinSize(wxSize(widest + FromDIP(28), -1));
    SetHint(u8(format_ui_date(CalendarDate{2027, 1, 31}, lang_)));
    set_iso(iso);
    Bind(wxEVT_TEXT, [this](wxCommandEvent& e) {
        mark();
        e.Skip();
    });
    // Once the user leaves the field, a date typed in another form is shown in the usual one.
    Bind(wxEVT_KILL_FOCUS, [this](wxFocusEvent& e) {
        if (const auto d = date()) {
            const wxString shown = u8(format_ui_date(*d, lang_));
            if (GetValue() != shown) ChangeValue(shown);
        }
        e.Skip();
    });
}

std::optional<CalendarDate> DateEntry::date() const { return parse_typed_date(utf8(GetValue())); }

std::string DateEntry::iso() const {
    const auto d = date();
    return d ? d->to_string() : std::string();
}

void DateEntry::set_iso(const std::string& iso) {
    const auto d = CalendarDate::parse(iso);
    ChangeValue(d ? u8(format_ui_date(*d, lang_)) : wxString());
    mark();
}

void DateEntry::set_date(const CalendarDate& date) {
    ChangeValue(u8(format_ui_date(date, lang_)));
    mark();
}

wxString DateEntry::problem() const {
    if (optional_ && GetValue().Strip(wxString::both).empty()) return {};
    return u8(typed_date_problem(utf8(GetValue()), lang_));
}

void DateEntry::set_optional(bool optional) {
    optional_ = optional;
    mark();
}

void DateEntry::mark() {
    const wxString why = problem();
    SetBackgroundColour(why.empty() ? wxNullColour : wxColour(255, 228, 225));
    SetToolTip(why);
    Refresh();
}

}  // namespace assessa::gui
