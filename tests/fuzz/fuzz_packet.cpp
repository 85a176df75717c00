// libFuzzer target: packet import into a real project. The input is taken as the packet's
// content and given a correct checksum line, so the fuzzer explores the parser and the checks
// behind the checksum rather than the checksum itself; every 16th input is imported as it is,
// to exercise the checksum and truncation checks too. A refused packet must change nothing.
#include "exports/exchange_format.hpp"
#include "exports/packet_format.hpp"
#include "exports/packet_import.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <string>

namespace {

assessa::Project& project() {
    static const std::string dir = [] {
        std::string tmpl = (std::filesystem::temp_directory_path() / "assessa-fuzz-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) std::abort();
        return tmpl;
    }();
    static std::unique_ptr<assessa::Project> p = [] {
        const auto library = assessa::FrameworkLibrary::load_default();
        auto created = assessa::Project::create(dir + "/fuzz.assessa", library, {"caf-2020", "fine-tuned", "2026", {}});
        assessa::Member m;
        m.name = "Rūta Petrauskienė";
        created->add_member(m);
        return created;
    }();
    return *p;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& p = project();
    std::string text(reinterpret_cast<const char*>(data), size);
    if (size % 16 != 0) {
        if (text.empty() || text.back() != '\n') text.push_back('\n');
        text += "<?assessa-checksum sha256=\"" + assessa::sha256_hex(text) + "\"?>\n";
    }
    const std::string before = assessa::export_exchange_text(p);
    const auto result = assessa::import_packet_text(p, "fuzz.assessa-packet", std::move(text));
    if (!result.ok() && assessa::export_exchange_text(p) != before) std::abort();  // a refused packet changed the project
    return 0;
}
