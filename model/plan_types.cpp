#include "model/plan_types.hpp"

#include "i18n/translator.hpp"

namespace assessa {

std::string_view to_string(ActionCategory c) {
    switch (c) {
        case ActionCategory::quick_win: return "quick-win";
        case ActionCategory::key_action: return "key-action";
        case ActionCategory::project: return "project";
        case ActionCategory::later: return "later";
    }
    return "project";
}

std::optional<ActionCategory> action_category_from_string(std::string_view s) {
    for (auto c : all_action_categories)
        if (to_string(c) == s) return c;
    return std::nullopt;
}

const char* action_category_label(ActionCategory c, const Translator& t) {
    switch (c) {
        case ActionCategory::quick_win: return t.tr("Quick win");
        case ActionCategory::key_action: return t.tr("Key action");
        case ActionCategory::project: return t.tr("Project");
        case ActionCategory::later: return t.tr("Later");
    }
    return "";
}

std::string_view to_string(ActionStatus s) {
    switch (s) {
        case ActionStatus::planned: return "planned";
        case ActionStatus::in_progress: return "in-progress";
        case ActionStatus::done: return "done";
        case ActionStatus::postponed: return "postponed";
        case ActionStatus::cancelled: return "cancelled";
    }
    return "planned";
}

std::optional<ActionStatus> action_status_from_string(std::string_view s) {
    for (auto st : all_action_statuses)
        if (to_string(st) == s) return st;
    return std::nullopt;
}

const char* action_status_label(ActionStatus s, const Translator& t) {
    switch (s) {
        case ActionStatus::planned: return t.tr("Planned");
        case ActionStatus::in_progress: return t.tr("In progress");
        case ActionStatus::done: return t.tr("Done");
        case ActionStatus::postponed: return t.tr("Postponed");
        case ActionStatus::cancelled: return t.tr("Cancelled");
    }
    return "";
}

}  // namespace assessa
