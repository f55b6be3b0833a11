// core: mapping a position inside a text back to its file through the text's pieces.
#include "core/text_map.hpp"

#include <algorithm>

namespace deckpress {

SourceLoc locate(const TextMap& map, const SourceLoc& start, int line, int column) {
    // The last piece starting at or before (line, column).
    const auto before = [](const TextPiece& at, const TextPiece& p) {
        return at.line < p.line || (at.line == p.line && at.column < p.column);
    };
    auto it = std::upper_bound(map.begin(), map.end(), TextPiece{line, column, 0, 0, 0}, before);
    if (it == map.begin()) return start;
    --it;
    if (it->line != line || column >= it->column + it->length) return start;
    return {start.file, it->file_line, it->file_column + (column - it->column)};
}

}  // namespace deckpress
