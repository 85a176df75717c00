#pragma once

#include "model/project.hpp"
#include "tests/support/test_support.hpp"

#include <memory>

namespace assessa::test {

// A new project file in a temporary directory, on the small test framework ("mini": nodes 1.1
// with one phase "overall", 2.1 with "trends" and "targets"; method "basic") or on bundled CAF.
struct ProjectFixture {
    TempDir dir;
    std::string path;
    std::unique_ptr<Project> project;
    Id cycle = 0;

    explicit ProjectFixture(const std::string& framework_id = "mini", const std::string& method = "");
    Id add_member(const std::string& name, MemberRole role = MemberRole::member);
    void reopen(Project::Mode mode = Project::Mode::read_write);
};

// The library of the test frameworks in tests/data/frameworks/good.
const FrameworkLibrary& test_library();

// The cycle with this label; fails the test case if there is none.
Cycle cycle_named(const Project& p, const std::string& label);

}  // namespace assessa::test
