// The project's benchlearning submission identifier (docs/benchlearning.md).

#include "model/project_impl.hpp"
#include "model/platform/crypto.hpp"

namespace assessa {

namespace {

constexpr const char* bench_id_key = "bench_submission_id";
constexpr std::size_t bench_id_bytes = 16;

std::string new_bench_submission_id() {
    static constexpr char hex[] = "0123456789abcdef";
    const std::string bytes = platform::random_bytes(bench_id_bytes);
    std::string id;
    id.reserve(2 * bytes.size());
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        id.push_back(hex[byte >> 4]);
        id.push_back(hex[byte & 0xf]);
    }
    return id;
}

}  // namespace

// Kept in the meta table, so no schema change. A read-only project gives the identifier it
// already has; one that has none yet throws (ProjectError, read_only): an identifier that is
// not kept would make every later submission look like another institution's.
std::string Project::bench_submission_id() {
    {
        SQLite::Statement q(*impl_->db, "SELECT value FROM meta WHERE key = ?");
        q.bind(1, bench_id_key);
        if (q.executeStep()) return q.getColumn(0).getString();
    }
    std::string id = new_bench_submission_id();
    impl_->write([&] {
        SQLite::Statement insert(*impl_->db, "INSERT INTO meta (key, value) VALUES (?, ?)");
        insert.bind(1, bench_id_key);
        insert.bind(2, id);
        insert.exec();
    });
    return id;
}

}  // namespace assessa
