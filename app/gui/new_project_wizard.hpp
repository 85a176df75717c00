#pragma once

#include "frameworks/framework_library.hpp"
#include "model/project.hpp"

#include <memory>
#include <string>

class wxWindow;

namespace assessa::gui {

// Guides the user through a new self-assessment: organisation profile, framework, scoring
// method, departments and group members, then where to save the file. Returns the created
// project (and its path), or nullptr when cancelled.
std::unique_ptr<Project> run_new_project_wizard(wxWindow* parent, const FrameworkLibrary& library,
                                                std::string& path);

}  // namespace assessa::gui
