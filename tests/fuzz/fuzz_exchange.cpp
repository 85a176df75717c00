// libFuzzer target: exchange-format import into a real project file. An input is either
// refused with diagnostics (and the project must then be unchanged) or applied.
#include "exports/exchange_format.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace {

assessa::Project& project() {
    static const std::string dir = [] {
        std::string tmpl = (std::filesystem::temp_directory_path() / "assessa-fuzz-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) std::abort();
        return tmpl;
    }();
    static std::unique_ptr<assessa::Project> p = [] {
        const auto library = assessa::FrameworkLibrary::load_default();
        return assessa::Project::create(dir + "/fuzz.assessa", library, {"caf-2020", "fine-tuned", "2026", {}});
    }();
    return *p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& p = project();
    const std::string before = assessa::export_exchange_text(p);
    const auto result =
        assessa::import_exchange_text(p, "fuzz.xml", std::string(reinterpret_cast<const char*>(data), size));
    if (!result.ok() && assessa::export_exchange_text(p) != before) std::abort();  // a refused file changed the project
    return 0;
}
