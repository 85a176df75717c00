#include "tests/support/project_fixture.hpp"

#include <catch2/catch.hpp>

namespace assessa::test {

const FrameworkLibrary& test_library() {
    static const FrameworkLibrary lib = FrameworkLibrary::load({data_dir() + "/frameworks/good"});
    return lib;
}

ProjectFixture::ProjectFixture(const std::string& framework_id, const std::string& method) {
    path = dir.file("test.assessa");
    OrganisationProfile org;
    org.name = "Vėjupio rajono savivaldybės administracija";
    org.language = "lt";
    const FrameworkLibrary& lib = framework_id == "mini" ? test_library() : FrameworkLibrary::load_default();
    project = Project::create(path, lib, {framework_id, method, "2026", org});
    cycle = project->current_cycle().id;
}

Id ProjectFixture::add_member(const std::string& name, MemberRole role) {
    Member m;
    m.name = name;
    m.role = role;
    return project->add_member(m);
}

void ProjectFixture::reopen(Project::Mode mode) {
    project.reset();
    project = Project::open(path, mode);
}

Cycle cycle_named(const Project& p, const std::string& label) {
    for (const auto& c : p.cycles())
        if (c.label == label) return c;
    FAIL("no cycle " << label);
    return {};
}

}  // namespace assessa::test
