#pragma once

#include <wx/dcclient.h>
#include <wx/stattext.h>
#include <wx/string.h>

#include <algorithm>
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

// Scripts written without spaces between words (Chinese, Japanese): a line may break between
// any two of their characters, but not before closing punctuation.
inline bool breaks_anywhere(wxUniChar c) {
    const auto v = c.GetValue();
    return (v >= 0x2E80 && v <= 0x9FFF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0xFF00 && v <= 0xFFEF);
}
inline bool closes(wxUniChar c) {
    static const wxString closing = wxString::FromUTF8("，。、：；！？）》」』〕】％");
    return closing.Find(c) != wxNOT_FOUND;
}

// `text` in lines no wider than `width` in `w`'s font. Breaks at spaces as wxStaticText::Wrap
// does, and also inside Chinese text, where Wrap finds no space and leaves one long line.
// `font` is the one the text is drawn in (a bold title on a panel with a normal font).
inline wxString wrapped_text(wxWindow* w, const wxFont& font, const wxString& text, int width) {
    wxClientDC dc(w);
    dc.SetFont(font);
    wxString out;
    wxString line;
    size_t can_break = 0;  // the line may end before this position (0: nowhere yet)
    auto end_line = [&](size_t at) {
        wxString head = line.Left(at), rest = line.Mid(at);
        head.Trim(true);
        rest.Trim(false);
        out += head + "\n";
        line = rest;
        can_break = 0;
    };
    for (wxString::const_iterator it = text.begin(); it != text.end(); ++it) {
        const wxUniChar c = *it;
        if (c == '\n') {
            out += line + "\n";
            line.clear();
            can_break = 0;
            continue;
        }
        if (!line.empty() && (breaks_anywhere(c) || breaks_anywhere(line.Last())) && !closes(c))
            can_break = line.length();
        line += c;
        if (c == ' ') can_break = line.length();
        if (dc.GetTextExtent(line).x > width && can_break > 0 && can_break < line.length()) end_line(can_break);
    }
    return out + line;
}

inline wxString wrapped_text(wxWindow* w, const wxString& text, int width) { return wrapped_text(w, w->GetFont(), text, width); }

// Sets a label's text wrapped to `width` (see wrapped_text).
inline void set_wrapped(wxStaticText* t, const wxString& text, int width) { t->SetLabel(wrapped_text(t, text, width)); }

// A label that stays wrapped to its parent's width as the parent is resized or its font grows
// (a heading above a list that shares a narrow pane on a projector).
inline void keep_wrapped_to_parent(wxStaticText* t, const wxString& text, int margin) {
    wxWindow* parent = t->GetParent();
    parent->Bind(wxEVT_SIZE, [t, text, margin, parent](wxSizeEvent& e) {
        const wxString wrapped = wrapped_text(t, text, std::max(parent->FromDIP(100), parent->GetClientSize().x - margin));
        if (wrapped != t->GetLabel()) {
            t->SetLabel(wrapped);
            fit_label(t);
            parent->CallAfter([parent] { parent->Layout(); });
        }
        e.Skip();
    });
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
