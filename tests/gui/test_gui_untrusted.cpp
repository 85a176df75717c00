// The desktop program refuses a project file whose schema Assessa did not create, with the
// core's message in the error dialog, and keeps whatever was open before.

#include "app/gui/main_frame.hpp"
#include "tests/gui/gui_support.hpp"
#include "tests/support/tampered_projects.hpp"

#include <catch2/catch.hpp>

#include <wx/ffile.h>

#include <filesystem>

using namespace assessa;
using namespace assessa::gui;
using namespace assessa::gui::testing;

namespace {

std::string bytes_of(const std::string& path) {
    wxFFile f(wxString::FromUTF8(path), "rb");
    std::string bytes(static_cast<std::size_t>(f.Length()), '\0');
    f.Read(bytes.data(), bytes.size());
    return bytes;
}

std::string refusal(const std::string& path) {
    try {
        Project::open(path, Project::Mode::read_only);
    } catch (const ProjectError& e) {
        return e.what();
    }
    return {};
}

}  // namespace

TEST_CASE("gui: a tampered project file is refused in the error dialog and left unchanged", "[gui][untrusted]") {
    DemoCopy demo;
    std::string organisation, cycle;
    {
        const auto p = Project::open(demo.path, Project::Mode::read_only);
        organisation = p->organisation().name;
        cycle = p->current_cycle().label;
    }
    Window w;
    for (const auto& t : assessa::test::schema_tamperings()) {
        INFO(t.name);
        const std::string path = (demo.dir + "/" + wxString::FromUTF8(t.name) + ".assessa").utf8_string();
        std::filesystem::copy_file(demo.path, path);
        assessa::test::tamper(path, t.sql);
        const std::string before = bytes_of(path);
        w.errors.clear();
        CHECK_FALSE(w.frame->open_project(path));
        REQUIRE(w.errors.size() == 1);
        CHECK(w.errors[0] == wxString::FromUTF8(assessa::test::tampered_message(path, t.reason, organisation, cycle)));
        CHECK(w.questions.empty());  // nothing offered: no read-only look, no export
        CHECK_FALSE(w.frame->has_project());
        CHECK(bytes_of(path) == before);
    }
}

TEST_CASE("gui: refusing a tampered file keeps the open project; an unknown application id is refused too",
          "[gui][untrusted]") {
    DemoCopy demo;
    Window w;
    REQUIRE(w.frame->open_project(demo.path));
    const wxString title = w.frame->GetTitle();
    const std::string foreign = (demo.dir + "/foreign.assessa").utf8_string();
    std::filesystem::copy_file(demo.path, foreign);
    assessa::test::tamper(foreign, "PRAGMA application_id = 1234; DELETE FROM lock_record;");
    const std::string before = bytes_of(foreign);
    CHECK_FALSE(w.frame->open_project(foreign));
    REQUIRE(w.errors.size() == 1);
    CHECK(w.errors[0] == wxString::FromUTF8(refusal(foreign)));
    CHECK(w.errors[0].Contains("application id is 0x000004d2"));
    CHECK(w.frame->has_project());
    CHECK(w.frame->session().project().path() == demo.path);
    CHECK(w.frame->GetTitle() == title);
    CHECK(bytes_of(foreign) == before);
}
