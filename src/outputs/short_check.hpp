// outputs: `check`'s look at short answers: do they fit one card at a readable size?
#pragma once

#include "layout/engine.hpp"
#include "layout/style.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::outputs {

/// Lays every question onto cards of `layout`, reporting what the cards would (a question that
/// does not fit a card front, with or without a short answer), and warns, at the short answer,
/// about each short answer that needs more than one card even at the layout's smallest size.
/// Returns how many short answers were too long.
int check_short_answers(const Prepared& prepared, const layout::LayoutFile& layout,
                        layout::Engine& engine, Diagnostics& diags);

}  // namespace deckpress::outputs
