// The bad-input corpus (tests/data/bad, listed in expected.tsv): every file is given to the
// command a user would run on it, must be refused with exactly the expected message and a
// non-zero exit code, and must leave the project it was applied to as it was.

#include <catch2/catch.hpp>

#include "exports/bench_file.hpp"
#include "exports/packet_format.hpp"
#include "exports/survey_csv.hpp"
#include "model/project.hpp"
#include "model/survey_answers.hpp"
#include "tests/support/survey_questionnaires.hpp"
#include "tests/support/tampered_projects.hpp"
#include "tests/support/test_support.hpp"

#include <SQLiteCpp/Database.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

struct BadInput {
    std::string file;  // relative to tests/data/bad; "generated/NAME" is written by the test
    std::string kind;  // framework, mapping, exchange, packet, bench, project, survey or questionnaire
    std::string expected;
    int line = 0;  // in expected.tsv
};

std::string bad_dir() { return data_dir() + "/bad"; }

std::string unescaped(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size()) {
            const char c = s[++i];
            out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
        } else {
            out += s[i];
        }
    }
    return out;
}

std::vector<BadInput> manifest() {
    std::vector<BadInput> rows;
    std::istringstream in(read_file(bad_dir() + "/expected.tsv"));
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        const auto tab1 = line.find('\t'), tab2 = line.find('\t', tab1 + 1);
        REQUIRE(tab2 != std::string::npos);
        rows.push_back({line.substr(0, tab1), line.substr(tab1 + 1, tab2 - tab1 - 1), unescaped(line.substr(tab2 + 1)), n});
    }
    return rows;
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}

std::string nested(int depth, const std::string& open, const std::string& close) {
    std::string out;
    out.reserve(static_cast<std::size_t>(depth) * (open.size() + close.size()));
    for (int i = 0; i < depth; ++i) out += open;
    for (int i = 0; i < depth; ++i) out += close;
    return out;
}

constexpr std::size_t fifty_mb = 50u << 20;
constexpr const char* packet_project_id = "00112233445566778899aabbccddeeff";

// The inputs too big or too deep to commit, written from the small good files at run time.
class Generator {
public:
    Generator(const TempDir& dir, std::string demo) : dir_(dir), demo_(std::move(demo)) {}

    std::string make(const std::string& name) {
        const std::string path = dir_.file(name);
        const std::string mini = read_file(data_dir() + "/frameworks/good/mini.xml");
        const std::string exchange = read_file(bad_dir() + "/ex-unknown-member.xml");
        const std::string packet = read_file(bad_dir() + "/pk-no-checksum.assessa-packet");
        if (name == "fw-text-node-50mb.xml") {
            write_file(path, replaced(replaced(mini, "Look at the mission.", std::string(fifty_mb, 'm')),
                                      "<title xml:lang=\"en\">Citizen outcomes</title>",
                                      "<title xml:lang=\"en\">Citizen outcomes</title><stray/>"));
        } else if (name == "fw-100k-nodes.xml") {
            std::string nodes;
            for (int i = 1; i <= 100000; ++i)
                nodes += "\n<node code=\"2.1." + std::to_string(i) + "\" kind=\"item\"><title>Item</title></node>";
            nodes += "\n<node code=\"2.1.99999\" kind=\"item\"><title>Item</title></node>";
            write_file(path, replaced(mini, "<title xml:lang=\"en\">Citizen outcomes</title>",
                                      "<title xml:lang=\"en\">Citizen outcomes</title>" + nodes));
        } else if (name == "fw-nesting-10000.xml") {
            write_file(path, replaced(mini, "<nodes>", "<nodes>" + nested(10000, "<node code=\"X\">", "</node>")));
        } else if (name == "fw-over-64mb.xml" || name == "ex-over-64mb.xml") {
            write_file(path, mini);
            fs::resize_file(path, (64u << 20) + 1);
        } else if (name == "fw-folder.xml" || name == "ex-folder.xml" || name == "pk-folder.assessa-packet" ||
                   name == "pr-folder.assessa" || name == "bn-folder.assessa-bench") {
            fs::create_directory(path);
        } else if (name == "fw-missing.xml" || name == "ex-missing.xml" || name == "pr-missing.assessa") {
            // nothing: the file does not exist
        } else if (name == "ex-text-node-50mb.xml") {
            write_file(path, replaced(exchange, "Aiškūs tikslai", std::string(fifty_mb, 't')));
        } else if (name == "ex-100k-items.xml") {
            std::string items;
            for (int i = 1; i <= 100000; ++i) items += "\n      <item kind=\"evidence\">Document " + std::to_string(i) + "</item>";
            items += "\n      <item kind=\"opinion\">The last one</item>";
            write_file(path, replaced(replaced(exchange, "m9", "m1"), "<item kind=\"strength\">Aiškūs tikslai</item>", items));
        } else if (name == "ex-nesting-10000.xml") {
            write_file(path, replaced(exchange, "<item kind=\"strength\">Aiškūs tikslai</item>",
                                      nested(10000, "<item>", "</item>")));
        } else if (name == "pk-nesting-10000.assessa-packet") {
            const std::string body = replaced(packet, "  <framework-snapshot>",
                                              nested(10000, "<rating node=\"1.2\">", "</rating>") + "\n  <framework-snapshot>");
            write_file(path, body + "<?assessa-checksum sha256=\"" + assessa::sha256_hex(body) + "\"?>\n");
        } else if (name == "pk-over-8mb.assessa-packet") {
            write_file(path, packet);
            fs::resize_file(path, assessa::packet_max_bytes + 1);
        } else if (name == "bn-over-16mb.assessa-bench") {
            write_file(path, read_file(bad_dir() + "/bn-tampered.assessa-bench"));
            fs::resize_file(path, assessa::bench_max_bytes + 1);
        } else if (name == "sv-over-64mb.csv") {
            write_file(path, "a,b\n");
            fs::resize_file(path, (64u << 20) + 1);
        } else if (name == "sv-folder.csv") {
            fs::create_directory(path);
        } else if (name == "pr-newer-version.assessa") {
            fs::copy_file(demo_, path);
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            db.exec("PRAGMA user_version = 99");
        } else if (name == "pr-truncated.assessa") {
            const std::string whole = read_file(demo_);
            write_file(path, whole.substr(0, whole.size() / 2));
        } else if (name == "pr-damaged-snapshot.assessa") {
            fs::copy_file(demo_, path);
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            db.exec("UPDATE framework_snapshot SET xml = '<framework' WHERE id = 'caf-2020'");
        } else if (name == "pr-unknown-application-id.assessa") {
            fs::copy_file(demo_, path);
            assessa::test::tamper(path, "PRAGMA application_id = 1234");
        } else if (name.rfind("pr-tampered-", 0) == 0) {  // a schema Assessa did not create
            fs::copy_file(demo_, path);
            const std::string kind = name.substr(12, name.size() - 12 - std::string(".assessa").size());
            assessa::test::tamper(path, assessa::test::schema_tampering(kind).sql);
        } else {
            FAIL("expected.tsv names an unknown generated input: " << name);
        }
        return path;
    }

private:
    const TempDir& dir_;
    std::string demo_;
};

std::string expand(std::string text, const std::string& file, const std::string& project) {
    const std::string schema = std::to_string(assessa::Project::schema_version);
    for (const auto& [key, value] :
         {std::pair<std::string, std::string>{"{FILE}", file}, {"{PROJECT}", project}, {"{SCHEMA}", schema}})
        for (auto at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
            text.replace(at, key.size(), value);
    return text;
}

// A survey file as its import reads it, until the CLI has a survey command: the file read as
// UTF-8, mapped as its header suggests onto the test questionnaire, and turned into responses.
CliResult read_survey(const std::string& path) {
    const auto read = assessa::read_survey_csv_file(path);
    if (!read.table) return {1, "", to_string(read.errors)};
    const auto q = assessa::test::survey_test_questionnaire();
    const auto result = assessa::survey_responses(q, assessa::suggest_survey_mapping(q, read.table->header), *read.table, path);
    return {result.ok() ? 0 : 1, "", to_string(result.rejected)};
}

CliResult run_for(const BadInput& input, const std::string& path, const std::string& project) {
    if (input.kind == "framework" || input.kind == "mapping") return run_cli({"frameworks", "validate", path});
    if (input.kind == "exchange") return run_cli({"import", project, path});
    if (input.kind == "packet") return run_cli({"packet", "import", project, path});
    if (input.kind == "bench") return run_cli({"bench", "show", path});
    if (input.kind == "questionnaire") return run_cli({"survey", "validate", path});
    if (input.kind == "project") return run_cli({"summary", path});
    if (input.kind == "survey") return read_survey(path);
    FAIL("unknown kind in expected.tsv: " << input.kind);
    return {};
}

std::string exported(const TempDir& dir, const std::string& project) {
    const std::string out = dir.file("export.xml");
    const auto r = run_cli({"export", project, "-o", out});
    REQUIRE(r.exit_code == 0);
    return read_file(out);
}

}  // namespace

TEST_CASE("Every bad input is refused with its message and changes nothing", "[robustness][bad-inputs]") {
    const auto inputs = manifest();
    REQUIRE(inputs.size() >= 60);
    std::map<std::string, int> committed_of_kind;
    for (const auto& i : inputs)
        if (i.file.rfind("generated/", 0) != 0) ++committed_of_kind[i.kind];
    for (const char* kind : {"framework", "mapping", "exchange", "packet", "bench", "project", "survey", "questionnaire"}) CHECK(committed_of_kind[kind] >= 5);

    TempDir dir;
    const std::string demo = dir.file("demo.assessa");
    REQUIRE(run_cli({"demo", demo}).exit_code == 0);
    {
        // The committed packets are made for this project id.
        SQLite::Database db(demo, SQLite::OPEN_READWRITE);
        db.exec(std::string("UPDATE meta SET value = '") + packet_project_id + "' WHERE key = 'project_id'");
    }
    const std::string before = exported(dir, demo);
    Generator generator(dir, demo);

    for (const auto& input : inputs) {
        INFO("expected.tsv line " << input.line << ": " << input.file << " (" << input.kind << ")");
        const bool generated = input.file.rfind("generated/", 0) == 0;
        const std::string path = generated ? generator.make(input.file.substr(10)) : bad_dir() + "/" + input.file;
        if (!generated) REQUIRE(fs::is_regular_file(path));
        const std::string bytes_before = fs::is_regular_file(path) ? read_file(path) : "";

        const auto result = run_for(input, path, demo);
        CHECK(result.exit_code == 1);
        CHECK(result.err == expand(input.expected, path, demo));
        if (input.kind == "project") {
            // Opening it for writing, as an import does, must not change it either.
            const auto write_attempt = run_cli({"import", path, data_dir() + "/exchange/good/organisation-only.xml"});
            CHECK(write_attempt.exit_code == 1);
            CHECK((fs::is_regular_file(path) ? read_file(path) : "") == bytes_before);
        }
        CHECK(exported(dir, demo) == before);
        if (generated && fs::is_regular_file(path)) fs::remove(path);
    }
}

TEST_CASE("Every committed bad input is listed in expected.tsv", "[robustness][bad-inputs]") {
    std::map<std::string, bool> listed;
    for (const auto& i : manifest()) listed[i.file] = true;
    for (const auto& e : fs::directory_iterator(bad_dir())) {
        const std::string name = e.path().filename().string();
        if (name == "expected.tsv" || name == "make_bad_files.py") continue;
        INFO(name);
        CHECK(listed.count(name) == 1);
    }
}
