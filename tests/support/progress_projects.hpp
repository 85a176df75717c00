#pragma once

#include "tests/support/project_fixture.hpp"

#include <map>
#include <string>

namespace assessa::test {

// A project on the mini framework with a plan of five actions from 2027 (A-01 to A-05, led by
// ADM, FIN or IT), their status changes through 2027, and, when asked, three progress
// reviews (2027-03-31, 2027-06-30, 2027-09-30) and the records of steps 1, 2, 4, 6, 7, 8 and 10.
struct ProgressProject : ProjectFixture {
    Id adm = 0, fin = 0, it = 0;
    std::map<std::string, Id> actions;  // by code
    std::vector<Id> members;

    ProgressProject();
    // Reviews the plan as it stands on `date`, with these indicator values, and stores it.
    Id review(const std::string& date, const std::map<std::string, std::string>& values, const std::string& conclusions);
    // The three reviews, with the status changes between them.
    void add_reviews();
    void add_steps();
};

}  // namespace assessa::test
