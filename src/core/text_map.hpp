// core: where the pieces of a text taken from a file (a YAML scalar) lie in that file.
#pragma once

#include <vector>

#include "core/diagnostics.hpp"

namespace deckpress {

/// Bytes of one line of a text that were copied unchanged from one line of its file.
struct TextPiece {
    int line = 0;         ///< 1-based line of the text
    int column = 0;       ///< 1-based byte column in that line where the piece starts
    int length = 0;       ///< bytes in the piece (at least 1)
    int file_line = 0;    ///< 1-based file line of the piece's first byte
    int file_column = 0;  ///< 1-based file byte column of the piece's first byte
};

/// The pieces of a text, sorted by line and column, not overlapping. Bytes of the text in no
/// piece (folded line breaks, escapes, chomped newlines, what could not be matched) have no
/// exact file position.
using TextMap = std::vector<TextPiece>;

/// The file position of byte `column` of `line` of a text: exact when a piece of `map` holds
/// that byte, otherwise `start` (where the text starts). Never a position past a piece, so
/// never past the end of a file line.
SourceLoc locate(const TextMap& map, const SourceLoc& start, int line, int column);

}  // namespace deckpress
