#include "frameworks/localized_text.hpp"

#include <algorithm>
#include <cctype>

namespace assessa {

const std::string& LocalizedText::get(std::string_view lang) const {
    static const std::string empty_text;
    if (auto it = by_lang_.find(std::string(lang)); it != by_lang_.end()) return it->second;
    const auto base = normalize_language(lang);
    if (auto it = by_lang_.find(base); it != by_lang_.end()) return it->second;
    if (auto it = by_lang_.find("en"); it != by_lang_.end()) return it->second;
    if (!by_lang_.empty()) return by_lang_.begin()->second;
    return empty_text;
}

std::string normalize_language(std::string_view tag) {
    std::string t;
    for (char c : tag) {
        if (c == '_' || c == '-' || c == '.' || c == '@') break;
        t.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
    if (t.empty() || t == "c" || t == "posix") return "en";
    return t;
}

}  // namespace assessa
