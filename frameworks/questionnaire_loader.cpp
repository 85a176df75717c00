#include "frameworks/questionnaire_loader.hpp"

#include "frameworks/framework_version.hpp"
#include "frameworks/xml_reader.hpp"
#include "i18n/translator.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

namespace assessa {

namespace {

// The widest scale a questionnaire may use: max - min. Wider scales are not perception scales
// and would make per-value labels and the index meaningless.
constexpr int max_scale_span = 100;
constexpr double max_weight = 1000;

class QuestionnaireParser {
public:
    explicit QuestionnaireParser(XmlReader& xml) : xml_(xml) {}

    Loaded<Questionnaire> run(std::string source_path) {
        Loaded<Questionnaire> out;
        if (xml_.parse() && xml_.expect_root("questionnaire", questionnaire_namespace)) read_questionnaire();
        if (xml_.failed()) {
            out.errors = xml_.errors();
            return out;
        }
        q_.source_text = xml_.text();
        q_.source_path = std::move(source_path);
        out.value = std::make_shared<const Questionnaire>(std::move(q_));
        return out;
    }

private:
    XmlReader& xml_;
    Questionnaire q_;
    std::map<std::string, pugi::xml_node> dimension_elements_;
    std::map<std::string, pugi::xml_node> item_elements_;

    void read_questionnaire() {
        auto root = xml_.root();
        xml_.allow_attributes(root, {"id", "version", "framework", "evidence-for", "importance"});
        xml_.allow_children(root, {"title", "description", "scale", "importance-scale", "dimension", "item"});
        if (auto id = xml_.required(root, "id")) {
            if (!is_identifier(*id))
                xml_.error(root, trf("questionnaire id \"{}\" must use lower-case letters, digits, '-', '.' or '_'", *id));
            q_.id = *id;
        }
        if (auto v = xml_.required(root, "version")) {
            if (!is_framework_version(*v))
                xml_.error(root, trf("questionnaire version \"{}\" must be numbers separated by dots, such as 1 or 2026.1", *v));
            q_.version = *v;
        }
        if (auto fw = xml_.required(root, "framework")) {
            if (!is_identifier(*fw))
                xml_.error(root, trf("framework id \"{}\" must use lower-case letters, digits, '-', '.' or '_'", *fw));
            q_.framework = *fw;
        }
        if (auto code = xml_.required(root, "evidence-for")) {
            if (!is_node_code(*code))
                xml_.error(root, trf("evidence-for \"{}\" must be a node code: dot-separated letters and digits, like 6.1",
                                     *code));
            q_.evidence_for = *code;
        }
        read_importance_mode(root);
        for (const char* single : {"scale", "importance-scale"})
            if (auto second = root.child(single).next_sibling(single))
                xml_.error(second, trf("a second <{}> (a questionnaire has only one)", single));
        q_.title = texts(root, "title", true, tr("the questionnaire"));
        q_.description = texts(root, "description", false, tr("the questionnaire"));

        if (auto scale = root.child("scale")) {
            if (auto s = read_scale(scale)) q_.scale = std::move(*s);
        } else {
            xml_.error(root, tr("<questionnaire> needs a <scale> element"));
        }
        if (auto scale = root.child("importance-scale")) {
            if (q_.importance != Questionnaire::Importance::asked)
                xml_.error(scale, tr("<importance-scale> is only used with importance=\"asked\""));
            else if (auto s = read_scale(scale)) q_.importance_scale = std::move(*s);
        } else if (q_.importance == Questionnaire::Importance::asked) {
            xml_.error(root, tr("importance=\"asked\" needs an <importance-scale> element"));
        }
        for (auto d : root.children("dimension")) read_dimension(d);
        for (auto i : root.children("item")) read_item(i);
        if (q_.items.empty()) xml_.error(root, tr("the questionnaire has no <item>"));
        check_dimensions_are_used();
    }

    void read_importance_mode(pugi::xml_node root) {
        const auto a = root.attribute("importance");
        const std::string_view mode = a ? a.value() : "weights";
        if (mode == "weights") q_.importance = Questionnaire::Importance::weights;
        else if (mode == "asked") q_.importance = Questionnaire::Importance::asked;
        else xml_.error(root, trf("importance \"{}\" must be weights or asked", mode));
    }

    // A <scale> or <importance-scale>: the limits, then labels per value and "don't know".
    // nullopt when the limits cannot be used.
    std::optional<ResponseScale> read_scale(pugi::xml_node el) {
        xml_.allow_attributes(el, {"min", "max"});
        xml_.allow_children(el, {"label", "dont-know"});
        const std::string what = trf("<{}>", el.name());
        ResponseScale s;
        const auto lo = xml_.integer(el, "min", true), hi = xml_.integer(el, "max", true);
        bool limits_ok = lo && hi;
        if (lo && hi) {
            s.min = *lo;
            s.max = *hi;
            if (*lo >= *hi) {
                xml_.error(el, trf("{}: min ({}) must be below max ({})", what, *lo, *hi));
                limits_ok = false;
            } else if (static_cast<long long>(*hi) - *lo > max_scale_span) {
                xml_.error(el, trf("{}: the scale {} to {} is too wide (at most {} steps)", what, *lo, *hi, max_scale_span));
                limits_ok = false;
            }
        }
        std::map<int, pugi::xml_node> first_label;
        for (auto l : el.children("label")) {
            xml_.allow_attributes(l, {"value"});
            xml_.allow_text_only(l);
            const auto value = xml_.integer(l, "value", true);
            if (!value) continue;
            if (limits_ok && !s.contains(*value)) {
                xml_.error(l, trf("{}: a label for {}, which is outside the scale {} to {}", what, *value, s.min, s.max));
                continue;
            }
            first_label.emplace(*value, l);
            const std::string lang = normalize_language(l.attribute("xml:lang").as_string("en"));
            LocalizedText& text = s.labels[*value];
            if (text.has(lang)) {
                xml_.error(l, trf("{}: a second label for {} in language '{}'", what, *value, lang));
                continue;
            }
            text.set(lang, XmlReader::text_of(l));
        }
        for (const auto& [value, text] : s.labels)
            if (!text.has("en"))
                xml_.error(first_label.at(value), trf("{}: the label for {} has no English text (xml:lang=\"en\")", what, value));
        if (el.child("dont-know")) s.dont_know = texts(el, "dont-know", true, what);
        if (!limits_ok) return std::nullopt;
        return s;
    }

    void read_dimension(pugi::xml_node el) {
        xml_.allow_attributes(el, {"id"});
        xml_.allow_children(el, {"title"});
        QuestionnaireDimension d;
        if (auto id = xml_.required(el, "id")) {
            if (!is_identifier(*id))
                xml_.error(el, trf("dimension id \"{}\" must use lower-case letters, digits, '-', '.' or '_'", *id));
            d.id = *id;
            auto [it, inserted] = dimension_elements_.emplace(d.id, el);
            if (!inserted)
                xml_.error(el, trf("duplicate dimension id \"{}\" (first defined on line {})", d.id, xml_.line_of(it->second)));
        }
        d.title = texts(el, "title", true, trf("dimension {}", d.id.empty() ? "?" : d.id));
        q_.dimensions.push_back(std::move(d));
    }

    void read_item(pugi::xml_node el) {
        xml_.allow_attributes(el, {"id", "dimension", "weight"});
        xml_.allow_children(el, {"text"});
        QuestionnaireItem item;
        if (auto id = xml_.required(el, "id")) {
            if (!is_identifier(*id))
                xml_.error(el, trf("item id \"{}\" must use lower-case letters, digits, '-', '.' or '_'", *id));
            item.id = *id;
            auto [it, inserted] = item_elements_.emplace(item.id, el);
            if (!inserted)
                xml_.error(el, trf("duplicate item id \"{}\" (first defined on line {})", item.id, xml_.line_of(it->second)));
        }
        if (auto dim = xml_.required(el, "dimension")) {
            if (!dimension_elements_.count(*dim))
                xml_.error(el, trf("item \"{}\" is in dimension \"{}\", which the questionnaire does not define", item.id, *dim));
            item.dimension = *dim;
        }
        if (auto w = el.attribute("weight")) {
            if (q_.importance == Questionnaire::Importance::asked) {
                xml_.error(el, trf("item \"{}\" has a weight, but importance is asked of respondents", item.id));
            } else if (auto weight = parse_weight(w.value())) {
                item.weight = *weight;
            } else {
                xml_.error(el, trf("the weight of item \"{}\" must be a positive number up to {}, not \"{}\"", item.id,
                                   max_weight, w.value()));
            }
        }
        item.text = texts(el, "text", true, trf("item {}", item.id.empty() ? "?" : item.id));
        q_.items.push_back(std::move(item));
    }

    void check_dimensions_are_used() {
        std::set<std::string> reported;
        for (const auto& d : q_.dimensions) {
            if (d.id.empty() || !reported.insert(d.id).second) continue;
            const bool used = std::any_of(q_.items.begin(), q_.items.end(),
                                          [&d](const QuestionnaireItem& i) { return i.dimension == d.id; });
            if (!used) xml_.error(dimension_elements_.at(d.id), trf("dimension \"{}\" has no items", d.id));
        }
    }

    // XmlReader::texts without its per-phase descriptors: every attribute but xml:lang is unknown.
    LocalizedText texts(pugi::xml_node el, const char* child, bool english_required, std::string_view what) {
        LocalizedText result;
        for (auto c : el.children(child)) {
            xml_.allow_attributes(c, {});
            xml_.allow_text_only(c);
            const std::string lang = normalize_language(c.attribute("xml:lang").as_string("en"));
            if (result.has(lang)) {
                xml_.error(c, trf("{} has a second <{}> in language '{}'", what, child, lang));
                continue;
            }
            std::string text = XmlReader::text_of(c);
            if (text.empty()) xml_.error(c, trf("{} has an empty <{}>", what, child));
            result.set(lang, std::move(text));
        }
        if (english_required && !result.has("en"))
            xml_.error(el, trf("{} has no <{}> in English (xml:lang=\"en\")", what, child));
        return result;
    }

    static std::optional<double> parse_weight(std::string_view v) {
        double out = 0;
        const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
        if (v.empty() || ec != std::errc() || p != v.data() + v.size() || !std::isfinite(out) || out <= 0 ||
            out > max_weight)
            return std::nullopt;
        return out;
    }
};

}  // namespace

Loaded<Questionnaire> load_questionnaire(const std::string& path) {
    XmlReader xml = XmlReader::from_file(path);
    return QuestionnaireParser(xml).run(path);
}

Loaded<Questionnaire> parse_questionnaire(const std::string& label, const std::string& xml_text) {
    XmlReader xml(label, xml_text);
    return QuestionnaireParser(xml).run("");
}

}  // namespace assessa
