// markdown: warning about right-to-left scripts, which are set left to right and unshaped.
#include <fmt/format.h>

#include "core/utf8.hpp"
#include "markdown/internal.hpp"

namespace deckpress::markdown::detail {
namespace {

/// Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left blocks, with the Hebrew and
/// Arabic presentation forms (U+FEFF, the byte-order mark, is not one of them).
bool right_to_left(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) || (cp >= 0xFB1D && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFE) ||
           (cp >= 0x10800 && cp <= 0x10FFF) || (cp >= 0x1E800 && cp <= 0x1EFFF);
}

struct LineColumn {
    int line = 1;
    int column = 1;
};

/// The 1-based line and column (in characters, as next_codepoint decodes) of byte `offset`.
LineColumn line_column(std::string_view text, std::size_t offset) {
    LineColumn at;
    for (std::size_t pos = 0; pos < offset;) {
        const bool newline = text[pos] == '\n';
        next_codepoint(text, pos);
        at.line += newline ? 1 : 0;
        at.column = newline ? 1 : at.column + 1;
    }
    return at;
}

}  // namespace

void warn_right_to_left(std::string_view text, const Context& ctx, Diagnostics& diags) {
    for (std::size_t pos = skip_plain_ascii(text, 0); pos < text.size(); pos = skip_plain_ascii(text, pos)) {
        const std::size_t start = pos;
        const char32_t cp = next_codepoint(text, pos);
        if (!right_to_left(cp)) continue;
        std::string shown;
        append_utf8(shown, cp);
        const LineColumn at = line_column(text, start);
        diags.warning(file_loc(ctx, at.line, at.column),
                      with_subject(ctx, fmt::format("right-to-left text (U+{:04X} '{}') is set left to right "
                                                    "with its letters unjoined: deckpress does not lay out "
                                                    "right-to-left scripts",
                                                    static_cast<std::uint32_t>(cp), shown)));
        return;  // once per text
    }
}

}  // namespace deckpress::markdown::detail
