// text: spans -> Knuth-Plass boxes, glue and penalties, with what each item draws (internal).
#pragma once

#include <vector>

#include "text/glyphs.hpp"
#include "text/linebreak.hpp"
#include "text/paragraph.hpp"

namespace deckpress::text::detail {

/// What an item draws; parallel to Paragraph::items.
struct ItemInfo {
    int span = -1;        ///< index into the spans and looks
    int begin = 0;        ///< Box: byte range of the span's text it draws
    int end = 0;
    FontId font = -1;     ///< Box: its font; Glue: the space's font; Penalty: the hyphen's font
    bool hyphen = false;  ///< Penalty: a "-" is drawn when the line breaks here
};

struct Paragraph {
    std::vector<BreakItem> items;  ///< ends with glue(0, inf) + penalty(-inf) unless empty
    std::vector<ItemInfo> info;
    std::vector<Look> looks;  ///< per span
};

/// Whether `c` separates words (it is set as interword glue, never drawn as a character).
inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/// Splits spans into words and spaces: boxes per font run, interword glue from the primary
/// face's space, hyphenation and token break opportunities, forced breaks for hard breaks.
Paragraph collect(const Typesetter& ts, const std::vector<doc::Span>& spans,
                  const Styler& styler, const ParagraphParams& params, const TextSource& source);

}  // namespace deckpress::text::detail
