// bank: internal pieces of load_bank shared by its source files (not a public interface).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "bank/bank.hpp"

namespace deckpress::yaml {
struct Node;
}

namespace deckpress::bank {

/// Question ids seen so far, with where each was defined (ids are unique across files).
using IdRegistry = std::map<std::string, SourceLoc>;

/// Validates one category file already parsed into `root` (`path` names it in messages);
/// records its question ids in `ids`.
Category load_category_tree(const yaml::Node& root, const std::string& path, const std::string& id,
                            IdRegistry& ids, Diagnostics& diags);

}  // namespace deckpress::bank
