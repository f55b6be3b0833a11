// outputs: reading the `exam:` section of a layout file strictly (unknown keys, bad values).
#include <fmt/format.h>

#include <cmath>
#include <cstdlib>

#include "bank/yaml_tree.hpp"
#include "outputs/exam_plan.hpp"
#include "outputs/section_keys.hpp"

namespace deckpress::outputs {

namespace {

/// "30%" or "3"; reports anything else at the node.
std::optional<Quota> as_quota(const yaml::Node& node, Diagnostics& diags, const std::string& what) {
    auto text = yaml::as_text(node, diags, what);
    if (!text) return std::nullopt;
    std::string t = *text;
    bool percent = !t.empty() && t.back() == '%';
    if (percent) t.pop_back();
    char* end = nullptr;
    double value = std::strtod(t.c_str(), &end);
    // Range first: casting 1e300, inf or nan to an integer (the whole-number test did) is undefined.
    bool in_range = value >= 0 && value <= (percent ? 100 : 10000);
    if (t.empty() || *end != '\0' || !in_range || (!percent && value != std::floor(value))) {
        diags.error(node.loc, fmt::format("{} must be a percentage from 0% to 100%, like 30%, or a whole number of "
                                          "questions, not '{}'",
                                          what, *text));
        return std::nullopt;
    }
    return Quota{value, percent, node.loc};
}

bool expect_map(const yaml::Node& node, Diagnostics& diags, const std::string& what) {
    return yaml::expect_kind(node, yaml::NodeKind::Map, diags, what);
}

void read_levels(const yaml::Node& node, Blueprint& bp, Diagnostics& diags) {
    if (!expect_map(node, diags, "'levels'")) return;
    yaml::check_keys(node, {"unrated", "beginner", "intermediate", "advanced"}, diags, "levels");
    for (const auto& [key, value] : node.entries) {
        auto level = key.scalar == "unrated" ? std::optional(bank::Level::Unset) : bank::parse_level(key.scalar);
        if (!level) continue;
        if (auto q = as_quota(value, diags, fmt::format("level '{}'", key.scalar)))
            bp.levels[static_cast<std::size_t>(*level)] = *q;
    }
}

void read_categories(const yaml::Node& node, Blueprint& bp, Diagnostics& diags) {
    if (!expect_map(node, diags, "'categories'")) return;
    for (const auto& [key, value] : node.entries)
        if (auto q = as_quota(value, diags, fmt::format("category '{}'", key.scalar)))
            bp.categories.emplace_back(key.scalar, *q);
}

/// A map from level names (and "unrated") to whole numbers.
template <std::size_t N>
void read_by_level(const yaml::Node& node, std::array<int, N>& out, Diagnostics& diags, const std::string& what) {
    if (!expect_map(node, diags, "'" + what + "'")) return;
    yaml::check_keys(node, {"unrated", "beginner", "intermediate", "advanced"}, diags, what);
    for (const auto& [key, value] : node.entries) {
        auto level = key.scalar == "unrated" ? std::optional(bank::Level::Unset) : bank::parse_level(key.scalar);
        if (auto n = yaml::as_int(value, diags, fmt::format("'{}'", key.scalar), 0, 1000); n && level)
            out[static_cast<std::size_t>(*level)] = static_cast<int>(*n);
    }
}

/// A map from kind names (and "unrated", plus `extra` keys) to whole numbers.
void read_by_kind(const yaml::Node& node, std::array<int, 5>& out, Diagnostics& diags, const std::string& what,
                  int* choice = nullptr) {
    if (!expect_map(node, diags, "'" + what + "'")) return;
    std::vector<std::string> keys{"unrated", "concept", "code", "scenario", "behavioral"};
    if (choice) keys.push_back("choice");
    yaml::check_keys(node, keys, diags, what);
    for (const auto& [key, value] : node.entries) {
        auto n = yaml::as_int(value, diags, fmt::format("'{}'", key.scalar), 0, 200);
        if (!n) continue;
        if (key.scalar == "choice" && choice) *choice = static_cast<int>(*n);
        else if (key.scalar == "unrated") out[0] = static_cast<int>(*n);
        else if (auto kind = bank::parse_kind(key.scalar)) out[static_cast<std::size_t>(*kind)] = static_cast<int>(*n);
    }
}

void read_numbers(const yaml::Node& s, ExamOptions& o, Diagnostics& diags) {
    read_int(s, "count", o.blueprint.count, 1, 1000, diags);
    read_int(s, "minutes", o.minutes, 0, 10000, diags);
    read_int(s, "min_per_category", o.blueprint.min_per_category, 0, 100, diags);
    read_int(s, "max_lines", o.max_lines, 0, 200, diags);
    read_int(s, "history", o.history_size, 0, 1000, diags);
    read_int(s, "key_points", o.max_key_points, 0, 50, diags);
    read_number(s, "words_per_line", o.words_per_line, 1, 100, diags);
    if (const yaml::Node* v = s.find("line_spacing"))
        if (auto d = layout::as_length(*v, diags, "'line_spacing'", 8, 100)) o.line_spacing = *d;
}

/// Where the layout sets each part of the blueprint, for messages about it: the key's line, or
/// the `exam:` section's, or the file's first line.
void locate_blueprint(const layout::LayoutFile& layout, const yaml::Node* section, Blueprint& bp) {
    const yaml::Node* map = section && section->is_map() ? section : nullptr;
    auto key = [&](const char* name) { return map ? map->find_key(name) : nullptr; };
    auto at = [&](const yaml::Node* k) { return k ? k->loc : section ? section->loc : SourceLoc{layout.path, 1, 1}; };
    bp.count_loc = at(key("count"));
    bp.levels_loc = at(key("levels"));
    bp.categories_loc = at(key("categories") ? key("categories") : key("min_per_category"));
}

}  // namespace

ExamOptions exam_options(const layout::LayoutFile& layout, Diagnostics& diags) {
    ExamOptions o;
    const yaml::Node* s = layout.section;
    locate_blueprint(layout, s, o.blueprint);
    if (!s || !expect_map(*s, diags, "'exam'")) return o;
    yaml::check_keys(*s, {"count", "minutes", "levels", "categories", "min_per_category", "points", "extra_points",
                          "lines", "words_per_line", "max_lines", "line_spacing", "history", "different_questions",
                          "key_points", "instructions"},
                     diags, "exam");
    read_numbers(*s, o, diags);
    if (const yaml::Node* v = s->find("levels")) read_levels(*v, o.blueprint, diags);
    if (const yaml::Node* v = s->find("categories")) read_categories(*v, o.blueprint, diags);
    if (const yaml::Node* v = s->find("points")) read_by_level(*v, o.level_points, diags, "points");
    if (const yaml::Node* v = s->find("extra_points")) read_by_kind(*v, o.kind_extra_points, diags, "extra_points");
    if (const yaml::Node* v = s->find("lines")) read_by_kind(*v, o.kind_lines, diags, "lines", &o.choice_lines);
    if (const yaml::Node* v = s->find("different_questions")) {
        if (auto b = yaml::as_bool(*v, diags, "'different_questions'")) o.different_questions = *b;
        o.different_questions_loc = v->loc;
    }
    if (const yaml::Node* v = s->find("instructions"))
        if (auto t = yaml::as_text(*v, diags, "'instructions'")) o.instructions = *t;
    return o;
}

}  // namespace deckpress::outputs
