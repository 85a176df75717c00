#pragma once

#include "model/process_types.hpp"

#include <wx/panel.h>

class wxGrid;
class wxStaticText;

namespace assessa::gui {

// The organisation-wide responsibility matrix, read-only: every department (then every named
// role) against every process, V where it carries out some part of the process, D where it
// only takes part.
class OrganisationMatrixView : public wxPanel {
public:
    explicit OrganisationMatrixView(wxWindow* parent);
    void set(const std::vector<Process>& processes, const std::vector<Department>& departments);
    wxGrid* grid() { return grid_; }

private:
    wxGrid* grid_ = nullptr;
};

}  // namespace assessa::gui
