// bank: internal pieces of load_bank shared by its source files (not a public interface).
#pragma once

#include <map>
#include <optional>
#include <string>

#include "bank/bank.hpp"

namespace deckpress::bank {

/// Question ids seen so far, with where each was defined (ids are unique across files).
using IdRegistry = std::map<std::string, SourceLoc>;

/// Loads one category file; records its question ids in `ids`. Returns nullopt only when
/// the file cannot be parsed at all.
std::optional<Category> load_category(const std::string& path, const std::string& id,
                                      IdRegistry& ids, Diagnostics& diags);

}  // namespace deckpress::bank
