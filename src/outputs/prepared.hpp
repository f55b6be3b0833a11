// outputs: the bank parsed once into document models, and the filters every output shares.
#pragma once

#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "doc/model.hpp"

namespace deckpress::outputs {

/// One question with its Markdown parsed. `number` is its 1-based position in the bank,
/// the same in every output (card numbers, exam keys and reader pages refer to it).
struct Entry {
    const bank::Question* question = nullptr;
    const bank::Category* category = nullptr;
    int number = 0;
    std::vector<doc::Span> q;
    doc::Blocks answer;
    doc::Blocks short_answer;  ///< empty when the question has no short answer
    std::vector<std::vector<doc::Span>> choices;  ///< the text of each choice, in bank order
};

struct PreparedNote {
    const bank::Note* note = nullptr;
    doc::Blocks body;
};

/// A bank with every Markdown text parsed (diagnostics at file:line:col of the YAML).
struct Prepared {
    const bank::Bank* bank = nullptr;
    std::vector<Entry> entries;  ///< bank order
    std::vector<PreparedNote> notes;
};

/// Parses every Markdown text of `bank`. Its titles (bank, subtitle, categories, notes) are read
/// as inline Markdown first and replaced by their text: "The `asyncio` *module*" is shown as
/// "The asyncio module" in headers, contents and bookmarks, not with its backticks and stars.
Prepared prepare(bank::Bank& bank, Diagnostics& diags);

/// Selection shared by every output (`--category`, `--level`, `--tag`, `--ids`); empty
/// lists select everything. Values are comma-separated on the command line.
struct Filter {
    std::vector<std::string> categories;
    std::vector<std::string> levels;
    std::vector<std::string> tags;
    std::vector<std::string> ids;

    bool empty() const { return categories.empty() && levels.empty() && tags.empty() && ids.empty(); }
};

/// Reports filter values that match nothing in the bank (unknown category, level, id).
void check_filter(const Filter& filter, const bank::Bank& bank, Diagnostics& diags);

/// The entries the filter selects, in bank order.
std::vector<const Entry*> select(const Prepared& prepared, const Filter& filter);

/// The name of a level in the bank's words ("Beginner", "Intermediate", "Advanced" or "Unrated").
std::string level_label(const bank::Labels& labels, bank::Level level);

/// The name of a kind in the bank's words ("concept", "code", "scenario", "behavioral"; ""
/// when unset).
std::string kind_label(const bank::Labels& labels, bank::Kind kind);

}  // namespace deckpress::outputs
