#pragma once

#include <wx/string.h>

class wxWindow;

namespace assessa::gui {

// The user's settings, kept in wxConfig.
struct Preferences {
    wxString ui_language;      // "" = the system's
    wxString report_language = "en";
    int projector_font_size = 18;

    static Preferences load();
    void save() const;
};

// Shows the preferences dialog; true when the user changed and saved them.
bool edit_preferences(wxWindow* parent, Preferences& prefs);

}  // namespace assessa::gui
