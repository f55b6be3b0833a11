// text: reporting the characters a text's fonts lack, without setting it (for `check`).
#include "text/coverage.hpp"

#include "text/collect.hpp"
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
        const Look look = styler(span);
        // Word by word, as a paragraph is set: a tab between words is a space there, not a
        // character a font lacks.
        const std::string_view text = span.text;
        for (std::size_t i = 0; i < text.size();) {
            std::size_t end = i;
            while (end < text.size() && !detail::is_space(text[end])) ++end;
            if (end > i) detail::decode(ts, look, text.substr(i, end - i), &source, glyphs);  // reports what it misses
            i = end + 1;
        }
    }
}

}  // namespace deckpress::text
