// text: one word's break opportunities and the boxes it draws, before scaling to a size (internal).
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "text/glyphs.hpp"

namespace deckpress::text::detail {

/// The penalty of a break between any two characters of a token wider than a line: the last
/// resort, on the Knuth-Plass scale where 10000 forbids a break.
constexpr double kAnywherePenalty = 5000;

/// A break opportunity inside a word, before byte `at` of the word.
struct WordBreak {
    int at;
    double penalty;
    bool flagged;
    bool hyphen;
    bool glue;  ///< between CJK characters: a glue that justified lines stretch, not a penalty
};

/// What a word emits, in word byte offsets and 1/1000 em: a box (one run of one font) or a
/// break opportunity between boxes. Scaling to a size happens when the items are emitted.
struct WordItem {
    double penalty = 0;   ///< break
    long units = 0;       ///< box: advance in 1/1000 em
    int begin = 0;        ///< box: byte range in the word
    int end = 0;
    FontId font = -1;     ///< box
    bool is_break = false;
    bool flagged = false; ///< break
    bool hyphen = false;  ///< break: draws a hyphen
    bool glue = false;    ///< break: an empty glue (between CJK characters) rather than a penalty
};

/// Everything about a word that depends neither on the size nor on the measure, so that fit
/// probes and repeated words reuse it. A view: the word cache (or a collector's scratch) holds
/// what it shows.
struct WordShape {
    std::span<const char32_t> missing;  ///< characters decode reported missing, in order
    std::span<const WordItem> items;    ///< as emitted when no piece needs breaks anywhere
    long widest = -1;                   ///< units of the widest piece of 2+ characters; -1: none
};

/// Break opportunities of the word `glyphs` decode (sorted by position, one per position, the
/// lowest penalty winning): soft hyphens, zero-width spaces, token breaks (URLs, paths, dotted
/// names, compounds), breaks beside Chinese, Japanese and Korean characters (cjk_break.hpp) and,
/// when `hyphenator` is given, Liang's hyphenation points.
void word_breaks(const std::vector<Glyph>& glyphs, std::string_view word, bool code,
                 Hyphenator* hyphenator, std::vector<WordBreak>& breaks);

/// Adds breaks between any two characters of each piece (between the other breaks) that,
/// with a hyphen of `hyphen_width` after it where it ends at a hyphenation point, is wider
/// than `min_width` at `size`, so that no line has to be overfull. Such a break between two
/// letters of a prose word (not `code`, no URL, path, identifier or number) draws a hyphen.
/// `extra` is scratch.
void anywhere_breaks(const std::vector<Glyph>& glyphs, bool code, double size, double hyphen_width,
                     double min_width, std::vector<WordBreak>& breaks, std::vector<WordBreak>& extra);

/// Units of the widest piece between breaks that anywhere_breaks could split (2+ characters);
/// -1 when there is none. A piece at most this wide gets no breaks anywhere.
long widest_piece(const std::vector<Glyph>& glyphs, const std::vector<WordBreak>& breaks);

/// Boxes per run of one font with the breaks between them (appended to `items`).
void word_items(const std::vector<Glyph>& glyphs, const std::vector<WordBreak>& breaks,
                std::vector<WordItem>& items);

/// Missing characters of decoded glyphs, in the order decode reported them.
void missing_of(const std::vector<Glyph>& glyphs, std::vector<char32_t>& missing);

}  // namespace deckpress::text::detail
