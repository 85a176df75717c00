#pragma once

#include "model/process_types.hpp"

#include <wx/scrolwin.h>

#include <functional>
#include <optional>
#include <vector>

namespace assessa::gui {

// The process map: management processes above, core processes in the middle, support processes
// below, each process a box with its code, name and owner. Clicking a box opens its card.
class ProcessMap : public wxScrolledCanvas {
public:
    struct Box {
        Id id = 0;
        ProcessKind kind = ProcessKind::core;
        wxString title;  // "P-01 Name"
        wxString owner;
    };
    ProcessMap(wxWindow* parent, std::function<void(Id)> open);

    void set(std::vector<Box> boxes);
    // Where a process's box is drawn, in the map's own (unscrolled) coordinates; empty if none.
    wxRect box_rect(Id id) const;
    std::optional<Id> process_at(const wxPoint& map_point) const;

private:
    struct Placed {
        wxRect rect;
        std::size_t box;
        wxString title, owner;  // wrapped to the box
    };
    struct Band {
        ProcessKind kind;
        wxRect rect;
    };
    void arrange();
    void paint();

    std::function<void(Id)> open_;
    std::vector<Box> boxes_;
    std::vector<Placed> placed_;
    std::vector<Band> bands_;
};

}  // namespace assessa::gui
