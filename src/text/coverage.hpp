// text: the characters no font of a text's chain has, found without setting the text.
#pragma once

#include <vector>

#include "text/paragraph.hpp"

namespace deckpress::text {

/// Reports each character of `spans` that no font of its look's chain has, as set_paragraph
/// would (once per character and subject, at its exact place when the source knows it), but
/// without breaking lines: a coverage test of each character against the chain.
void report_uncovered(const Typesetter& ts, const std::vector<doc::Span>& spans, const Styler& styler,
                      const TextSource& source);

}  // namespace deckpress::text
