#pragma once

#include "frameworks/framework.hpp"

#include <wx/panel.h>

#include <functional>
#include <optional>
#include <string>

class wxSlider;
class wxStaticText;
class wxTextCtrl;

namespace assessa::gui {

// The score of one phase: a number field (empty: no score yet), a slider for the mouse, and
// the descriptor of the band the value reaches.
class ScoreInput : public wxPanel {
public:
    ScoreInput(wxWindow* parent, const Panel& panel, const Phase& phase, const std::string& lang,
               std::function<void(std::optional<int>)> changed);
    void set(std::optional<int> value);  // shows a stored value; does not report a change
    std::optional<int> value() const { return value_; }
    wxTextCtrl* field() { return field_; }
    const std::string& phase_id() const { return phase_.id; }
    void set_read_only(bool read_only);

private:
    void typed();
    void show_band();

    const Panel& panel_;
    const Phase& phase_;
    std::string lang_;
    std::function<void(std::optional<int>)> changed_;
    std::optional<int> value_;
    wxTextCtrl* field_ = nullptr;
    wxSlider* slider_ = nullptr;
    wxStaticText* band_ = nullptr;
};

}  // namespace assessa::gui
