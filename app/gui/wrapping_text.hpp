#pragma once

#include <wx/stattext.h>

namespace assessa::gui {

// A text that wraps to the width its sizer gives it, and wraps again when that width changes:
// for lines whose length depends on the project (an organisation's name, a member's name) in
// a header that must fit a 1024-pixel screen. Give it wxEXPAND in a sizer that has the width.
class WrappingText : public wxStaticText {
public:
    WrappingText(wxWindow* parent, const wxString& text, int min_width);
    void set_text(const wxString& text);
    const wxString& text() const { return text_; }

private:
    void wrap_to(int width);

    wxString text_;
    int wrapped_at_ = -1;
};

}  // namespace assessa::gui
