// Writes edits to a project as fast as it can and acknowledges each one on stdout after it
// is committed, until it is killed. The first line, "ready", says the project is open. Used by the crash test
// (SIGKILL; TerminateProcess on Windows).
//   crash_writer PROJECT FIRST_EDIT_NUMBER

#include "model/project.hpp"

#include <cstdio>
#include <string>

int main(int argc, char** argv) {
    if (argc != 3) return 2;
    auto project = assessa::Project::open(argv[1]);
    const auto cycle = project->current_cycle().id;
    const auto member = project->members().at(0).id;
    // Process start-up under the sanitizers can take longer than the kill delay; the test
    // starts its clock only after this line, so every kill lands among the edits.
    if (std::fputs("ready\n", stdout) < 0 || std::fflush(stdout) != 0) return 1;
    for (long k = std::stol(argv[2]);; ++k) {
        if (k % 3 == 0) {
            project->set_score(cycle, member, "1.1", "overall", static_cast<int>(k % 101));
            project->add_item(cycle, member, "2.1", assessa::NoteKind::evidence, "edit-" + std::to_string(k));
        } else {
            project->add_item(cycle, member, "1.1", assessa::NoteKind::evidence, "edit-" + std::to_string(k));
        }
        const std::string ack = std::to_string(k) + "\n";
        // Flushed to the pipe before the next edit begins: what is acknowledged is committed.
        if (std::fputs(ack.c_str(), stdout) < 0 || std::fflush(stdout) != 0) return 1;
    }
}
