// libFuzzer target: the questionnaire loader on arbitrary bytes. Every input must give a
// questionnaire or diagnostics, never a crash, a hang or a sanitizer report.
#include "frameworks/questionnaire_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto loaded = assessa::parse_questionnaire("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
    (void)loaded;
    return 0;
}
