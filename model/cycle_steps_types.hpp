#pragma once

// The CAF ten steps as records of a cycle (docs/caf-steps.md): what was decided, communicated,
// trained, reviewed and planned around the scoring itself, so that the whole cycle can be shown
// to an External Feedback (PEF) evaluator from one file.

#include "i18n/translator.hpp"

#include "model/plan_types.hpp"
#include "model/project_types.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

inline constexpr int caf_step_count = 10;

enum class StepStatus { not_started, in_progress, done };
std::string_view to_string(StepStatus s);
std::optional<StepStatus> step_status_from_string(std::string_view s);
const char* step_status_label(StepStatus s, const Translator& t = Translator::current());  // translated
// "Decide how to organise the self-assessment", ... for steps 1-10 (translated).
const char* step_title(int step, const Translator& t = Translator::current());

// What a step's own tile records beside the step's data: status, dates, who is responsible.
struct StepRecord {
    int step = 1;                       // 1-10
    std::optional<StepStatus> status;   // set by the user; none: derived from the records (step_status)
    std::string started_on;             // ISO dates, may be empty
    std::string done_on;
    std::string responsible;
    std::string notes;

    bool empty() const { return !status && started_on.empty() && done_on.empty() && responsible.empty() && notes.empty(); }
    bool operator==(const StepRecord&) const = default;
};

enum class AssessmentScope { whole_organisation, units };
std::string_view to_string(AssessmentScope s);
std::optional<AssessmentScope> assessment_scope_from_string(std::string_view s);

// Step 1: management's decision to carry out the self-assessment. The scoring method is the
// cycle's own (Cycle::method_id).
struct SelfAssessmentDecision {
    std::string decided_on;  // ISO date
    std::string decided_by;
    AssessmentScope scope = AssessmentScope::whole_organisation;
    std::vector<Id> unit_ids;  // departments assessed when scope is `units`, in department order
    std::string objective;
    std::string process_leader;
    std::string resources;

    bool empty() const {
        return decided_on.empty() && decided_by.empty() && scope == AssessmentScope::whole_organisation &&
               unit_ids.empty() && objective.empty() && process_leader.empty() && resources.empty();
    }
    bool operator==(const SelfAssessmentDecision&) const = default;
};

// Steps 2 and 8: one communication plan for the self-assessment, one for the improvement plan.
enum class CommunicationPlan { self_assessment, improvement_plan };
std::string_view to_string(CommunicationPlan p);
std::optional<CommunicationPlan> communication_plan_from_string(std::string_view s);

struct CommunicationEntry {
    Id id = 0;
    CommunicationPlan plan = CommunicationPlan::self_assessment;
    std::string audience;     // "All staff", "Municipal council", "Residents"
    std::string message;
    std::string channel;      // "Staff meeting", "Intranet", "Newsletter"
    std::string planned_on;   // ISO date
    std::string responsible;
    std::string done_on;      // ISO date; empty while not done

    bool operator==(const CommunicationEntry&) const = default;
};

// Step 4: a training session of the self-assessment group.
struct TrainingSession {
    Id id = 0;
    std::string held_on;  // ISO date
    std::string topic;
    std::string trainer;
    std::vector<Id> attendee_ids;  // members of the cycle's group, in the group's order
    std::string notes;

    bool operator==(const TrainingSession&) const = default;
};

// Step 6: how and when the report's results reached the staff.
struct ResultsCommunication {
    std::string communicated_on;  // ISO date
    std::string how;              // "Full report on the intranet, key results at the staff meeting"

    bool empty() const { return communicated_on.empty() && how.empty(); }
    bool operator==(const ResultsCommunication&) const = default;
};

// Step 7: a strategic objective of the institution that improvement actions serve
// (ImprovementAction::objective_ids).
struct StrategicObjective {
    Id id = 0;
    std::string code;  // "SO-1", unique in the cycle
    std::string title;
    std::string description;

    bool operator==(const StrategicObjective&) const = default;
};

// Step 7: an idea collected in the self-assessment that the plan does not take up, and why.
struct DeclinedIdea {
    Id id = 0;
    std::string node_code;  // where it came from; may be empty
    std::string text;
    std::string reason;

    bool operator==(const DeclinedIdea&) const = default;
};

// Step 10.
struct NextAssessment {
    std::string planned_on;  // ISO date
    std::string scope;

    bool empty() const { return planned_on.empty() && scope.empty(); }
    bool operator==(const NextAssessment&) const = default;
};

// Everything a cycle records about its steps, apart from the group (step 3), the assessment
// itself (step 5), the plan's actions (step 7) and the progress reviews (step 9), which have
// records of their own. Lists are in the user's order.
struct CycleSteps {
    std::vector<StepRecord> steps;  // only steps with something recorded, by step number
    SelfAssessmentDecision decision;
    std::vector<CommunicationEntry> communication;  // both plans
    std::vector<TrainingSession> trainings;
    ResultsCommunication results;
    std::vector<StrategicObjective> objectives;
    std::vector<DeclinedIdea> declined_ideas;
    NextAssessment next;

    StepRecord step(int number) const;  // an empty record for a step with nothing recorded
    void set_step(const StepRecord& r);  // keeps `steps` sorted; an empty record is dropped
    std::vector<CommunicationEntry> communication_of(CommunicationPlan p) const;
    const StrategicObjective* objective(Id id) const;
    bool operator==(const CycleSteps&) const = default;
};

// Step 9: one action as a progress review found it. A snapshot: it keeps what it recorded when
// the plan changes later.
struct ReviewedAction {
    std::string code;
    std::string title;
    std::string department;  // code of the leading department; empty: none
    std::string due_on;
    ActionStatus status = ActionStatus::planned;
    int progress = 0;  // percent
    std::string comment;
    int milestones = 0;       // milestones of the action due by the review date, or met before
    int milestones_done = 0;  // of those, met (fewer than `milestones`: one due is not met)
    std::string indicator;
    std::string target;
    std::string value;  // the indicator's value at the review; empty: not measured

    bool operator==(const ReviewedAction&) const = default;
};

struct ProgressReview {
    Id id = 0;
    Id cycle_id = 0;
    std::string held_on;  // ISO date, unique in the cycle
    std::string reviewer;
    std::string conclusions;  // management's conclusions
    std::vector<ReviewedAction> actions;  // in the plan's priority order at the review

    const ReviewedAction* action(std::string_view code) const;
    bool operator==(const ProgressReview&) const = default;
};

}  // namespace assessa
