#pragma once

#include "app/gui/ui_language.hpp"
#include "app/gui/wx_text.hpp"
#include "model/number_format.hpp"

#include <optional>

namespace assessa::gui {

// Numbers on screen in the interface language's form ("60,2" in Lithuanian), as the reports
// print them; an empty score is an en dash.
inline wxString ui_score(std::optional<double> v) { return u8(format_score(v, ui_language())); }
inline wxString ui_delta(std::optional<double> v) { return u8(format_delta(v, ui_language())); }

}  // namespace assessa::gui
