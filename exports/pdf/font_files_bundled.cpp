// The report fonts on Windows, which has no fontconfig: the DejaVu Sans and AR PL UMing files
// that come with the program, in share/assessa/fonts beside it.

#include "exports/pdf/font_cmap.hpp"
#include "exports/pdf/fonts.hpp"
#include "frameworks/data_paths.hpp"
#include "i18n/translator.hpp"
#include "model/platform/platform.hpp"

#include <iterator>
#include <map>
#include <mutex>

namespace assessa::pdf {

FontFile::FontFile(std::string path, int index, std::shared_ptr<const void> charset)
    : path_(std::move(path)), index_(index), charset_(std::move(charset)) {}

bool FontFile::covers(char32_t c) const {
    return charset_ && static_cast<const FontCoverage*>(charset_.get())->covers(c);
}

namespace {

FontFile find(const char* file, int face, const char* family) {
    static std::mutex mutex;
    static std::map<std::string, FontFile> cache;
    const std::string path = platform::utf8_string(platform::utf8_path(share_dir()) / "fonts" / file);
    std::lock_guard lock(mutex);
    if (auto it = cache.find(path); it != cache.end()) return it->second;
    std::ifstream in = platform::open_input(path);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    auto coverage = FontCoverage::read(bytes, face);
    if (!in || !coverage)
        throw FontMissing(trf("the font \"{}\" is missing or damaged ({}): reinstall Assessa", family, path));
    FontFile font(path, face, std::make_shared<const FontCoverage>(std::move(*coverage)));
    cache.emplace(path, font);
    return font;
}

}  // namespace

FontFile latin_font() { return find("DejaVuSans.ttf", 0, "DejaVu Sans"); }
FontFile latin_bold_font() { return find("DejaVuSans-Bold.ttf", 0, "DejaVu Sans Bold"); }
FontFile cjk_font() { return find("uming.ttc", 0, "AR PL UMing CN"); }

}  // namespace assessa::pdf
