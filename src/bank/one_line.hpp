// bank: titles on one line (a folded title's newline or a tab would show as a missing glyph).
#pragma once

#include <string>
#include <string_view>

namespace deckpress::bank {

/// `text` with every run of spaces, tabs and line breaks made one space, and none at either end.
std::string one_line(std::string_view text);

}  // namespace deckpress::bank
