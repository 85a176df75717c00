#include "frameworks/framework_changes.hpp"

#include "i18n/translator.hpp"

namespace assessa {

FrameworkChanges framework_changes(const Framework& older, const Framework& newer) {
    FrameworkChanges c;
    for (const Node& n : newer.nodes()) {
        const Node* before = older.find(n.code);
        if (!before)
            c.added.push_back(n.code);
        else if (!(before->title == n.title))
            c.renamed.push_back({n.code, before->title, n.title});
    }
    for (const Node& n : older.nodes())
        if (!newer.find(n.code)) c.removed.push_back(n.code);
    const std::size_t shared = shared_assessable_codes(older, newer).size();
    c.assessable_left_out = older.assessable_count() + newer.assessable_count() - 2 * shared;
    return c;
}

std::vector<std::string> change_lines(const FrameworkChanges& changes, const Framework& older, const Framework& newer,
                                      const std::string& lang) {
    std::vector<std::string> lines;
    auto title = [&](const Framework& fw, const std::string& code) {
        const Node* n = fw.find(code);
        return code + " " + (n ? n->title.get(lang) : std::string());
    };
    for (const auto& code : changes.added) lines.push_back(trf("Added: {}", title(newer, code)));
    for (const auto& code : changes.removed) lines.push_back(trf("Removed: {}", title(older, code)));
    for (const auto& r : changes.renamed)
        lines.push_back(trf("Renamed: {} {} \u2192 {}", r.code, r.old_title.get(lang), r.new_title.get(lang)));
    return lines;
}

std::vector<std::string> shared_assessable_codes(const Framework& older, const Framework& newer) {
    std::vector<std::string> codes;
    for (auto i : newer.assessable_nodes()) {
        const Node& n = newer.nodes()[i];
        if (const Node* before = older.find(n.code); before && before->assessable) codes.push_back(n.code);
    }
    return codes;
}

}  // namespace assessa
