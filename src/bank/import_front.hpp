// bank: YAML front matter of an imported document (its title, subtitle and author).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bank/import.hpp"

namespace deckpress::bank::importer {

/// What a document's front matter says about the bank (its one-line values).
struct FrontMatter {
    std::optional<std::string> title;
    std::string subtitle;  ///< `subtitle:`, else `description:`
    std::string author;
};

/// Blanks a YAML front matter block (`---` on the first line up to `---` or `...`) or a TOML one
/// (Hugo's `+++` up to `+++`, with `title = "..."` entries), keeping the
/// line numbers, and says so in `summary`; returns its title, subtitle and author, if any.
FrontMatter take_front_matter(std::vector<std::string>& lines, ImportSummary& summary);

}  // namespace deckpress::bank::importer
