// bank: the question bank model (bank.yaml + one YAML file per category).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "bank/labels.hpp"
#include "core/diagnostics.hpp"
#include "core/text_map.hpp"

namespace deckpress::bank {

enum class Level { Unset, Beginner, Intermediate, Advanced };
enum class Kind { Unset, Concept, Code, Scenario, Behavioral };

/// One option of a multiple-choice question.
struct Choice {
    std::string text;  ///< inline Markdown
    bool correct = false;
    SourceLoc loc;
    SourceLoc text_loc;  ///< where the text starts (empty when built without a file)
    TextMap text_map;    ///< where each piece of the text came from
};

struct Question {
    std::string id;        ///< stable slug, unique across the bank
    std::string q;         ///< the question, inline Markdown
    std::string a;         ///< the full answer, CommonMark
    std::string short_a;   ///< the short answer for cards and cheat sheets (may be empty)
    Level level = Level::Unset;
    Kind kind = Kind::Unset;
    std::vector<std::string> tags;
    std::vector<SourceLoc> tag_locs;  ///< where each tag's text starts (empty when built without a file)
    std::vector<Choice> choices;  ///< empty unless multiple-choice
    bool keep_last = false;       ///< keep the last choice last when shuffling ("all of the above")
    std::string category;         ///< id of the category it belongs to
    SourceLoc loc;                ///< where the question starts
    SourceLoc q_loc;              ///< where the question text starts (for Markdown diagnostics)
    SourceLoc a_loc;              ///< where the answer text starts (for Markdown diagnostics)
    SourceLoc short_loc;
    /// Where each piece of q, a and short came from in the file (core/text_map.hpp).
    TextMap q_map, a_map, short_map;

    /// Where the question text starts, else where the question does (built without a file).
    const SourceLoc& text_loc() const { return q_loc.file.empty() ? loc : q_loc; }
};

struct Category {
    std::string id;     ///< file stem, e.g. "python"
    std::string title;  ///< e.g. "Python Fundamentals & Advanced Concepts"
    std::string file;   ///< path of the category file
    std::vector<Question> questions;
    SourceLoc title_loc;
};

/// Study material that is not a question (what interviewers expect, closing tips).
struct Note {
    std::string title;
    std::string body;  ///< CommonMark
    SourceLoc loc;     ///< where the body starts
    SourceLoc title_loc;
    TextMap body_map;  ///< where each piece of the body came from
};

/// Where the bank's own texts start in bank.yaml (for diagnostics about them, e.g. missing glyphs).
struct BankTextLocs {
    SourceLoc title, subtitle, author, source;
    SourceLoc language;  ///< the value of `language:` (for warnings about its hyphenation)
};

struct Bank {
    std::string dir;  ///< folder the bank was loaded from (images are relative to it)
    std::string name; ///< folder name, e.g. "python-fastapi-interview"
    std::string title;
    std::string subtitle;
    std::string author;
    std::string source;  ///< where the material comes from (free text)
    /// The language of its texts, a tag such as "de" or "pt-BR"; empty: English. Words are
    /// hyphenated with that language's patterns (outputs::layouts_for_bank).
    std::string language;
    /// The words the outputs print around the bank's texts ("Contents", "Answer", ...): the
    /// built-in ones of `language` (English when there are none), with bank.yaml's `labels:` over them.
    Labels labels;
    BankTextLocs locs;
    std::vector<Category> categories;  ///< in the order bank.yaml gives
    std::vector<Note> notes;

    int question_count() const;
    /// Whether the texts are English: no language given, or a tag of "en".
    bool is_english() const;
    /// The language as a BCP 47 tag, as PDF's /Lang wants it: "en" when none is given, '_' as '-'.
    std::string language_tag() const;
    /// Every question in bank order (categories in order, questions in file order).
    std::vector<const Question*> all_questions() const;
    const Category* find_category(const std::string& id) const;
};

const char* to_string(Level level);
const char* to_string(Kind kind);
/// A level or kind by its name, in any case ("beginner", "Beginner", "BEGINNER").
std::optional<Level> parse_level(const std::string& text);
std::optional<Kind> parse_kind(const std::string& text);

/// The level a synonym, misspelling or shortening stands for ("easy", "beginer", "Adv"), for
/// a did-you-mean; nothing when no level is close.
std::optional<Level> level_meant(const std::string& text);

/// The kind a misspelling or shortening stands for ("Concpet", "behavior"), or nothing.
std::optional<Kind> kind_meant(const std::string& text);

/// True for ids made of a-z, 0-9, '-' and '_', not starting or ending with '-' and without
/// "--" (question ids and category file stems).
bool is_slug(const std::string& text);

/// The name of the bank folder `dir` ("content/my-bank/" -> "my-bank"): Bank::name, and the
/// folder its outputs go to when several banks are rendered.
std::string folder_name(const std::string& dir);

/// Loads and validates the bank in `dir`. Every problem goes to `diags`; the returned bank is
/// meaningful only when `diags.has_errors()` is false. Every error is reported in one run
/// (unknown keys with did-you-mean, duplicate keys and ids, empty or mistyped values,
/// listed categories without a file and files not listed); missing `short`, `level` and
/// `kind` are warnings.
Bank load_bank(const std::string& dir, Diagnostics& diags);

/// Same checks as load_bank for a bank held in memory (fuzzing, tests): `texts` maps file
/// names ("bank.yaml", "<category>.yaml") to their contents; `dir` only names the files in
/// diagnostics and is the folder images are relative to. Nothing is read from disk.
Bank load_bank_texts(const std::map<std::string, std::string>& texts, const std::string& dir,
                     Diagnostics& diags);

}  // namespace deckpress::bank
