#pragma once

#include "frameworks/xml_reader.hpp"
#include "model/project.hpp"

#include <map>
#include <string>

namespace assessa {

// The demo's perception surveys (the <survey> elements of the demo content): generated
// responses to the bundled questionnaires, the same on every machine, with weaker and stronger
// items that stay so from one survey to the next and a trend between the cycles.
void add_demo_surveys(Project& p, XmlReader& xml, pugi::xml_node root, const std::map<std::string, Id>& cycles,
                      const std::string& lang);

}  // namespace assessa
