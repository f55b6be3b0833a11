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

}  // namespace

void warn_right_to_left(std::string_view text, const Context& ctx, Diagnostics& diags) {
    int line = 1;
    int column = 1;
    for (std::size_t pos = 0; pos < text.size();) {
        const auto byte = static_cast<unsigned char>(text[pos]);
        if (byte < 0x80) {  // most text: no decoding
            ++pos;
            line += byte == '\n' ? 1 : 0;
            column = byte == '\n' ? 1 : column + 1;
            continue;
        }
        char32_t cp = next_codepoint(text, pos);
        if (right_to_left(cp)) {
            std::string shown;
            append_utf8(shown, cp);
            diags.warning(file_loc(ctx, line, column),
                          with_subject(ctx, fmt::format("right-to-left text (U+{:04X} '{}') is set left to right "
                                                        "with its letters unjoined: deckpress does not lay out "
                                                        "right-to-left scripts",
                                                        static_cast<std::uint32_t>(cp), shown)));
            return;  // once per text
        }
        ++column;
    }
}

}  // namespace deckpress::markdown::detail
