// bank: one category file and its questions, validated field by field.
#include <fmt/format.h>

#include <algorithm>
#include <type_traits>

#include "bank/load_parts.hpp"
#include "bank/one_line.hpp"
#include "bank/yaml_tree.hpp"

namespace deckpress::bank {
namespace {

const std::vector<std::string> kCategoryKeys = {"title", "questions"};
const std::vector<std::string> kQuestionKeys = {"id",   "q",    "a",       "short",    "level",
                                                "kind", "tags", "choices", "keep_last"};
const std::vector<std::string> kChoiceKeys = {"text", "correct"};

/// A required, non-empty text field; reports a missing key at the map, an empty value at
/// its key. Returns the text and sets `loc` to where the text starts.
std::string required_text(const yaml::Node& map, const std::string& key, Diagnostics& diags,
                          SourceLoc* loc = nullptr, TextMap* text_map = nullptr) {
    const yaml::Node* value = map.find(key);
    if (!value) {
        diags.error(map.loc, fmt::format("question has no '{}'", key));
        return {};
    }
    auto text = yaml::as_text(*value, diags, "'" + key + "'");
    if (!text) return {};
    if (text->find_first_not_of(" \t\n") == std::string::npos)
        diags.error(value->is_null() ? map.find_key(key)->loc : value->loc, fmt::format("'{}' is empty", key));
    if (loc) *loc = value->text_loc;
    if (text_map) *text_map = value->text_map;
    return *text;
}

template <typename Enum>
Enum read_enum(const yaml::Node& map, const std::string& key, std::optional<Enum> (*parse)(const std::string&),
               std::optional<Enum> (*meant_by)(const std::string&), const char* allowed, Diagnostics& diags) {
    const yaml::Node* value = map.find(key);
    if (!value || value->is_null()) {
        diags.warning((value ? map.find_key(key) : &map)->loc, fmt::format("{} not set", key));
        return Enum::Unset;
    }
    auto text = yaml::as_text(*value, diags, "'" + key + "'");
    if (!text) return Enum::Unset;
    if (auto parsed = parse(*text)) return *parsed;
    std::string hint;
    if (auto meant = meant_by(*text)) hint = fmt::format("; did you mean '{}'?", to_string(*meant));
    diags.error(value->loc, fmt::format("invalid {} '{}' (allowed: {}{})", key, *text, allowed, hint));
    return Enum::Unset;
}

/// Two choices with the same text cannot be told apart on a test: an error when only one
/// of them is correct (the key would be ambiguous), else a warning, each at the repeat.
void check_repeated_choices(const std::vector<Choice>& choices, Diagnostics& diags) {
    for (std::size_t i = 1; i < choices.size(); ++i) {
        const Choice& c = choices[i];
        if (c.text.empty()) continue;
        auto first = std::find_if(choices.begin(), choices.begin() + static_cast<std::ptrdiff_t>(i),
                                  [&](const Choice& o) { return o.text == c.text; });
        if (first == choices.begin() + static_cast<std::ptrdiff_t>(i)) continue;
        std::string msg = fmt::format("choice '{}' is listed twice (first at line {})", c.text, first->loc.line);
        if (first->correct != c.correct)
            diags.error(c.loc, msg + ", once correct and once not: the key could not tell them apart");
        else
            diags.warning(c.loc, msg);
    }
}

void read_choices(const yaml::Node& list, Question& q, Diagnostics& diags) {
    if (!yaml::expect_kind(list, yaml::NodeKind::Sequence, diags, "'choices'")) return;
    for (const yaml::Node& item : list.items) {
        if (!yaml::expect_kind(item, yaml::NodeKind::Map, diags, "a choice")) continue;
        yaml::check_keys(item, kChoiceKeys, diags, "choice");
        Choice choice;
        choice.loc = item.loc;
        const yaml::Node* text = item.find("text");
        std::optional<std::string> value = text ? yaml::as_text(*text, diags, "'text'") : std::nullopt;
        if (!text) diags.error(item.loc, "choice has no 'text'");
        else if (value && value->find_first_not_of(" \t\n") == std::string::npos) diags.error(text->loc, "choice 'text' is empty");
        choice.text = value.value_or("");
        if (text) {
            choice.text_loc = text->text_loc;
            choice.text_map = text->text_map;
        }
        if (const yaml::Node* correct = item.find("correct"))
            choice.correct = yaml::as_bool(*correct, diags, "'correct'").value_or(false);
        q.choices.push_back(std::move(choice));
    }
    check_repeated_choices(q.choices, diags);
    int correct = 0;
    for (const Choice& c : q.choices) correct += c.correct ? 1 : 0;
    if (q.choices.size() < 2) diags.error(list.loc, "'choices' needs at least 2 choices");
    else if (correct == 0) diags.error(list.loc, "'choices' has no choice marked 'correct: true'");
}

/// A tag shows as "#tag" and is selected with --tag (comma-separated): it must be a word
/// without commas; a repeated tag is harmless but surely a slip.
void check_tags(const yaml::Node& list, const std::vector<std::string>& tags, Diagnostics& diags) {
    for (std::size_t i = 0; i < tags.size() && i < list.items.size(); ++i) {
        const std::string& tag = tags[i];
        const SourceLoc& at = list.items[i].loc;
        if (tag.find_first_not_of(" \t\n") == std::string::npos)
            diags.error(at, "empty tag");
        else if (tag.find(',') != std::string::npos)
            diags.error(at, fmt::format("tag '{}' has a comma: --tag could not select it", tag));
        else if (std::find(tags.begin(), tags.begin() + static_cast<std::ptrdiff_t>(i), tag) !=
                 tags.begin() + static_cast<std::ptrdiff_t>(i))
            diags.warning(at, fmt::format("tag '{}' is listed twice; shown once", tag));
    }
}

/// Drops the repeats of a tag (already warned about), keeping each tag's first place and location.
void drop_repeated_tags(Question& q) {
    std::vector<std::string> tags;
    std::vector<SourceLoc> locs;
    for (std::size_t i = 0; i < q.tags.size(); ++i) {
        if (std::find(tags.begin(), tags.end(), q.tags[i]) != tags.end()) continue;
        tags.push_back(q.tags[i]);
        locs.push_back(q.tag_locs[i]);
    }
    q.tags = std::move(tags);
    q.tag_locs = std::move(locs);
}

void read_optional_fields(const yaml::Node& map, Question& q, Diagnostics& diags) {
    const yaml::Node* short_a = map.find("short");
    bool bad_type = false;  // already an error: not also "not set"
    if (short_a) {
        std::optional<std::string> text = yaml::as_text(*short_a, diags, "'short'");
        bad_type = !text;
        q.short_a = text.value_or("");
        q.short_loc = short_a->text_loc;
        q.short_map = short_a->text_map;
    }
    if (!bad_type && q.short_a.find_first_not_of(" \t\n") == std::string::npos)
        diags.warning((short_a ? map.find_key("short") : &map)->loc,
                      "short answer ('short') not set (cards show the whole answer, cheat sheets its first paragraph)");
    q.level = read_enum<Level>(map, "level", parse_level, level_meant, "beginner, intermediate, advanced", diags);
    q.kind = read_enum<Kind>(map, "kind", parse_kind, kind_meant, "concept, code, scenario, behavioral", diags);
    if (const yaml::Node* tags = map.find("tags")) {
        q.tags = yaml::as_text_list(*tags, diags, "'tags'").value_or(std::vector<std::string>{});
        check_tags(*tags, q.tags, diags);
        for (std::size_t i = 0; i < q.tags.size(); ++i)
            q.tag_locs.push_back(i < tags->items.size() ? tags->items[i].text_loc : tags->loc);
        drop_repeated_tags(q);  // "#osi #osi" on every page otherwise
    }
    if (const yaml::Node* choices = map.find("choices"); choices && !choices->is_null())
        read_choices(*choices, q, diags);
    if (const yaml::Node* keep = map.find("keep_last")) {
        q.keep_last = yaml::as_bool(*keep, diags, "'keep_last'").value_or(false);
        if (q.keep_last && q.choices.empty())
            diags.warning(keep->loc, "'keep_last' has no effect without 'choices'");
    }
}

void read_id(const yaml::Node& map, Question& q, IdRegistry& ids, Diagnostics& diags) {
    const yaml::Node* id = map.find("id");
    if (!id) {
        diags.error(map.loc, "question has no 'id'");
        return;
    }
    q.id = yaml::as_text(*id, diags, "'id'").value_or("");
    if (!is_slug(q.id)) {
        diags.error(id->loc, fmt::format("bad id '{}': use lowercase letters, digits, '-' and '_' "
                                         "(e.g. 'python-decorators')", q.id));
        return;
    }
    auto [it, inserted] = ids.emplace(q.id, id->loc);
    if (!inserted)
        diags.error(id->loc, fmt::format("duplicate id '{}' (first used at {}:{}:{})", q.id,
                                         it->second.file, it->second.line, it->second.column));
}

std::optional<Question> read_question(const yaml::Node& node, const std::string& category,
                                      IdRegistry& ids, Diagnostics& diags) {
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "a question")) return std::nullopt;
    yaml::check_keys(node, kQuestionKeys, diags, "question");
    Question q;
    q.category = category;
    q.loc = node.loc;
    read_id(node, q, ids, diags);
    q.q = required_text(node, "q", diags, &q.q_loc, &q.q_map);
    q.a = required_text(node, "a", diags, &q.a_loc, &q.a_map);
    read_optional_fields(node, q, diags);
    return q;
}

}  // namespace

Category load_category_tree(const yaml::Node& node, const std::string& path, const std::string& id,
                            IdRegistry& ids, Diagnostics& diags) {
    const yaml::Node* root = &node;
    Category cat;
    cat.id = id;
    cat.file = path;
    if (!yaml::expect_kind(*root, yaml::NodeKind::Map, diags, "a category file")) return cat;
    yaml::check_keys(*root, kCategoryKeys, diags, "category file");
    yaml::require_keys(*root, {"title", "questions"}, diags, "category file");
    if (const yaml::Node* title = root->find("title")) {
        cat.title = one_line(yaml::as_text(*title, diags, "'title'").value_or(""));
        cat.title_loc = title->text_loc;
        if (cat.title.empty() && (title->is_scalar() || title->is_null())) diags.error(title->loc, "'title' is empty");
    }
    const yaml::Node* questions = root->find("questions");
    if (!questions || !yaml::expect_kind(*questions, yaml::NodeKind::Sequence, diags, "'questions'"))
        return cat;
    if (questions->items.empty()) diags.warning(questions->loc, "category has no questions");
    for (const yaml::Node& item : questions->items)
        if (auto q = read_question(item, id, ids, diags)) cat.questions.push_back(std::move(*q));
    return cat;
}

}  // namespace deckpress::bank
