#pragma once

#include <wx/window.h>

#include <vector>

namespace assessa::gui::testing {

// Every window of type T inside `root` (itself included), depth first.
template <class T>
std::vector<T*> windows_of(wxWindow* root) {
    std::vector<T*> out;
    if (auto* t = dynamic_cast<T*>(root)) out.push_back(t);
    for (wxWindow* child : root->GetChildren()) {
        auto more = windows_of<T>(child);
        out.insert(out.end(), more.begin(), more.end());
    }
    return out;
}

}  // namespace assessa::gui::testing
