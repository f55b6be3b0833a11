// bank: the words deckpress itself prints on pages (furniture labels), in the bank's language.
#pragma once

#include <array>
#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace deckpress::bank {

/// Every piece of text the outputs print that is not the bank's own: headings, page labels,
/// card labels, exam headings, level and kind names. The order is that of label_specs().
enum class Label : std::size_t {
    // reader
    Contents, Notes, Questions, Categories, CoverCounts, QuestionNumber, Beginner, Intermediate, Advanced,
    Unrated, Concept, Code, Scenario, Behavioral, ToQuestion, ToAnswer, ReaderSubject,
    // cards
    Answer, AnswerPart, PrintLongEdge, PrintShortEdge, PrintFold, Sheet, Flashcards, FlashcardsShort,
    FlashcardsFull, Fronts, Backs,
    // exam
    MockTest, AnswerKey, Version, Seed, Points, PointsShort, TimeLimit, GradeNote, Name, Date, ExamPage,
    CorrectAnswer, ChooseCount, ModelAnswer, KeyPoints, ReadMore, Scoring, ScoreCategory, ScoreQuestions, ScorePoints,
    ScoreScore, ScoreTotal, MetaVersion, MetaSeed, Instructions,
    // cheat sheet
    CheatsheetPage, CheatSheet, ShortAnswers,
    Count
};
inline constexpr std::size_t kLabelCount = static_cast<std::size_t>(Label::Count);

/// What a label is: its key under bank.yaml's `labels:`, the placeholders its text may hold
/// ("n total": `{n}` and `{total}`), and whether it is counted: a counted label lists one
/// form per plural form of the language, separated by '|' ("{n} question|{n} questions").
struct LabelSpec {
    Label label;
    const char* key;
    const char* placeholders;
    bool counted;
};

/// Every label, in the order of Label.
const std::array<LabelSpec, kLabelCount>& label_specs();
const LabelSpec& spec(Label label);
/// The keys of label_specs(), for checking `labels:` in bank.yaml.
std::vector<std::string> label_keys();

/// The built-in translation a language tag selects: "de", "fr", "es", "it", "pt-BR" ("pt" and
/// any region but Portugal's), "pt-PT", "nl", "pl", "sv", "ru", "ja", "zh" (Simplified), "zh-Hant"
/// ("zh-Hant", "zh-TW", "zh-HK", "zh-MO") or "en"; "" when there is none.
std::string label_language(std::string_view tag);

/// The built-in text of `label` in `language` (a label_language() result), nullptr when that
/// language has none.
const char* builtin_label(std::string_view language, Label label);

/// The labels of one bank: its language's built-in words (English when deckpress has none for
/// it), with the bank's own `labels:` over them.
class Labels {
public:
    /// English.
    Labels();
    /// The built-in words for the language tag `tag`; English for a language without them.
    static Labels for_language(std::string_view tag);

    const std::string& operator[](Label label) const { return texts_[static_cast<std::size_t>(label)]; }
    /// The form of a counted label for `n` (placeholders left in).
    std::string form(Label label, long long n) const;
    /// The form of a counted label for `n`, with `{n}` filled in: count(Questions, 3) = "3 questions".
    std::string count(Label label, long long n) const;
    /// The language tag whose plural rules choose forms.
    const std::string& language() const { return language_; }
    void set(Label label, std::string text) { texts_[static_cast<std::size_t>(label)] = std::move(text); }

private:
    std::string language_ = "en";
    std::array<std::string, kLabelCount> texts_;
};

/// `text` with every `{name}` of `values` replaced by its value; other braces stay as they are.
std::string fill(std::string_view text, std::initializer_list<std::pair<std::string_view, std::string_view>> values);

/// The `{name}` placeholders of `text`, in order (the names only).
std::vector<std::string> placeholders_in(std::string_view text);

}  // namespace deckpress::bank
