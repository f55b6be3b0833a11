// cli: the columns of file:line:col counted in characters, as editors count them, not in bytes.
#pragma once

#include "core/diagnostics.hpp"

namespace deckpress::cli {

/// `loc` with its column counted in characters of its line (UTF-8 sequences; a tab is one)
/// instead of bytes, reading the file (the last one read is kept for the next call). Unchanged
/// when it names no readable file or line, or the line's bytes before the column are ASCII.
SourceLoc in_characters(const SourceLoc& loc);

/// Drops the file kept by in_characters: a new run (`deckpress watch`) may have changed it.
void forget_read_files();

}  // namespace deckpress::cli
