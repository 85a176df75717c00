#pragma once

#include "app/gui/wx_text.hpp"
#include "frameworks/localized_text.hpp"
#include "model/date_format.hpp"

#include <wx/datetime.h>
#include <wx/translation.h>

#include <string>

namespace assessa::gui {

// The language the program's own texts are shown in ("en", "lt", "zh"), for dates and the like.
inline std::string ui_language() {
    wxTranslations* t = wxTranslations::Get();
    return t ? normalize_language(utf8(t->GetBestTranslation("assessa"))) : "en";
}

// A stored UTC time ("2026-10-05T08:00:00Z") as this computer's local date and time, the date
// written as `lang` writes dates; any other text comes back unchanged.
inline wxString format_timestamp(const std::string& iso_utc, const std::string& lang) {
    wxDateTime t;
    wxString::const_iterator end;
    const wxString text = u8(iso_utc);
    if (!t.ParseFormat(text, "%Y-%m-%dT%H:%M:%SZ", &end)) return text;
    t.MakeFromUTC();
    return u8(format_iso_ui_date(utf8(t.FormatISODate()), lang)) + " " + t.Format("%H:%M");
}

}  // namespace assessa::gui
