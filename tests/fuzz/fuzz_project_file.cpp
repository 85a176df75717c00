// libFuzzer target: opening project files from elsewhere. An input is a whole project file; the
// corpus is seeded with real ones (scripts/fuzz runs this target once with
// ASSESSA_FUZZ_WRITE_SEEDS=DIR to write them: a small project with members, scores, notes and a
// consensus, the version 1 fixture and its migrations to every older version, and a copy with a
// planted trigger), which libFuzzer then mutates.
// Every input is opened read-only and then for writing. Read-only must never change the file;
// a refusal (ProjectError, the only exception open() may throw) must leave it byte for byte as
// it was unless an upgrade had begun (a backup beside it says so); an opened project is read
// through and, when writable, edited once.
#include "model/cycle_summary.hpp"
#include "model/project.hpp"
#include "model/project_schema.hpp"

#include <SQLiteCpp/Database.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fs = std::filesystem;

namespace {

std::string read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream(path, std::ios::binary) << bytes;
}

const std::string& work_dir() {
    static const std::string dir = [] {
        std::string d = (fs::temp_directory_path() / "assessa-fuzz-project-XXXXXX").string();
        if (!mkdtemp(d.data())) std::abort();
        return d;
    }();
    return dir;
}

bool has_backup(const std::string& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find("-backup") != std::string::npos) return true;
    return false;
}

void write_seeds(const std::string& out) {
    using namespace assessa;
    fs::create_directories(out);
    const std::string data = ASSESSA_TEST_DATA_DIR;
    const auto library = FrameworkLibrary::load({data + "/frameworks/good"});
    {
        OrganisationProfile org;
        org.name = "Fuzz savivaldybė";
        auto p = Project::create(out + "/small.assessa", library, {"mini", "", "2026", org});
        const Id cycle = p->current_cycle().id;
        const Id dept = p->add_department({0, "ADM", "Administration", "Head"});
        for (const char* name : {"Rūta", "Tomas", "王芳"}) {
            Member m;
            m.name = name;
            m.department_id = dept;
            const Id id = p->add_member(m);
            p->set_score(cycle, id, "1.1", "overall", 40 + static_cast<int>(id) * 10);
            p->add_item(cycle, id, "1.1", NoteKind::strength, std::string("Strength by ") + name);
            p->add_item(cycle, id, "1.1", NoteKind::afi, std::string("Improve, says ") + name);
        }
        p->set_consensus_score(cycle, "1.1", "overall", 55);
        p->add_consensus_item(cycle, "1.1", NoteKind::afi, "Agreed improvement", {});
        p->set_justification(cycle, "1.1", "Plan yes, review no.");
    }
    fs::copy_file(out + "/small.assessa", out + "/small-trigger.assessa");
    SQLite::Database(out + "/small-trigger.assessa", SQLite::OPEN_READWRITE)
        .exec("CREATE TRIGGER evil AFTER INSERT ON lock_record BEGIN DELETE FROM rating_score; END;");
    for (int v = 1; v < Project::schema_version; ++v) {
        const std::string path = out + "/v" + std::to_string(v) + ".assessa";
        fs::copy_file(data + "/project-v1.assessa", path, fs::copy_options::overwrite_existing);
        if (v > 1) {
            SQLite::Database db(path, SQLite::OPEN_READWRITE);
            store::migrate(db, 1, v);
        }
    }
}

void read_through(const assessa::Project& p) {
    p.organisation();
    p.departments();
    p.members();
    for (const auto& c : p.cycles()) {
        assessa::summarize(p, c.id);
        p.ratings(c.id);
        p.consensus_all(c.id);
        p.plan(c.id);
        p.actions(c.id);
        p.packet_imports(c.id);
    }
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    if (const char* out = std::getenv("ASSESSA_FUZZ_WRITE_SEEDS")) {
        write_seeds(out);
        std::exit(0);
    }
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace assessa;
    const std::string& dir = work_dir();
    for (const auto& e : fs::directory_iterator(dir)) fs::remove_all(e.path());
    const std::string path = dir + "/input.assessa";
    const std::string input(reinterpret_cast<const char*>(data), size);
    write_bytes(path, input);

    try {
        const auto p = Project::open(path, Project::Mode::read_only);
        try {
            read_through(*p);
        } catch (const std::exception&) {
            // Damage that SQLite's quick check does not see may surface while reading.
        }
    } catch (const ProjectError&) {
    }
    if (read_bytes(path) != input) std::abort();  // looking at a file changed it

    try {
        const auto p = Project::open(path);
        try {
            read_through(*p);
            Member m;
            m.name = "Fuzz";
            p->add_member(m);
        } catch (const std::exception&) {
        }
    } catch (const ProjectError&) {
        if (!has_backup(dir) && read_bytes(path) != input) std::abort();  // a refused file was changed
    }
    return 0;
}
