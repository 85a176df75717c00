#pragma once

#include <wx/notebook.h>
#include <wx/panel.h>
#include <wx/sizer.h>

namespace assessa::gui {

// GTK sizes a native notebook's pages only when it allocates them, and then it allocates each
// page's children as they were laid out at the page's previous size. A page nobody has sized yet
// still has wx's 20x20 placeholder size, so its lists, scrolled windows and inner notebooks were
// laid out with no room, and GTK allocates them below their minimum ("gtk_box_gadget_distribute:
// assertion 'size >= 0' failed in GtkNotebook/GtkScrollbar"). Sizing every page to the notebook's
// page area as soon as the notebook itself is sized, as wx does for its own book controls, lays
// them out with their real room before GTK allocates them. A notebook too small for its tabs
// leaves its pages alone.
inline void size_pages_with_notebook(wxNotebook* book) {
    book->Bind(wxEVT_SIZE, [book](wxSizeEvent& e) {
        const wxSize page_area = book->GetClientSize() - book->CalcSizeFromPage(wxSize(0, 0));
        if (page_area.x > 0 && page_area.y > 0)
            for (size_t i = 0; i < book->GetPageCount(); ++i)
                if (wxWindow* page = book->GetPage(i); page && page->GetSize() != page_area) page->SetSize(page_area);
        e.Skip();
    });
}

// GTK takes a scrolled window's last size as its minimum. Made a notebook's page itself, it keeps
// the notebook from shrinking (the window manager adding its title bar, a tree pane coming back):
// GTK allocates the notebook below its page's minimum ("gtk_box_gadget_distribute: assertion
// 'size >= 0' failed in GtkNotebook") before wx can size the page down. A plain panel asks for no
// minimum, so such a page goes into the notebook inside one: make it with `page_holder(book)` as
// its parent, then add `held(page)`.
inline wxPanel* page_holder(wxNotebook* book) { return new wxPanel(book, wxID_ANY); }

inline wxWindow* held(wxWindow* page) {
    auto* fill = new wxBoxSizer(wxVERTICAL);
    fill->Add(page, 1, wxEXPAND);
    page->GetParent()->SetSizer(fill);
    return page->GetParent();
}

}  // namespace assessa::gui
