#include "tests/gui/layout_check.hpp"

#include "frameworks/data_paths.hpp"
#include "i18n/translator.hpp"

#include <catch2/catch.hpp>

#include <wx/bookctrl.h>
#include <wx/button.h>
#include <wx/checkbox.h>
#include <wx/dialog.h>
#include <wx/frame.h>
#include <wx/grid.h>
#include <wx/hyperlink.h>
#include <wx/notebook.h>
#include <wx/radiobox.h>
#include <wx/radiobut.h>
#include <wx/scrolwin.h>
#include <wx/statbox.h>
#include <wx/stattext.h>
#include <wx/statusbr.h>
#include <wx/toolbar.h>
#include <wx/tooltip.h>
#include <wx/translation.h>

#include <algorithm>
#include <vector>

namespace assessa::gui::testing {

namespace {

enum class Problem { cut_text, overlap, outside };

// The one place where a control is excused from a problem, by its name, with the reason.
struct Exception {
    const char* name;
    Problem problem;
    const char* reason;
    bool needs_tooltip;  // an ellipsis is only excused when the whole text is in a tooltip
};

// The framework tree also shortens its labels with "…" and a tooltip, but its items are drawn by
// the tree, not controls this check walks.
const std::vector<Exception> exceptions = {
    {"uncovered area for improvement", Problem::cut_text,
     "the Plan tab lists each agreed AFI without an action on one line, ending in an ellipsis on a narrow screen",
     true},
};

const Exception* excused(wxWindow* w, Problem p) {
    const wxString name = w->GetName();
    for (const Exception& e : exceptions)
        if (*e.name && e.problem == p && name == wxString::FromUTF8(e.name)) return &e;
    return nullptr;
}

std::string describe(wxWindow* w) {
    wxString label = w->GetLabel();
    label.Replace("\n", " ");
    if (label.length() > 40) label = label.Left(39) + wxString::FromUTF8("…");
    const wxRect r = w->GetRect();
    return (wxString(w->GetClassInfo()->GetClassName()) + " '" + label + "' (name '" + w->GetName() + "') at " +
            wxString::Format("%d,%d %dx%d", r.x, r.y, r.width, r.height))
        .utf8_string();
}

// The text controls that show a label of their own and must not cut it.
bool shows_label(wxWindow* w) {
    return dynamic_cast<wxStaticText*>(w) || dynamic_cast<wxButton*>(w) || dynamic_cast<wxCheckBox*>(w) ||
           dynamic_cast<wxRadioButton*>(w) || dynamic_cast<wxStaticBox*>(w) || dynamic_cast<wxRadioBox*>(w) ||
           dynamic_cast<wxHyperlinkCtrl*>(w);
}

// A control's own parts (a list's header, a grid's cells) are its business, not the layout's:
// the walk goes into windows that hold other controls.
bool holds_controls(wxWindow* w) {
    if (dynamic_cast<wxGrid*>(w)) return false;
    return !dynamic_cast<wxControl*>(w) || dynamic_cast<wxBookCtrlBase*>(w) || dynamic_cast<wxStaticBox*>(w);
}

// The frame's own bars sit outside its client area by design.
bool frame_bar(wxWindow* parent, wxWindow* child) {
    auto* frame = dynamic_cast<wxFrame*>(parent);
    return frame && (child == frame->GetStatusBar() || child == frame->GetToolBar() ||
                     dynamic_cast<wxStatusBar*>(child) || dynamic_cast<wxToolBar*>(child));
}

std::vector<wxWindow*> shown_children(wxWindow* w) {
    std::vector<wxWindow*> out;
    auto* book = dynamic_cast<wxBookCtrlBase*>(w);
    for (wxWindow* child : w->GetChildren()) {
        if (child->IsTopLevel() || !child->IsShown() || frame_bar(w, child)) continue;
        if (book && book->FindPage(child) != wxNOT_FOUND && child != book->GetCurrentPage()) continue;
        out.push_back(child);
    }
    return out;
}

std::string text_of(const wxRect& r) { return wxString::Format("%d,%d %dx%d", r.x, r.y, r.width, r.height).utf8_string(); }

// A child's rectangle in its parent's client coordinates. GTK places a notebook's pages in the
// notebook's parent's coordinates: for them the screen tells where they are.
wxRect rect_in_parent(wxWindow* parent, wxWindow* child) {
    if (dynamic_cast<wxNotebook*>(parent))
        return {child->GetScreenPosition() - parent->ClientToScreen(wxPoint(0, 0)), child->GetSize()};
    return child->GetRect();
}

// Where children may lie: the client area, or the whole scrolled area of a scrolled window.
wxRect child_area(wxWindow* w) {
    wxRect area(wxPoint(0, 0), w->GetClientSize());
    if (auto* scrolled = dynamic_cast<wxScrollHelperBase*>(w); scrolled && scrolled->GetTargetWindow() == w) {
        area.SetPosition(scrolled->CalcScrolledPosition(wxPoint(0, 0)));
        area.SetSize(wxSize(std::max(area.width, w->GetVirtualSize().x), std::max(area.height, w->GetVirtualSize().y)));
    }
    return area;
}

void walk(wxWindow* w, std::vector<std::string>& out) {
    const std::vector<wxWindow*> children = shown_children(w);
    const wxRect area = child_area(w);
    const std::string in = " in " + describe(w);
    for (wxWindow* c : children) {
        const wxRect r = c->GetRect();
        if (!area.Contains(rect_in_parent(w, c)) && !excused(c, Problem::outside))
            out.push_back(describe(c) + " lies outside its parent's client area " + text_of(area) + in);
        if (shows_label(c)) {
            const wxSize best = c->GetBestSize();
            const Exception* e = excused(c, Problem::cut_text);
            if (e && e->needs_tooltip && !c->GetToolTip())
                out.push_back(describe(c) + " is excused from showing its whole text (" + e->reason +
                              ") but has no tooltip with it" + in);
            else if (!e && (r.width < best.x || r.height < best.y))
                out.push_back(describe(c) + " cuts its text: best size " +
                              wxString::Format("%dx%d", best.x, best.y).utf8_string() + in);
        }
    }
    for (std::size_t i = 0; i < children.size(); ++i)
        for (std::size_t j = i + 1; j < children.size(); ++j) {
            wxWindow* a = children[i];
            wxWindow* b = children[j];
            const wxRect ra = rect_in_parent(w, a), rb = rect_in_parent(w, b);
            if (!ra.Intersects(rb) || ra.Intersect(rb).IsEmpty()) continue;
            // A static box drawn around its siblings (the older wxStaticBoxSizer way) encloses them.
            if ((dynamic_cast<wxStaticBox*>(a) && ra.Contains(rb)) || (dynamic_cast<wxStaticBox*>(b) && rb.Contains(ra)))
                continue;
            if (excused(a, Problem::overlap) || excused(b, Problem::overlap)) continue;
            out.push_back(describe(a) + " and " + describe(b) + " overlap" + in);
        }
    for (wxWindow* c : children)
        if (holds_controls(c)) walk(c, out);
}

}  // namespace

std::vector<std::string> layout_problems(wxWindow* root) {
    std::vector<std::string> out;
    if (!root || !root->IsShown()) return out;
    // A dialog must fit on the smallest screen we support (a main window is sized by its test).
    if (dynamic_cast<wxDialog*>(root) && (root->GetSize().x > layout_screen().x || root->GetSize().y > layout_screen().y))
        out.push_back(describe(root) + " is larger than the " + std::to_string(layout_screen().x) + "x" +
                      std::to_string(layout_screen().y) + " screen");
    walk(root, out);
    return out;
}

void check_layout(wxWindow* root, const std::string& where) {
    REQUIRE(root);
    const std::vector<std::string> problems = layout_problems(root);
    for (const std::string& p : problems) FAIL_CHECK("layout of " << where << ": " << p);
    if (problems.empty()) SUCCEED("layout of " << where << " is sound");
}

const std::vector<std::string>& layout_languages() {
    static const std::vector<std::string> langs{"en", "lt", "zh"};
    return langs;
}

namespace {

void use_language(const std::string& lang) {
    static const bool lookup_added = [] {
        wxFileTranslationsLoader::AddCatalogLookupPathPrefix(wxString::FromUTF8(locale_dir()));
        return true;
    }();
    (void)lookup_added;
    auto* translations = new wxTranslations;
    if (lang != "en") translations->SetLanguage(wxString::FromUTF8(lang == "zh" ? "zh_CN" : lang));
    wxTranslations::Set(translations);
    translations->AddCatalog("assessa");
    Translator::set_current(lang);
}

}  // namespace

UiLanguage::UiLanguage(const std::string& lang) : previous_(Translator::current().language()) { use_language(lang); }

UiLanguage::~UiLanguage() { use_language(previous_); }

}  // namespace assessa::gui::testing
