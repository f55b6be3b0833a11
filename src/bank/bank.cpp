// bank: the question bank model: queries and level/kind names.
#include "bank/bank.hpp"

#include <algorithm>
#include <utility>

#include "bank/yaml_tree.hpp"
#include "core/ascii.hpp"

namespace deckpress::bank {

int Bank::question_count() const {
    int n = 0;
    for (const auto& c : categories) n += static_cast<int>(c.questions.size());
    return n;
}

std::string Bank::language_tag() const {
    std::string tag = language.empty() ? "en" : language;
    std::replace(tag.begin(), tag.end(), '_', '-');
    return tag;
}

bool Bank::is_english() const {
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    if (language.empty()) return true;
    bool en = language.size() >= 2 && lower(language[0]) == 'e' && lower(language[1]) == 'n';
    return en && (language.size() == 2 || language[2] == '-' || language[2] == '_');
}

std::vector<const Question*> Bank::all_questions() const {
    std::vector<const Question*> out;
    for (const auto& c : categories)
        for (const auto& q : c.questions) out.push_back(&q);
    return out;
}

const Category* Bank::find_category(const std::string& id) const {
    for (const auto& c : categories)
        if (c.id == id) return &c;
    return nullptr;
}

const char* to_string(Level level) {
    switch (level) {
        case Level::Unset: return "unset";
        case Level::Beginner: return "beginner";
        case Level::Intermediate: return "intermediate";
        case Level::Advanced: return "advanced";
    }
    return "unset";
}

const char* to_string(Kind kind) {
    switch (kind) {
        case Kind::Unset: return "unset";
        case Kind::Concept: return "concept";
        case Kind::Code: return "code";
        case Kind::Scenario: return "scenario";
        case Kind::Behavioral: return "behavioral";
    }
    return "unset";
}

std::optional<Level> parse_level(const std::string& text) {
    const std::string name = ascii_lower(text);
    for (Level l : {Level::Beginner, Level::Intermediate, Level::Advanced})
        if (name == to_string(l)) return l;
    return std::nullopt;
}

std::optional<Kind> parse_kind(const std::string& text) {
    const std::string name = ascii_lower(text);
    for (Kind k : {Kind::Concept, Kind::Code, Kind::Scenario, Kind::Behavioral})
        if (name == to_string(k)) return k;
    return std::nullopt;
}

namespace {

/// The level a word other banks use for it stands for ("easy", "junior", "medium", "senior",
/// "hard", ...), in any case; nothing for other words.
std::optional<Level> level_synonym(const std::string& text) {
    static const std::pair<const char*, Level> kSynonyms[] = {
        {"easy", Level::Beginner},         {"basic", Level::Beginner},        {"junior", Level::Beginner},
        {"entry", Level::Beginner},        {"novice", Level::Beginner},       {"medium", Level::Intermediate},
        {"mid", Level::Intermediate},      {"middle", Level::Intermediate},   {"moderate", Level::Intermediate},
        {"hard", Level::Advanced},         {"senior", Level::Advanced},       {"expert", Level::Advanced},
        {"difficult", Level::Advanced},
    };
    const std::string word = ascii_lower(text);
    for (const auto& [synonym, level] : kSynonyms)
        if (word == synonym) return level;
    return std::nullopt;
}

/// The name in `names` that `text` misspells, shortens or pads ("beginer", "Adv", " Concept "), or "".
std::string misspelt(const std::string& text, const std::vector<std::string>& names) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return {};
    const std::string word = ascii_lower(text.substr(first, text.find_last_not_of(" \t") + 1 - first));
    for (const std::string& name : names)
        if (word == name || (word.size() >= 3 && name.starts_with(word))) return name;
    return yaml::closest_match(word, names);
}

}  // namespace

std::optional<Level> level_meant(const std::string& text) {
    if (auto level = level_synonym(text)) return level;
    return parse_level(misspelt(text, {"beginner", "intermediate", "advanced"}));
}

std::optional<Kind> kind_meant(const std::string& text) {
    return parse_kind(misspelt(text, {"concept", "code", "scenario", "behavioral"}));
}

bool is_slug(const std::string& text) {
    if (text.empty() || text.front() == '-' || text.back() == '-') return false;
    char prev = 0;
    for (char c : text) {
        bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
        if (!ok || (c == '-' && prev == '-')) return false;
        prev = c;
    }
    return true;
}

}  // namespace deckpress::bank
