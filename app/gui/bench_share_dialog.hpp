#pragma once

#include "frameworks/framework.hpp"
#include "model/bench_types.hpp"

#include <wx/dialog.h>

#include <functional>

class wxChoice;
class wxTextCtrl;

namespace assessa::gui {

// "Share for comparison…": the institution's type, size band and optional region, and below
// them exactly what the file will hold (the readable lines, then the file's text). The
// submission shown is the one written.
class BenchShareDialog : public wxDialog {
public:
    // `make` builds the submission for a profile (it may throw ProjectError).
    BenchShareDialog(wxWindow* parent, std::function<BenchSubmission(const BenchProfile&)> make,
                     const Framework* framework);
    const BenchSubmission& submission() const { return submission_; }
    wxChoice* type_choice() { return type_; }
    wxChoice* size_choice() { return size_; }
    wxTextCtrl* region() { return region_; }
    wxTextCtrl* preview() { return preview_; }

private:
    void update();
    std::function<BenchSubmission(const BenchProfile&)> make_;
    const Framework* framework_;
    BenchSubmission submission_;
    wxChoice* type_ = nullptr;
    wxChoice* size_ = nullptr;
    wxTextCtrl* region_ = nullptr;
    wxTextCtrl* preview_ = nullptr;
};

}  // namespace assessa::gui
