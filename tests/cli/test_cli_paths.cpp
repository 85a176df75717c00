#include <catch2/catch.hpp>

#include "model/platform/platform.hpp"
#include "model/project.hpp"
#include "tests/support/test_support.hpp"

#include <filesystem>
#include <set>

using namespace assessa;
using namespace assessa::test;
namespace fs = std::filesystem;

namespace {

std::set<std::string> names_in(const std::string& dir) {
    std::set<std::string> names;
    for (const auto& e : fs::directory_iterator(platform::utf8_path(dir))) names.insert(platform::utf8_string(e.path().filename()));
    return names;
}

std::string first_bytes(const std::string& path, std::size_t n) {
    auto in = platform::open_input(path);
    std::string bytes(n, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(n));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return bytes;
}

}  // namespace

// On Windows the system's narrow code page cannot name these folders: every step has to go
// through the wide-character calls of the platform layer.
TEST_CASE("A project under a folder with Lithuanian and Chinese letters is created, reopened and exported",
          "[cli][paths]") {
    TempDir d;
    const std::string folder = d.file("Ąžuolas") + "/项目";
    fs::create_directories(platform::utf8_path(folder));
    const std::string project = folder + "/įsivertinimas.assessa";
    const std::string pdf = folder + "/ataskaita.pdf";
    const std::string xml = folder + "/mainai.xml";
    const std::string packet = folder + "/Žemaitienė.assessa-packet";

    auto r = run_cli({"new", project, "--organisation", "Ąžuolų mokykla 学校", "--language", "lt", "--cycle", "2026"});
    INFO(r.err);
    REQUIRE(r.exit_code == 0);
    {
        auto p = Project::open(project);
        Member m;
        m.name = "Rūta Žemaitienė";
        p->add_member(m);
        CHECK(p->organisation().name == "Ąžuolų mokykla 学校");
        // Locked while open: a second writer is refused, a reader is let in.
        CHECK_THROWS_AS(Project::open(project), ProjectError);
        CHECK(Project::open(project, Project::Mode::read_only)->members().size() == 1);
    }
    auto again = Project::open(project);
    CHECK(again->members().at(0).name == "Rūta Žemaitienė");
    again.reset();

    r = run_cli({"report", project, "-o", pdf, "--language", "lt", "--date", "2026-11-20"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(first_bytes(pdf, 5) == "%PDF-");
    r = run_cli({"export", project, "-o", xml});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(first_bytes(xml, 5) == "<?xml");
    r = run_cli({"packet", "export", project, "--member", "Rūta Žemaitienė", "-o", packet});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    r = run_cli({"packet", "show", packet});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("Rūta Žemaitienė") != std::string::npos);

    CHECK(names_in(d.path()) == std::set<std::string>{"Ąžuolas"});
    CHECK(names_in(folder).count("įsivertinimas.assessa") == 1);
    CHECK(names_in(folder).count("ataskaita.pdf") == 1);
}
