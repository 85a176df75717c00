#pragma once

#include <memory>
#include <stdexcept>
#include <string>

namespace assessa::pdf {

// A font the report needs is not installed. what() names the Debian package to install.
class FontMissing : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A font file, with the characters it covers.
class FontFile {
public:
    FontFile(std::string path, int index, std::shared_ptr<const void> charset);
    const std::string& path() const { return path_; }
    int index() const { return index_; }  // face index inside a .ttc collection
    bool covers(char32_t c) const;

private:
    std::string path_;
    int index_ = 0;
    std::shared_ptr<const void> charset_;  // FcCharSet (fontconfig) or FontCoverage (bundled fonts)
};

// The fonts of the reports. Each lookup goes through fontconfig (FONTCONFIG_FILE is honoured)
// on POSIX systems; on Windows the files come with the program, in share/assessa/fonts. Throws
// FontMissing when the family is not installed.
FontFile latin_font();       // DejaVu Sans (fonts-dejavu-core)
FontFile latin_bold_font();  // DejaVu Sans Bold (fonts-dejavu-core)
FontFile cjk_font();         // AR PL UMing CN (fonts-arphic-uming)

}  // namespace assessa::pdf
