#include "app/gui/wrapping_text.hpp"

namespace assessa::gui {

WrappingText::WrappingText(wxWindow* parent, const wxString& text, int min_width)
    : wxStaticText(parent, wxID_ANY, text), text_(text) {
    // The sizer gives the width; the text's own length must not widen the window.
    SetMinSize(wxSize(min_width, -1));
    Bind(wxEVT_SIZE, [this](wxSizeEvent& e) {
        e.Skip();
        if (e.GetSize().x != wrapped_at_) CallAfter([this] { wrap_to(GetSize().x); });
    });
}

void WrappingText::set_text(const wxString& text) {
    text_ = text;
    wrapped_at_ = -1;
    wrap_to(GetSize().x);
}

void WrappingText::wrap_to(int width) {
    if (width == wrapped_at_) return;
    wrapped_at_ = width;
    SetLabel(text_);
    if (width > 0) Wrap(width);
    // A different number of lines changes the height the header needs.
    InvalidateBestSize();
    if (wxWindow* top = wxGetTopLevelParent(this)) top->Layout();
}

}  // namespace assessa::gui
