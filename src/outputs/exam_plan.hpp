// outputs: the exam blueprint (layout `exam:` section) and the seeded plan of an exam's versions.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "layout/style.hpp"
#include "outputs/prepared.hpp"
#include "outputs/random.hpp"

namespace deckpress::outputs {

/// A share of the exam: a percentage of the count ("30%") or a number of questions ("3").
struct Quota {
    Quota() = default;
    Quota(double value, bool percent, SourceLoc loc = {}) : value(value), percent(percent), loc(std::move(loc)) {}
    double value = 0;
    bool percent = false;
    SourceLoc loc;  ///< where the layout sets it (empty for a computed quota)
};

/// What an exam must contain. Levels and categories without a quota are unconstrained.
struct Blueprint {
    int count = 10;
    std::array<std::optional<Quota>, 4> levels;  ///< indexed by bank::Level (0 = unrated)
    std::vector<std::pair<std::string, Quota>> categories;  ///< exact quotas, layout order
    int min_per_category = 0;  ///< every category of the selection gets at least this many
                               ///< (a category with fewer gives all it has)
    /// The count was asked for on the command line (--count): kept even when the selection is
    /// smaller (an error then). The layout's count shrinks to the selection instead.
    bool count_firm = false;
    SourceLoc count_loc;       ///< where the layout sets the count (or its `exam:` section)
    SourceLoc levels_loc;      ///< where it sets the level quotas
    SourceLoc categories_loc;  ///< where it sets the category quotas and minimum

    /// Whether any level has a quota (else the selection is one stratum).
    bool has_level_quotas() const {
        for (const auto& q : levels)
            if (q) return true;
        return false;
    }
};

/// The `exam:` section of a layout file.
struct ExamOptions {
    Blueprint blueprint;
    int minutes = 45;
    std::array<int, 4> level_points{1, 1, 2, 3};  ///< by bank::Level
    std::array<int, 5> kind_extra_points{};        ///< added, by bank::Kind
    std::array<int, 5> kind_lines{5, 5, 9, 10, 6}; ///< answer lines, by bank::Kind (0 = unset)
    int choice_lines = 0;          ///< answer lines under a multiple-choice question
    double words_per_line = 12;    ///< a longer short answer gets ceil(words / this) lines
    int max_lines = 16;
    double line_spacing = 22;      ///< points between ruled answer lines
    int history_size = 3;          ///< --fresh avoids questions of this many recent exams
    bool different_questions = false;
    SourceLoc different_questions_loc;  ///< where the layout sets it
    int max_key_points = 6;
    /// The test's instructions when the layout gives them (empty: none); else the bank's words.
    std::optional<std::string> instructions;
};

/// Reads the `exam:` section (unknown keys and bad values go to `diags`).
ExamOptions exam_options(const layout::LayoutFile& layout, Diagnostics& diags);

/// A blueprint that cannot be met by the selection; the message says what is available.
struct BlueprintError {
    std::string message;
    SourceLoc loc;  ///< the part of the layout's blueprint that cannot be met
};

/// A change fit_blueprint made to a blueprint, for a warning at `loc`.
struct BlueprintNote {
    SourceLoc loc;
    std::string message;
};

/// The blueprint made to fit a selection too small for it, each change noted: the layout's
/// count (not a firm one) shrinks to the selection, whose every question the exam then holds;
/// a level with fewer questions than its quota passes the shortfall on to the nearest levels
/// that have questions to spare (unrated questions last). What still cannot be met is left
/// for select_questions to report.
Blueprint fit_blueprint(const Blueprint& blueprint, const std::vector<const Entry*>& pool,
                        std::vector<BlueprintNote>& notes);

/// A level as blueprints name it ("unrated", "beginner", ...), by bank::Level.
const char* blueprint_level_name(std::size_t level);

/// "1 question", "3 questions".
std::string question_count(int n);

/// "1 beginner question", "3 advanced questions".
std::string level_question_count(int n, std::size_t level);

/// Questions of `pool` per level, by bank::Level.
std::array<int, 4> questions_per_level(const std::vector<const Entry*>& pool);

/// Question counts per level: largest-remainder (Hamilton) rounding of the percentages so
/// they add up to `count` exactly (ties go to the earlier level). Throws BlueprintError when
/// percentages do not add up to 100 or counts not to `count`.
std::array<int, 4> level_targets(const Blueprint& blueprint);

/// Draws `blueprint.count` questions from `pool` (see exam_select.cpp for the algorithm).
/// Questions whose id is in `avoid` are taken only when the blueprint needs them.
/// Throws BlueprintError when the pool cannot meet the blueprint. Result in pool order.
std::vector<const Entry*> select_questions(const std::vector<const Entry*>& pool, const Blueprint& blueprint,
                                           SplitMix64& rng, const std::set<std::string>& avoid = {});

/// One question as a version shows it.
struct ExamQuestion {
    const Entry* entry = nullptr;
    std::vector<int> choice_order;  ///< indices into Question::choices, display order
    int points = 0;
    int lines = 0;  ///< ruled answer lines in the test
};

struct ExamVersion {
    std::string label;  ///< "A", "B", ... ("" for a single version)
    std::vector<ExamQuestion> questions;  ///< display order, numbered from 1
    int total_points() const;
};

struct ExamPlan {
    std::uint64_t seed = 0;
    int minutes = 0;
    std::vector<ExamVersion> versions;
    std::vector<BlueprintNote> notes;  ///< how the blueprint was fitted to the selection
};

/// Plans `versions` versions of an exam from `pool` with `seed`: the same inputs give the same
/// plan on any machine. Versions share their questions (in different orders, choices shuffled
/// per version) unless options.different_questions, when each draws its own set, avoiding the
/// earlier versions' questions when the pool allows. `recent` holds ids to avoid (--fresh).
ExamPlan plan_exam(const std::vector<const Entry*>& pool, const ExamOptions& options, std::uint64_t seed,
                   int versions, const std::set<std::string>& recent = {});

/// Choice letters: 0 -> "A".
std::string choice_letter(int index);

}  // namespace deckpress::outputs
