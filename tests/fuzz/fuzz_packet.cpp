// libFuzzer target: packet import into a real project. The input is taken as the packet's
// content and given a correct MAC line (under the secret the project sent to the member the
// input names, bound to this project and cycle) and checksum line, so the fuzzer explores the
// parser and the checks behind them rather than the hashes themselves; every 16th input is
// imported as it is, to exercise the checksum, MAC and truncation checks too. A refused packet
// must change nothing.
#include "exports/exchange_format.hpp"
#include "exports/packet_format.hpp"
#include "exports/packet_import.hpp"

#include "tests/fuzz/fuzz_project.hpp"

#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

// The number in `name="N"` after the first `element`, or 0.
std::int64_t number_after(const std::string& text, const std::string& element, const std::string& name) {
    const auto at = text.find(element);
    if (at == std::string::npos) return 0;
    const auto value = text.find(name + "=\"", at);
    if (value == std::string::npos) return 0;
    std::int64_t n = 0;
    const char* from = text.data() + value + name.size() + 2;
    std::from_chars(from, text.data() + text.size(), n);
    return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto& p = assessa::fuzz::fuzz_project();
    std::string text(reinterpret_cast<const char*>(data), size);
    if (size % 16 != 0) {
        if (text.empty() || text.back() != '\n') text.push_back('\n');
        if (text.find("<sending") != std::string::npos) {
            const assessa::PacketMacBinding binding{p.project_id(), "2026", number_after(text, "<member", "id"),
                                                    number_after(text, "<sending", "number")};
            text += "<?assessa-mac hmac-sha256=\"" + assessa::packet_mac(assessa::fuzz::fuzz_secret, binding, text) +
                    "\"?>\n";
        }
        text += "<?assessa-checksum sha256=\"" + assessa::sha256_hex(text) + "\"?>\n";
    }
    const std::string before = assessa::export_exchange_text(p);
    const auto result = assessa::import_packet_text(p, "fuzz.assessa-packet", std::move(text));
    if (!result.ok() && assessa::export_exchange_text(p) != before) std::abort();  // a refused packet changed the project
    return 0;
}
