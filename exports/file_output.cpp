#include "exports/file_output.hpp"

#include "i18n/translator.hpp"
#include "model/project.hpp"
#include "model/platform/platform.hpp"

#include <filesystem>
#include <fstream>

namespace assessa {

void write_file_atomically(const std::string& path, const std::function<std::string(const std::string&)>& produce) {
    const std::string partial = path + ".partial";
    std::error_code ignored;
    const std::string problem = produce(partial);
    if (!problem.empty()) {
        std::filesystem::remove(platform::utf8_path(partial), ignored);
        throw ProjectError(ProjectError::Kind::io, trf("{}: cannot write the file ({})", path, problem));
    }
    std::error_code ec;
    std::filesystem::rename(platform::utf8_path(partial), platform::utf8_path(path), ec);
    if (ec) {
        std::filesystem::remove(platform::utf8_path(partial), ignored);
        throw ProjectError(ProjectError::Kind::io, trf("{}: cannot write the file ({})", path, ec.message()));
    }
}

void write_file_atomically(const std::string& path, const std::string& content) {
    write_file_atomically(path, [&](const std::string& partial) -> std::string {
        std::ofstream out = platform::open_output(partial);
        if (!out) return tr("cannot create it");
        out << content;
        out.close();
        return out ? std::string() : tr("the disk may be full");
    });
}

}  // namespace assessa
