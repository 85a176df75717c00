// libFuzzer target: the framework loader on arbitrary bytes. Every input must give a framework
// or diagnostics, never a crash, a hang or a sanitizer report.
#include "frameworks/framework_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto loaded = assessa::load_framework_text("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
    (void)loaded;
    return 0;
}
