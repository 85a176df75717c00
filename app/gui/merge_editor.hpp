#pragma once

#include <wx/dialog.h>

#include <string>
#include <vector>

class wxTextCtrl;

namespace assessa::gui {

// "Merge into one…" on the consensus page: the members' items chosen, and the agreed text
// proposed from them (each as its own sentence) for the facilitator to reword before it is kept.
class MergeEditor : public wxDialog {
public:
    MergeEditor(wxWindow* parent, const std::vector<wxString>& sources, const std::string& proposal);
    wxTextCtrl* text() { return text_; }
    std::string merged_text() const;

private:
    wxTextCtrl* text_ = nullptr;
};

}  // namespace assessa::gui
