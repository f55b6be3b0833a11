// layout: warning about theme colours that make text hard to read on what it is drawn on.
#pragma once

#include <string>

#include "core/diagnostics.hpp"
#include "layout/style.hpp"

namespace deckpress::layout {

/// The WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrast_ratio(const Color& a, const Color& b);

/// Warns, at the colour the layout's `theme:` section (`node`) sets, about each pair of a text
/// colour and the colour it is drawn on with a contrast below 3:1 (such as light text left on
/// the default light panels of a dark cheat sheet). `kind` is the layout's kind.
void check_theme_contrast(const yaml::Node& node, const Theme& theme, const std::string& kind, Diagnostics& diags);

}  // namespace deckpress::layout
