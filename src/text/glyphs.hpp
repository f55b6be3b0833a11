// text: internal helpers shared by the setters: UTF-8, per-character fonts, building lines.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/paragraph.hpp"

namespace deckpress::text::detail {

/// Warns once per (code point, subject) that `cp` has no glyph and was not drawn.
void report_missing(const Typesetter& ts, const TextSource& source, char32_t cp);

/// Format characters that are never drawn and never reported: soft hyphen, zero-width
/// space/joiners (ZWJ glues emoji sequences no font here composes: their parts are drawn side
/// by side), direction marks, word joiner, byte order mark, variation selectors (U+FE0F asks
/// for the emoji look, U+FE0E for the text look; the fonts have one look) and tag characters
/// (subdivision flags: the black flag is drawn).
inline bool invisible(char32_t cp) {
    return cp < 0xAD ? false : cp == 0xAD || (cp >= 0x200B && cp <= 0x200F) || cp == 0x2060 || cp == 0xFEFF ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0000 && cp <= 0xE007F) || (cp >= 0xE0100 && cp <= 0xE01EF);
}

/// The skin tone modifiers (U+1F3FB..1F3FF): after the emoji they modify, a font that cannot
/// colour the emoji draws the base alone rather than a swatch beside it.
inline bool emoji_modifier(char32_t cp) { return cp >= 0x1F3FB && cp <= 0x1F3FF; }

/// One character of a text with the font that draws it.
struct Glyph {
    int begin = 0;  ///< byte offsets in the text
    int end = 0;
    char32_t cp = 0;
    FontId font = -1;  ///< -1: no font has it (already reported), or silent
    int units = 0;     ///< advance in 1/1000 em of `font`
    bool silent = false;  ///< never drawn, never reported: invisible, or a modifier on its emoji
};

/// Decodes `text` into `out` (cleared first), resolving each character through the look's
/// family; missing characters are reported when `source` is given. Invisible characters, skin
/// tone modifiers after another character and missing ones get font -1.
void decode(const Typesetter& ts, const Look& look, std::string_view text,
            const TextSource* source, std::vector<Glyph>& out);

/// Points from 1/1000 em; sums stay integer until here, as in libharu.
inline double to_points(long units, double size) { return static_cast<double>(units) * size / 1000; }

/// Ascent and descent in points of the primary face of a look.
std::pair<double, double> look_extent(const Typesetter& ts, const Look& look);

/// Collects positioned runs into a Line, merging adjacent text with identical attributes.
class LineBuilder {
public:
    LineBuilder(const FontLibrary& lib, double x) : lib_(lib), x_(x) {}
    /// Draws `text` in `font` at the current position, then advances by `width`.
    void add(FontId font, const Look& look, const std::string& link, std::string_view text,
             double width);
    /// True when text in these attributes would extend the last run.
    bool continues(FontId font, const Look& look, const std::string& link) const;
    /// Appends `text` to the last run, then advances by `width`; the caller checked that text
    /// in its attributes continues() the line.
    void extend(std::string_view text, double width);
    /// About how many bytes of text the rest of the line draws: a new run reserves room for
    /// them once instead of growing while the line's words are appended.
    void expect_text(std::size_t bytes) { expected_ = bytes; }
    void skip(double dx) { x_ += dx; }
    double x() const { return x_; }
    bool empty() const { return line_.runs.empty(); }
    /// The line; `extent` (ascent, descent) is used when it has no runs.
    Line finish(std::pair<double, double> extent);

private:
    void start_run(FontId font, const Look& look, const std::string& link, std::string_view text,
                   double width);
    /// Moves past `bytes` of drawn text `width` wide.
    void advance(std::size_t bytes, double width);

    const FontLibrary& lib_;
    double x_;
    std::size_t expected_ = 0;
    Line line_;
};

}  // namespace deckpress::text::detail
