#pragma once

#include "model/project.hpp"

class wxWindow;

namespace assessa::gui {

// The organisation profile, departments and group members of an open project. Every change
// is applied at once; returns true if anything changed.
bool edit_group_dialog(wxWindow* parent, Project& project);

}  // namespace assessa::gui
