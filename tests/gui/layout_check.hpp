#pragma once
// The GUI layout check: walks every shown control of a window, dialog, wizard page or tab and
// names each one that is cut off, hidden behind a sibling, or lies outside its parent.
// Every GUI test runs it on what it shows, at 1024x768, in each interface language.
#include <wx/gdicmn.h>

#include <string>
#include <vector>

class wxTranslations;
class wxWindow;

namespace assessa::gui::testing {

// One sentence per problem found in `root` or any shown control under it, naming the control by
// class, label and name with its rectangle and its parent's client area. Empty when all is well.
// Controls listed in the exceptions (layout_check.cpp, with their reasons) are not reported for
// the problem they are excused from.
std::vector<std::string> layout_problems(wxWindow* root);

// Fails the running test once for each problem in `root`; `where` says which view it is.
void check_layout(wxWindow* root, const std::string& where);

// The interface languages every view is checked in.
const std::vector<std::string>& layout_languages();

// The size the check runs at: the smallest screen we support.
inline wxSize layout_screen() { return {1024, 768}; }

// Shows the program's own texts in `lang` ("en", "lt", "zh") while it lives, from the catalogs
// the desktop program loads, as the interface language in Preferences does; windows made while
// it lives speak that language. English comes back afterwards.
class UiLanguage {
public:
    explicit UiLanguage(const std::string& lang);
    ~UiLanguage();
    UiLanguage(const UiLanguage&) = delete;
    UiLanguage& operator=(const UiLanguage&) = delete;

private:
    std::string previous_;
};

}  // namespace assessa::gui::testing
