#pragma once

// Small questionnaires built in code for the survey tests, the bad-input corpus and the fuzz
// target (header-only, so that the fuzz target needs no test library). Their numbers are the
// ones worked by hand in tests/model/test_survey_statistics.cpp and docs/surveys.md.

#include "frameworks/questionnaire.hpp"

namespace assessa::test {

inline LocalizedText texts(const char* en, const char* lt, const char* zh) {
    LocalizedText t;
    t.set("en", en);
    if (*lt) t.set("lt", lt);
    if (*zh) t.set("zh", zh);
    return t;
}

// Three items on 1-5 with "don't know", in two dimensions, weights 2, 1 and 1.
inline Questionnaire survey_test_questionnaire() {
    Questionnaire q;
    q.id = "test-citizens";
    q.version = "1";
    q.title = texts("Test citizens' survey", "Bandomoji gyventojų apklausa", "测试问卷");
    q.framework = "caf-2020";
    q.evidence_for = "6.1";
    q.scale.min = 1;
    q.scale.max = 5;
    q.scale.labels[1] = texts("Very dissatisfied", "Labai nepatenkintas", "非常不满意");
    q.scale.labels[2] = texts("Dissatisfied", "Nepatenkintas", "不满意");
    q.scale.labels[3] = texts("Neither", "Nei taip, nei ne", "一般");
    q.scale.labels[4] = texts("Satisfied", "Patenkintas", "满意");
    q.scale.labels[5] = texts("Very satisfied", "Labai patenkintas", "非常满意");
    q.scale.dont_know = texts("Don't know", "Nežinau", "不知道");
    q.dimensions = {{"access", texts("Accessibility", "Prieinamumas", "便利性")},
                    {"staff", texts("Staff", "Darbuotojai", "工作人员")}};
    q.items = {{"q1", "access", texts("Opening hours suit me", "Darbo laikas man tinka", "办公时间合适"), 2.0},
               {"q2", "access", texts("The office is easy to reach", "Įstaigą lengva pasiekti", "办公地点容易到达"), 1.0},
               {"q3", "staff", texts("Staff were polite", "Darbuotojai buvo mandagūs", "工作人员很有礼貌"), 1.0}};
    return q;
}

// The same items, with respondents rating each item's importance on 1-5.
inline Questionnaire survey_test_questionnaire_with_importance() {
    Questionnaire q = survey_test_questionnaire();
    q.id = "test-citizens-importance";
    q.importance = Questionnaire::Importance::asked;
    ResponseScale importance;
    importance.min = 1;
    importance.max = 5;
    importance.labels[1] = texts("Not important", "Nesvarbu", "不重要");
    importance.labels[5] = texts("Very important", "Labai svarbu", "非常重要");
    q.importance_scale = importance;
    for (auto& item : q.items) item.weight = 1.0;
    return q;
}

}  // namespace assessa::test
