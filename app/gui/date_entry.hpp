#pragma once

#include "model/calendar_date.hpp"

#include <wx/textctrl.h>

#include <optional>
#include <string>

namespace assessa::gui {

// A date typed as text, shown in the interface language's form (en "2 Jan 2027", lt
// "2027-01-02", zh "2027年1月2日") whatever the system locale. It reads ISO dates and every
// form the core's parse_typed_date knows; what it cannot read is marked and its problem() is
// the core's message. It sends wxEVT_TEXT on every change, as a text field does.
class DateEntry : public wxTextCtrl {
public:
    DateEntry(wxWindow* parent, const std::string& iso = {});

    std::optional<CalendarDate> date() const;  // none while the text is not a date
    std::string iso() const;                   // "" while the text is not a date
    void set_iso(const std::string& iso);      // "" or anything else that is not a date: empty
    void set_date(const CalendarDate& date);
    // Why the text is not a date, translated; empty when it is one (or, in an optional field,
    // when it is empty).
    wxString problem() const;
    // A date that may be left out: an empty field is not marked as a problem.
    void set_optional(bool optional);

private:
    void mark();

    std::string lang_;
    bool optional_ = false;
};

}  // namespace assessa::gui
