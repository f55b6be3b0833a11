// outputs: `check`'s look at short answers: do they fit one card at a readable size?
#pragma once

#include "layout/engine.hpp"
#include "layout/style.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::outputs {

/// Lays every question that has a short answer onto cards of `layout` and warns, at the short
/// answer, about each one that needs more than one card even at the layout's smallest size.
/// Returns how many were too long.
int check_short_answers(const Prepared& prepared, const layout::LayoutFile& layout,
                        layout::Engine& engine, Diagnostics& diags);

}  // namespace deckpress::outputs
