// outputs: `check`'s look at characters no font can draw in question lines, full answers and choices.
#pragma once

#include <vector>

#include "layout/engine.hpp"
#include "layout/style.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::outputs {

/// Warns, as the reader (the exam, for choices) does, about each character of a question line,
/// full answer, choice or note that no font of the chains of `layouts` has: once per character
/// and question (or note), under the reader's subject ("question <id>: character U+...";
/// "choices of <id>" for choices), at its first exact place. A place and character `diags`
/// already holds a warning for is not warned about again. Tests each character against the
/// chains without setting the text, so it is cheap.
void check_glyphs(const Prepared& prepared, const std::vector<layout::LayoutFile>& layouts,
                  layout::Engine& engine, Diagnostics& diags);

/// Adds the diagnostics of `from` to `to` (whose --strict applies), but for missing-glyph
/// warnings about a place and character `to` already has one for (under another subject).
void add_unrepeated(const Diagnostics& from, Diagnostics& to);

}  // namespace deckpress::outputs
