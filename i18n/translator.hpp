#pragma once

#include <fmt/format.h>

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace assessa {

// A gettext catalog for one language, read from a compiled .mo file. The core, the CLI and the
// PDF reports translate through it; the desktop program loads the same .mo files with
// wxTranslations. A report is written in its own language, independent of the UI language,
// so several translators can be alive at once.
class Translator {
public:
    // The untranslated (English) catalog.
    Translator();

    // Loads `<locale_dir>/<lang>/LC_MESSAGES/assessa.mo`; English, or a language with no
    // catalog, gives the untranslated catalog.
    static Translator for_language(std::string_view lang);

    const std::string& language() const { return lang_; }

    const char* tr(const char* msgid) const;
    const char* trn(const char* singular, const char* plural, unsigned long n) const;

    template <class... Args>
    std::string trf(const char* msgid, Args&&... args) const {
        return fmt::format(fmt::runtime(tr(msgid)), std::forward<Args>(args)...);
    }
    template <class... Args>
    std::string trnf(const char* singular, const char* plural, unsigned long n, Args&&... args) const {
        return fmt::format(fmt::runtime(trn(singular, plural, n)), std::forward<Args>(args)...);
    }

    // The catalog used by tr()/trf() below: the CLI sets it from the user's locale.
    static const Translator& current();
    static void set_current(std::string_view lang);

    // Where the compiled catalogs are looked up (share/assessa/locale beside the binaries).
    static void set_locale_dir(std::string dir);
    static const std::string& locale_dir();

    // Languages the product ships catalogs for, English first.
    static const std::vector<std::string>& shipped_languages();
    static bool is_shipped_language(std::string_view lang);

    struct Catalog;  // the messages of one .mo file

private:
    std::string lang_ = "en";
    std::shared_ptr<const Catalog> catalog_;
};

inline const char* tr(const char* msgid) { return Translator::current().tr(msgid); }
inline const char* trn(const char* s, const char* p, unsigned long n) {
    return Translator::current().trn(s, p, n);
}
template <class... Args>
std::string trf(const char* msgid, Args&&... args) {
    return Translator::current().trf(msgid, std::forward<Args>(args)...);
}
template <class... Args>
std::string trnf(const char* s, const char* p, unsigned long n, Args&&... args) {
    return Translator::current().trnf(s, p, n, std::forward<Args>(args)...);
}

// Marks a string for extraction without translating it where it stands
// (tables of labels translated later through a Translator).
#ifndef N_
#define N_(s) s
#endif

}  // namespace assessa
