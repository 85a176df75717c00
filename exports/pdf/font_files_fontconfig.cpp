// The report fonts on POSIX systems: found through fontconfig.

#include "exports/pdf/fonts.hpp"

#include "i18n/translator.hpp"

#include <fontconfig/fontconfig.h>

#include <cstdlib>
#include <map>
#include <mutex>
#include <optional>

namespace assessa::pdf {

FontFile::FontFile(std::string path, int index, std::shared_ptr<const void> charset)
    : path_(std::move(path)), index_(index), charset_(std::move(charset)) {}

bool FontFile::covers(char32_t c) const {
    if (!charset_) return false;
    return FcCharSetHasChar(static_cast<FcCharSet*>(const_cast<void*>(charset_.get())), c) == FcTrue;
}

namespace {

// The family must match exactly: fontconfig would otherwise hand back whatever it has.
std::optional<FontFile> match(FcConfig* config, const char* family, const char* style) {
    FcPattern* pattern = FcPatternCreate();
    FcPatternAddString(pattern, FC_FAMILY, reinterpret_cast<const FcChar8*>(family));
    FcPatternAddString(pattern, FC_STYLE, reinterpret_cast<const FcChar8*>(style));
    FcConfigSubstitute(config, pattern, FcMatchPattern);
    FcDefaultSubstitute(pattern);
    FcResult result = FcResultNoMatch;
    FcPattern* found = FcFontMatch(config, pattern, &result);
    FcPatternDestroy(pattern);
    if (!found) return std::nullopt;

    std::optional<FontFile> file;
    bool same_family = false;
    FcChar8* name = nullptr;
    for (int i = 0; FcPatternGetString(found, FC_FAMILY, i, &name) == FcResultMatch; ++i)
        if (std::string_view(reinterpret_cast<const char*>(name)) == family) same_family = true;
    FcChar8* path = nullptr;
    int index = 0;
    FcCharSet* charset = nullptr;
    if (same_family && FcPatternGetString(found, FC_FILE, 0, &path) == FcResultMatch) {
        FcPatternGetInteger(found, FC_INDEX, 0, &index);
        std::shared_ptr<const void> cs;
        if (FcPatternGetCharSet(found, FC_CHARSET, 0, &charset) == FcResultMatch)
            cs = std::shared_ptr<const void>(FcCharSetCopy(charset),
                                             [](const void* p) { FcCharSetDestroy(static_cast<FcCharSet*>(const_cast<void*>(p))); });
        file.emplace(reinterpret_cast<const char*>(path), index, std::move(cs));
    }
    FcPatternDestroy(found);
    return file;
}

struct Wanted {
    const char* family;
    const char* style;
    const char* package;
};

// Lookups are cached per fontconfig configuration file, since loading the configuration
// costs more than writing a small report.
FontFile find(const Wanted& w) {
    static std::mutex mutex;
    static std::map<std::string, FontFile> cache;
    const char* env = std::getenv("FONTCONFIG_FILE");
    const std::string key = std::string(env ? env : "") + '\n' + w.family + '\n' + w.style;
    std::lock_guard lock(mutex);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
    FcConfig* config = FcInitLoadConfigAndFonts();
    std::optional<FontFile> file = config ? match(config, w.family, w.style) : std::nullopt;
    if (config) FcConfigDestroy(config);
    if (!file)
        throw FontMissing(trf("the font \"{} {}\" is not installed: install the Debian package {} (apt install {})",
                              w.family, w.style, w.package, w.package));
    cache.emplace(key, *file);
    return *file;
}

}  // namespace

FontFile latin_font() { return find({"DejaVu Sans", "Book", "fonts-dejavu-core"}); }
FontFile latin_bold_font() { return find({"DejaVu Sans", "Bold", "fonts-dejavu-core"}); }
FontFile cjk_font() { return find({"AR PL UMing CN", "Light", "fonts-arphic-uming"}); }

}  // namespace assessa::pdf
