// libFuzzer target: packet import into a real project. The input is taken as the packet's
// content and given a correct checksum line, so the fuzzer explores the parser and the checks
// behind the checksum rather than the checksum itself; every 16th input is imported as it is,
// to exercise the checksum and truncation checks too. A refused packet must change nothing.
#include "exports/exchange_format.hpp"
#include "exports/packet_format.hpp"
#include "exports/packet_import.hpp"

#include "tests/fuzz/fuzz_project.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& p = assessa::fuzz::fuzz_project();
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
