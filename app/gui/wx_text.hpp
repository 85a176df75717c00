#pragma once

#include <wx/dcclient.h>
#include <wx/stattext.h>
#include <wx/string.h>

#include <string>

namespace assessa::gui {

// The core speaks UTF-8 std::string; wx speaks wxString. Convert only at this boundary.
inline wxString u8(const std::string& s) { return wxString::FromUTF8(s); }
inline std::string utf8(const wxString& s) { return s.utf8_string(); }

// GTK measures a label in the font it had when made: give it the size of its own text.
inline void fit_label(wxStaticText* t) {
    wxClientDC dc(t);
    dc.SetFont(t->GetFont());
    wxCoord w = 0, h = 0;
    dc.GetMultiLineTextExtent(t->GetLabel(), &w, &h);
    t->SetMinSize(wxSize(w + 2, h + 2));
}

// A bold (and optionally larger) label. The font is set before the text, so that the label's
// best size is measured in the font it is drawn with (under GTK it otherwise gets clipped).
inline wxStaticText* make_heading(wxWindow* parent, const wxString& text, float scale = 1.0f, int wrap = -1) {
    auto* t = new wxStaticText(parent, wxID_ANY, "");
    t->SetFont(t->GetFont().Scaled(scale).Bold());
    t->SetLabel(text);
    if (wrap > 0) t->Wrap(wrap);
    fit_label(t);
    return t;
}

}  // namespace assessa::gui
