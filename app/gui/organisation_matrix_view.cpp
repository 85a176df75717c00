#include "app/gui/organisation_matrix_view.hpp"

#include "app/gui/wx_text.hpp"
#include "model/process_rules.hpp"

#include <wx/grid.h>
#include <wx/sizer.h>
#include <wx/stattext.h>

#include <algorithm>

namespace assessa::gui {

OrganisationMatrixView::OrganisationMatrixView(wxWindow* parent) : wxPanel(parent, wxID_ANY) {
    auto* page = new wxBoxSizer(wxVERTICAL);
    const wxString about = _("For each department or role and each process: V when it carries out some part of the "
                             "process, D when it only takes part.");
    auto* note = new wxStaticText(this, wxID_ANY, about);
    keep_wrapped_to_parent(note, about, FromDIP(16));
    page->Add(note, 0, wxEXPAND | wxALL, FromDIP(6));
    grid_ = new wxGrid(this, wxID_ANY);
    grid_->SetName(_("Organisation-wide responsibility matrix"));
    grid_->CreateGrid(0, 0);
    grid_->EnableEditing(false);
    grid_->SetDefaultCellAlignment(wxALIGN_CENTRE, wxALIGN_CENTRE);
    grid_->SetMinSize(FromDIP(wxSize(200, 120)));
    page->Add(grid_, 1, wxEXPAND | wxLEFT | wxRIGHT | wxBOTTOM, FromDIP(6));
    SetSizer(page);
}

void OrganisationMatrixView::set(const std::vector<Process>& processes, const std::vector<Department>& departments) {
    const OrganisationMatrix m = organisation_matrix(processes, departments);
    grid_->BeginBatch();
    if (grid_->GetNumberRows() > 0) grid_->DeleteRows(0, grid_->GetNumberRows());
    if (grid_->GetNumberCols() > 0) grid_->DeleteCols(0, grid_->GetNumberCols());
    grid_->AppendCols(static_cast<int>(m.processes.size()));
    grid_->AppendRows(static_cast<int>(m.rows.size()));
    for (std::size_t c = 0; c < m.processes.size(); ++c) {
        const auto p = std::find_if(processes.begin(), processes.end(), [&](const Process& x) { return x.id == m.processes[c]; });
        grid_->SetColLabelValue(static_cast<int>(c), p == processes.end() ? wxString() : u8(p->code));
        grid_->SetColSize(static_cast<int>(c), FromDIP(58));
    }
    wxClientDC dc(grid_);
    dc.SetFont(grid_->GetLabelFont());
    int label_width = FromDIP(80);
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
        grid_->SetRowLabelValue(static_cast<int>(r), u8(m.rows[r].name));
        label_width = std::max(label_width, dc.GetTextExtent(u8(m.rows[r].name)).x + FromDIP(12));
        for (std::size_t c = 0; c < m.rows[r].cells.size(); ++c)
            grid_->SetCellValue(static_cast<int>(r), static_cast<int>(c), u8(responsibility_letter(m.rows[r].cells[c])));
    }
    grid_->SetRowLabelSize(std::min(label_width, FromDIP(240)));
    grid_->EndBatch();
}

}  // namespace assessa::gui
