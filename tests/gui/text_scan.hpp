#pragma once

#include <wx/string.h>

#include <functional>
#include <vector>

class wxWindow;

namespace assessa::gui::testing {

// Every text a window and its children show: labels, values, list and tree items, column
// headers, choices, notebook tabs, status bar fields, tooltips (only windows shown on screen,
// or all of them with `hidden_too`).
std::vector<wxString> visible_texts(wxWindow* root, bool hidden_too = false);

// Runs `open`, which shows a modal dialog; while it is up, `inspect` gets it, then it is
// cancelled. Returns false when no dialog came up.
bool with_modal_dialog(const std::function<void()>& open, const std::function<void(wxWindow*)>& inspect);

}  // namespace assessa::gui::testing
