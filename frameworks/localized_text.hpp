#pragma once

#include <map>
#include <string>
#include <string_view>

namespace assessa {

// A text in several languages, keyed by language tag ("en", "lt", "zh").
// English is the fallback: a framework must provide it for every title.
class LocalizedText {
public:
    void set(std::string lang, std::string text) { by_lang_[std::move(lang)] = std::move(text); }

    // The text in `lang`, else in its base language ("zh" for "zh-CN"), else English,
    // else any language present, else empty.
    const std::string& get(std::string_view lang) const;

    bool has(std::string_view lang) const { return by_lang_.count(std::string(lang)) != 0; }
    bool empty() const { return by_lang_.empty(); }
    const std::map<std::string, std::string>& all() const { return by_lang_; }

    bool operator==(const LocalizedText&) const = default;

private:
    std::map<std::string, std::string> by_lang_;
};

// Normalises a language tag as written by users or locales ("lt_LT.UTF-8", "zh-Hans", "zh_CN")
// to the tags the frameworks and catalogs use ("lt", "zh", "en").
std::string normalize_language(std::string_view tag);

}  // namespace assessa
