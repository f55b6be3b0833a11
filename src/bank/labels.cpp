// bank: label keys, placeholders and forms; choosing a bank's built-in words and filling them in.
#include "bank/labels.hpp"

#include <algorithm>

#include "core/plural.hpp"

namespace deckpress::bank {
namespace {

using L = Label;

constexpr std::array<LabelSpec, kLabelCount> kSpecs{{
    {L::Contents, "contents", "", false},
    {L::Notes, "notes", "", false},
    {L::Questions, "questions", "n", true},
    {L::Categories, "categories", "n", true},
    {L::CoverCounts, "cover_counts", "questions categories beginner intermediate advanced", false},
    {L::QuestionNumber, "question_number", "n", false},
    {L::Beginner, "beginner", "", false},
    {L::Intermediate, "intermediate", "", false},
    {L::Advanced, "advanced", "", false},
    {L::Unrated, "unrated", "", false},
    {L::Concept, "concept", "", false},
    {L::Code, "code", "", false},
    {L::Scenario, "scenario", "", false},
    {L::Behavioral, "behavioral", "", false},
    {L::ToQuestion, "to_question", "", false},
    {L::ToAnswer, "to_answer", "", false},
    {L::ReaderSubject, "reader_subject", "", false},
    {L::Answer, "answer", "", false},
    {L::AnswerPart, "answer_part", "n total", false},
    {L::PrintLongEdge, "print_long_edge", "", false},
    {L::PrintShortEdge, "print_short_edge", "", false},
    {L::PrintFold, "print_fold", "", false},
    {L::Sheet, "sheet", "n total", false},
    {L::Flashcards, "flashcards", "", false},
    {L::FlashcardsShort, "flashcards_short", "", false},
    {L::FlashcardsFull, "flashcards_full", "", false},
    {L::Fronts, "fronts", "", false},
    {L::Backs, "backs", "", false},
    {L::MockTest, "mock_test", "", false},
    {L::AnswerKey, "answer_key", "", false},
    {L::Version, "version", "version", false},
    {L::Seed, "seed", "seed", false},
    {L::Points, "points", "n", true},
    {L::PointsShort, "points_short", "n", true},
    {L::TimeLimit, "time_limit", "n", true},
    {L::GradeNote, "grade_note", "", false},
    {L::Name, "name", "", false},
    {L::Date, "date", "", false},
    {L::ExamPage, "exam_page", "n total", false},
    {L::CorrectAnswer, "correct_answer", "letters", false},
    {L::ChooseCount, "choose_count", "n", true},
    {L::ModelAnswer, "model_answer", "", false},
    {L::KeyPoints, "key_points", "", false},
    {L::ReadMore, "read_more", "card question", false},
    {L::Scoring, "scoring", "", false},
    {L::ScoreCategory, "score_category", "", false},
    {L::ScoreQuestions, "score_questions", "", false},
    {L::ScorePoints, "score_points", "", false},
    {L::ScoreScore, "score_score", "", false},
    {L::ScoreTotal, "score_total", "", false},
    {L::MetaVersion, "meta_version", "version", false},
    {L::MetaSeed, "meta_seed", "seed", false},
    {L::Instructions, "instructions", "", false},
    {L::CheatsheetPage, "cheatsheet_page", "n total", false},
    {L::CheatSheet, "cheat_sheet", "", false},
    {L::ShortAnswers, "short_answers", "", false},
}};

constexpr bool specs_in_order() {
    for (std::size_t i = 0; i < kSpecs.size(); ++i)
        if (static_cast<std::size_t>(kSpecs[i].label) != i) return false;
    return true;
}
static_assert(specs_in_order(), "kSpecs lists every Label once, in the enum's order");

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

/// The subtags of a tag, lowercase ("pt-Latn-BR" -> pt, latn, br).
std::vector<std::string> subtags(std::string_view tag) {
    std::vector<std::string> parts{""};
    for (char c : tag) {
        if (c == '-' || c == '_') parts.emplace_back();
        else parts.back() += c;
    }
    for (std::string& p : parts) p = lower(p);
    return parts;
}

/// The forms of a counted label, split at '|'.
std::vector<std::string_view> forms_of(std::string_view text) {
    std::vector<std::string_view> forms;
    std::size_t start = 0;
    for (std::size_t bar = text.find('|'); bar != std::string_view::npos; bar = text.find('|', start)) {
        forms.push_back(text.substr(start, bar - start));
        start = bar + 1;
    }
    forms.push_back(text.substr(start));
    return forms;
}

}  // namespace

const std::array<LabelSpec, kLabelCount>& label_specs() { return kSpecs; }

const LabelSpec& spec(Label label) { return kSpecs[static_cast<std::size_t>(label)]; }

std::vector<std::string> label_keys() {
    std::vector<std::string> keys;
    for (const LabelSpec& s : kSpecs) keys.emplace_back(s.key);
    return keys;
}

std::string label_language(std::string_view tag) {
    std::vector<std::string> parts = subtags(tag);
    const std::string& lang = parts.front();
    if (lang.empty() || lang == "en") return "en";
    if (lang == "pt") return std::find(parts.begin() + 1, parts.end(), "pt") != parts.end() ? "pt-PT" : "pt-BR";
    if (lang == "zh") {
        const bool traditional = std::any_of(parts.begin() + 1, parts.end(), [](const std::string& p) {
            return p == "hant" || p == "tw" || p == "hk" || p == "mo";
        });
        return traditional ? "zh-Hant" : "zh";
    }
    for (const char* known : {"de", "fr", "es", "it", "nl", "pl", "sv", "ru", "ja"})
        if (lang == known) return lang;
    return "";
}

Labels::Labels() {
    for (const LabelSpec& s : kSpecs) texts_[static_cast<std::size_t>(s.label)] = builtin_label("en", s.label);
}

Labels Labels::for_language(std::string_view tag) {
    Labels labels;
    labels.language_ = tag.empty() ? "en" : std::string(tag);
    std::string language = label_language(tag);
    if (language.empty()) {
        labels.language_ = "en";  // English words count with English forms
        return labels;
    }
    for (const LabelSpec& s : kSpecs)
        if (const char* text = builtin_label(language, s.label)) labels.set(s.label, text);
    return labels;
}

std::string Labels::form(Label label, long long n) const {
    std::vector<std::string_view> forms = forms_of((*this)[label]);
    std::size_t i = static_cast<std::size_t>(plural_form(language_, n));
    return std::string(forms[std::min(i, forms.size() - 1)]);  // a single form serves every number
}

std::string Labels::count(Label label, long long n) const {
    return fill(form(label, n), {{"n", std::to_string(n)}});
}

std::string fill(std::string_view text, std::initializer_list<std::pair<std::string_view, std::string_view>> values) {
    std::string out;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t open = text.find('{', i);
        std::size_t close = open == std::string_view::npos ? open : text.find('}', open);
        if (close == std::string_view::npos) break;
        std::string_view name = text.substr(open + 1, close - open - 1);
        auto value = std::find_if(values.begin(), values.end(), [&](const auto& v) { return v.first == name; });
        out.append(text.substr(i, open - i));
        if (value == values.end()) {
            out += '{';  // not ours: kept, and the search goes on after the brace
            i = open + 1;
            continue;
        }
        out.append(value->second);
        i = close + 1;
    }
    out.append(text.substr(std::min(i, text.size())));
    return out;
}

std::vector<std::string> placeholders_in(std::string_view text) {
    std::vector<std::string> names;
    for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
        std::size_t close = text.find('}', open);
        if (close == std::string_view::npos) break;
        std::string_view name = text.substr(open + 1, close - open - 1);
        bool word = !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
            return (c >= 'a' && c <= 'z') || c == '_';
        });
        if (word) names.emplace_back(name);
    }
    return names;
}

}  // namespace deckpress::bank
