// libFuzzer target: survey CSV files. The input is read in each of the three encodings (the
// first byte picks the separator: given or detected), and every table read is mapped as the
// header suggests onto a small fixed questionnaire and turned into responses and statistics.
// A read either gives a table or diagnostics; responses come all or none.
#include "exports/survey_csv.hpp"
#include "model/survey_answers.hpp"
#include "model/survey_statistics.hpp"
#include "tests/support/survey_questionnaires.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const assessa::Questionnaire weights = assessa::test::survey_test_questionnaire();
    static const assessa::Questionnaire asked = assessa::test::survey_test_questionnaire_with_importance();
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const char separator = size > 0 && (data[0] & 1) ? ';' : 0;
    for (const char* encoding : assessa::csv_encodings) {
        const auto read = assessa::read_survey_csv(bytes, "fuzz.csv", encoding, separator);
        if (read.table.has_value() == !read.errors.empty()) std::abort();
        if (!read.table) continue;
        for (const auto* q : {&weights, &asked}) {
            const auto mapping = assessa::suggest_survey_mapping(*q, read.table->header);
            const auto result = assessa::survey_responses(*q, mapping, *read.table, "fuzz.csv");
            if (!result.ok() && !result.responses.empty()) std::abort();  // partly imported
            const auto s = assessa::survey_statistics(*q, result.responses);
            if (s.index && !(*s.index >= 0 && *s.index <= 100)) std::abort();
            for (const auto& item : s.items)
                if (item.answer.n > 0 && !(item.answer.mean >= q->scale.min && item.answer.mean <= q->scale.max)) std::abort();
        }
    }
    return 0;
}
