// bank: which bytes of a YAML scalar's value were copied from which file positions.
#pragma once

#include <cstddef>
#include <string_view>

#include "core/text_map.hpp"

namespace deckpress::yaml {

/// The pieces of `value`, the scalar whose source starts at byte `pos` of `text` (its `|`/`>`
/// indicator, its quote or its first character), on 0-based line `line` at 0-based byte column
/// `column`. Piece file lines are the 1-based lines of `text` (callers map them when `text` is a
/// reduced text). Every piece is checked byte for byte against `text`, and the walk stops at
/// the first part of the value it cannot account for, so the map may cover a prefix of the
/// value only, or none of it (anchored or tagged scalars, explicit indentation indicators,
/// unusual escapes).
TextMap map_scalar(std::string_view text, std::size_t pos, int line, int column, std::string_view value);

}  // namespace deckpress::yaml
