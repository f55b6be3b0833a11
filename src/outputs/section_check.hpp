// outputs: checking a layout file's output section as its render will read it.
#pragma once

#include "core/diagnostics.hpp"
#include "layout/style.hpp"

namespace deckpress::outputs {

/// Reads the section of `layout` for its kind (`reader:`, `cards:`, `exam:`, `cheatsheet:`) as
/// the render does, for its errors only: with the layout file's other errors, before any bank is
/// read (they came one round later, and once per bank).
void check_section(const layout::LayoutFile& layout, Diagnostics& diags);

}  // namespace deckpress::outputs
