#include "i18n/translator.hpp"

#include "i18n/plural_expression.hpp"
#include "model/platform/platform.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <iterator>
#include <mutex>
#include <optional>
#include <unordered_map>

namespace assessa {

struct Translator::Catalog {
    std::unordered_map<std::string, std::string> messages;  // msgid -> msgstr (plural forms \0-separated)
    std::optional<PluralExpression> plural;
};

namespace {

std::string g_locale_dir;
std::mutex g_mutex;
std::unordered_map<std::string, std::shared_ptr<const Translator::Catalog>>& cache() {
    static std::unordered_map<std::string, std::shared_ptr<const Translator::Catalog>> c;
    return c;
}
Translator& current_translator() {
    static Translator t;
    return t;
}

// Reads a GNU .mo file; returns nullptr when it is missing or malformed, so that a damaged
// catalog degrades to English instead of failing the program.
std::shared_ptr<Translator::Catalog> read_mo(const std::string& path) {
    std::ifstream in = platform::open_input(path);
    if (!in) return nullptr;
    const std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (data.size() < 28) return nullptr;
    auto u32 = [&](std::size_t off, bool swap) -> std::optional<std::uint32_t> {
        if (off + 4 > data.size()) return std::nullopt;
        std::uint32_t v;
        std::memcpy(&v, data.data() + off, 4);
        if (swap) v = __builtin_bswap32(v);
        return v;
    };
    bool swap = false;
    if (*u32(0, false) != 0x950412deU) {
        if (*u32(0, true) != 0x950412deU) return nullptr;
        swap = true;
    }
    const auto count = u32(8, swap), orig = u32(12, swap), trans = u32(16, swap);
    if (!count || !orig || !trans) return nullptr;
    auto cat = std::make_shared<Translator::Catalog>();
    auto str_at = [&](std::uint32_t table, std::uint32_t i) -> std::optional<std::string> {
        const auto len = u32(table + i * 8, swap), off = u32(table + i * 8 + 4, swap);
        if (!len || !off || std::uint64_t(*off) + *len > data.size()) return std::nullopt;
        return data.substr(*off, *len);
    };
    for (std::uint32_t i = 0; i < *count; ++i) {
        auto id = str_at(*orig, i), str = str_at(*trans, i);
        if (!id || !str) return nullptr;
        const auto nul = id->find('\0');  // plural entries: "singular\0plural"
        std::string key = nul == std::string::npos ? *id : id->substr(0, nul);
        if (key.empty()) {
            const auto p = str->find("plural=");
            if (p != std::string::npos) {
                const auto end = str->find_first_of(";\n", p);
                try {
                    cat->plural.emplace(str->substr(p + 7, end == std::string::npos ? end : end - p - 7));
                } catch (const std::invalid_argument&) {
                    return nullptr;
                }
            }
            continue;
        }
        if (!str->empty()) cat->messages.emplace(std::move(key), std::move(*str));
    }
    return cat;
}

}  // namespace

Translator::Translator() = default;

Translator Translator::for_language(std::string_view lang_tag) {
    Translator t;
    std::string lang(lang_tag);
    if (lang.empty() || lang == "en") return t;
    t.lang_ = lang;
    std::lock_guard lock(g_mutex);
    auto& c = cache();
    if (auto it = c.find(lang); it != c.end()) {
        t.catalog_ = it->second;
        return t;
    }
    // Catalog directories follow gettext's naming ("zh_CN"); our language tags are short ("zh").
    const std::string dir_name = lang == "zh" ? "zh_CN" : lang;
    auto cat = read_mo(g_locale_dir + "/" + dir_name + "/LC_MESSAGES/assessa.mo");
    c.emplace(lang, cat);
    t.catalog_ = cat;
    return t;
}

const char* Translator::tr(const char* msgid) const {
    if (!catalog_) return msgid;
    auto it = catalog_->messages.find(msgid);
    return it == catalog_->messages.end() ? msgid : it->second.c_str();
}

const char* Translator::trn(const char* singular, const char* plural, unsigned long n) const {
    if (!catalog_) return n == 1 ? singular : plural;
    auto it = catalog_->messages.find(singular);
    if (it == catalog_->messages.end()) return n == 1 ? singular : plural;
    unsigned long form = catalog_->plural ? catalog_->plural->evaluate(n) : (n == 1 ? 0 : 1);
    const std::string& forms = it->second;
    std::size_t start = 0;
    for (unsigned long i = 0; i < form; ++i) {
        const auto nul = forms.find('\0', start);
        if (nul == std::string::npos) return forms.c_str();  // fewer forms than the rule says
        start = nul + 1;
    }
    return forms.c_str() + start;
}

const Translator& Translator::current() { return current_translator(); }

void Translator::set_current(std::string_view lang) { current_translator() = for_language(lang); }

void Translator::set_locale_dir(std::string dir) {
    std::lock_guard lock(g_mutex);
    g_locale_dir = std::move(dir);
    cache().clear();
}

const std::string& Translator::locale_dir() { return g_locale_dir; }

const std::vector<std::string>& Translator::shipped_languages() {
    static const std::vector<std::string> langs{"en", "lt", "zh"};
    return langs;
}

bool Translator::is_shipped_language(std::string_view lang) {
    const auto& langs = shipped_languages();
    return std::find(langs.begin(), langs.end(), lang) != langs.end();
}

}  // namespace assessa
