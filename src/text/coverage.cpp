// text: reporting the characters a text's fonts lack, without setting it (for `check`).
#include "text/coverage.hpp"

#include "text/compose.hpp"
#include "text/glyphs.hpp"

namespace deckpress::text {

void report_uncovered(const Typesetter& ts, const std::vector<doc::Span>& given, const Styler& styler,
                      const TextSource& source) {
    std::vector<doc::Span> storage;
    const std::vector<doc::Span>& spans = detail::composed(given, storage);
    std::vector<detail::Glyph> glyphs;
    for (const doc::Span& span : spans) {
        if (span.hard_break || span.text.empty()) continue;
        detail::decode(ts, styler(span), span.text, &source, glyphs);  // reports what it misses
    }
}

}  // namespace deckpress::text
