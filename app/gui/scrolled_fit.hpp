#pragma once

#include <wx/scrolwin.h>
#include <wx/sizer.h>

namespace assessa::gui {

// When a scrolled page's size changes, wx lays it out at its old virtual size first and only
// then works out the new one. If its content has grown meanwhile (controls measured again once
// GTK applied their font, a narrower page that wraps more), the sizer gets less height than its
// minimum and squeezes its last control to a few pixels: GTK then allocates that text field or
// list below its scroll bars' minimum ("gtk_box_gadget_distribute: assertion 'size >= 0'
// failed in GtkScrollbar"). Working the virtual size out before that first layout avoids it.
inline void fit_inside_before_layout(wxScrolledWindow* page) {
    page->Bind(wxEVT_SIZE, [page](wxSizeEvent& e) {
        if (wxSizer* sizer = page->GetSizer()) {
            const wxSize needed = sizer->CalcMin();
            const wxSize virtual_size = page->GetVirtualSize();
            if (needed.x > virtual_size.x || needed.y > virtual_size.y) page->FitInside();
        }
        e.Skip();
    });
}

}  // namespace assessa::gui
