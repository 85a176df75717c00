// libFuzzer target: the mapping loader on arbitrary bytes, against the bundled frameworks so
// that inputs get past the framework references into the link checks.
#include "frameworks/framework_library.hpp"
#include "frameworks/mapping_loader.hpp"

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const assessa::FrameworkLibrary library = assessa::FrameworkLibrary::load_default();
    auto lookup = [](std::string_view id) { return library.find(id); };
    auto loaded = assessa::load_mapping_text("fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), lookup);
    (void)loaded;
    return 0;
}
