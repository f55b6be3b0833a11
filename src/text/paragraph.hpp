// text: sets styled spans into lines (fallback fonts, hyphenation, breaks inside long tokens).
#pragma once

#include <array>
#include <functional>
#include <string>
#include <vector>

#include "core/color.hpp"
#include "core/diagnostics.hpp"
#include "core/source_text.hpp"
#include "doc/model.hpp"
#include "text/fonts.hpp"
#include "text/hyphenate.hpp"
#include "text/justify_language.hpp"

namespace deckpress::text {

/// How a span looks: chosen by the layout from the span's style, token and the theme.
struct Look {
    const Family* family = nullptr;
    int face_style = Regular;  ///< FaceStyle
    double size = 10;          ///< points
    Color color;
    bool strike = false;  ///< struck through (a line across the text)
    double rise = 0;  ///< points the baseline is raised (superscripts)
};

using Styler = std::function<Look(const doc::Span&)>;

/// A run of text in one font, positioned on its line (x from the line's left edge).
struct Run {
    FontId font = -1;
    double size = 0;
    Color color;
    double x = 0;
    double width = 0;
    std::string text;  ///< UTF-8, only characters the font has
    std::string link;
    bool strike = false;
    double rise = 0;  ///< points above the line's baseline
};

struct Line {
    std::vector<Run> runs;
    double width = 0;    ///< where the set line ends: x + width of its last run (0 when empty)
    double ascent = 0;   ///< max over runs, points
    double descent = 0;  ///< max over runs, points, positive
    bool hyphenated = false;
};

/// Where text comes from, for diagnostics about missing glyphs.
struct TextSource {
    Diagnostics* diags = nullptr;
    SourceLoc loc;
    std::string subject;  ///< e.g. "question fastapi-depends"
    /// The bank texts being set, in the order they are set (unused ones empty): a missing
    /// character is reported at its first exact place in them, else at `loc`.
    std::array<SourceText, 2> texts{};
};

struct ParagraphParams {
    double width = 0;         ///< measure in points
    double first_indent = 0;  ///< extra indent of the first line (its runs start at this x)
    bool justify = false;
    bool hyphenate = true;
};

/// The shared state of text setting: fonts and hyphenation dictionary. Missing glyphs are
/// recorded in the FontLibrary, so each (code point, subject) is warned about once per run.
struct Typesetter {
    FontLibrary* fonts = nullptr;
    Hyphenator* hyphenator = nullptr;  ///< nullptr: no hyphenation
    /// The loosest justified line (an adjustment ratio, text/justify_language.hpp): a line
    /// that needs more is set ragged instead of with gaping spaces.
    double max_stretch = kMaxStretch;
};

/// Sets a paragraph with Knuth-Plass breaking (no lines for an empty paragraph). Long tokens (URLs, dotted.names, snake_case,
/// paths) get extra break opportunities so no line is wider than `params.width`, however
/// narrow. A character no font in the chain has is reported once per subject as a warning
/// naming U+XXXX and drawn by nothing (never an empty box).
std::vector<Line> set_paragraph(const Typesetter& ts, const std::vector<doc::Span>& spans,
                                const Styler& styler, const ParagraphParams& params,
                                const TextSource& source);

/// Sets one line of code into one or more lines no wider than `width`: breaks preferably after
/// spaces and punctuation, otherwise anywhere; continuation lines are indented by
/// `hang_indent` and start with `continuation_mark` (e.g. "↪ ") in the styler's look for a
/// Punct token. Whitespace is preserved.
std::vector<Line> set_code_line(const Typesetter& ts, const std::vector<doc::Span>& spans,
                                const Styler& styler, double width, double hang_indent,
                                const std::string& continuation_mark, const TextSource& source);

/// Natural width of `text` in `look` with fallback fonts (for labels, headers, page numbers).
double measure(const Typesetter& ts, const std::string& text, const Look& look);

/// True when a font of the look's chain has every character of `text` (invisible format
/// characters aside): setting it reports no missing glyph, whatever its subject.
bool covers(const Typesetter& ts, const std::string& text, const Look& look);

/// Sets a single unbreakable line (labels, headers); never wider than its natural width.
Line set_line(const Typesetter& ts, const std::string& text, const Look& look,
              const TextSource& source);

}  // namespace deckpress::text
