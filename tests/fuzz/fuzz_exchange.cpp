// libFuzzer target: exchange-format import into a real project file. An input is either
// refused with diagnostics (and the project must then be unchanged) or applied.
#include "exports/exchange_format.hpp"

#include "tests/fuzz/fuzz_project.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& p = assessa::fuzz::fuzz_project();
    const std::string before = assessa::export_exchange_text(p);
    const auto result =
        assessa::import_exchange_text(p, "fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
    if (!result.ok() && assessa::export_exchange_text(p) != before) std::abort();  // a refused file changed the project
    return 0;
}
