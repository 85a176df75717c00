#pragma once

#include "model/bench_statistics.hpp"

#include <wx/panel.h>

#include <optional>
#include <string>
#include <vector>

namespace assessa::gui {

// The criteria against a comparison set: per row the set's box plot (lowest to highest, the
// middle half as a box, the median as a line), the organisation's score as a diamond and, on
// the right, the quarter it falls in.
class BenchChart : public wxPanel {
public:
    struct Row {
        wxString label;  // "1  Leadership"
        std::optional<Distribution> network;
        std::optional<double> own;
        wxString position;  // "second quarter", or why there is none
    };

    explicit BenchChart(wxWindow* parent);
    void set(std::vector<Row> rows);

private:
    void paint();
    int row_height() const;
    std::vector<Row> rows_;
};

}  // namespace assessa::gui
