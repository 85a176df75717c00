#pragma once

#include "frameworks/xml_reader.hpp"
#include "model/project.hpp"

#include <map>
#include <string>
#include <vector>

namespace assessa {

// The demo's CAF steps (the <steps> and <review> elements of the demo content). Members are
// named by their id in the content ("m01"), departments by code.
struct DemoPeople {
    std::map<std::string, Id> members;  // content id -> member id
    std::map<std::string, Id> departments;  // code -> department id
};

// Records the steps of `cycle`: decision, step records, both communication plans, trainings,
// results communicated, strategic objectives, declined ideas and the next self-assessment.
// Returns the strategic objectives' ids by code.
std::map<std::string, Id> add_demo_steps(Project& p, XmlReader& xml, pugi::xml_node root, Id cycle,
                                         const DemoPeople& people, const std::string& lang);

// The action's step 7 fields from its <action> element: objectives, risks, resources, check.
void add_demo_action_steps(ImprovementAction& a, XmlReader& xml, pugi::xml_node el,
                           const std::map<std::string, Id>& objectives, const std::string& lang);

// Carries the progress reviews into the actions before the plan is written: a history entry
// for each change a review records, and the last review's status, progress and milestones met.
void apply_demo_reviews(std::vector<ImprovementAction>& actions, XmlReader& xml, pugi::xml_node root,
                        const std::string& by, const std::string& lang);

// The progress reviews of the plan of `cycle` (written first), each a snapshot of the actions
// as the review found them.
void add_demo_reviews(Project& p, XmlReader& xml, pugi::xml_node root, Id cycle, const DemoPeople& people,
                      const std::string& lang);

}  // namespace assessa
