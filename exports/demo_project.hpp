#pragma once

#include "frameworks/framework_library.hpp"
#include "model/project.hpp"

#include <memory>
#include <string>

namespace assessa {

// Writes the bundled demo self-assessment (share/assessa/demo/demo-municipality.xml): a
// fictional municipality administration, its departments and a 10-member group, a 2024
// cycle (classical scoring, consensus only) and a 2026 cycle (fine-tuned scoring) with
// every member's scores and notes for all subcriteria, the consensus, the improvement plan
// and the cycle's ten CAF steps with three quarterly progress reviews in 2027. The same content
// file always gives the same project. `language` chooses the texts: "en" or "lt".
std::unique_ptr<Project> write_demo_project(const std::string& path, const FrameworkLibrary& library,
                                            const std::string& language);

// The bundled content file.
std::string demo_content_path();

}  // namespace assessa
