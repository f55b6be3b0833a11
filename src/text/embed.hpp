// text: a font subset plus the metrics a PDF font dictionary needs, made with hb-subset.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

namespace deckpress::text {

/// A drawn character: its code point, its glyph in the subset and its advance in 1/1000 em
/// (truncated exactly as Face::width, so what layout measured is what the PDF says).
struct SubsetGlyph {
    char32_t codepoint = 0;
    std::uint16_t glyph = 0;
    int width = 0;
    /// Its CID in the PDF: the code point in the BMP; beyond it, 0 until the PDF writer
    /// numbers it (see render/pdf/astral_cids.hpp).
    unsigned cid = 0;
};

/// Everything needed to embed one subset TrueType font as a CIDFontType2 (CID = BMP code point,
/// or a number given by the PDF writer beyond it).
/// Lengths are in 1/1000 em, as PDF font dictionaries use.
struct FontProgram {
    std::string postscript_name;     ///< e.g. "NotoSans-Regular" (PDF name characters only)
    std::string truetype;            ///< the subset font file (FontFile2)
    std::vector<SubsetGlyph> glyphs; ///< by code point; only code points the face has
    int ascent = 0;
    int descent = 0;                 ///< negative below the baseline
    int cap_height = 0;
    int bbox[4] = {0, 0, 0, 0};      ///< xMin yMin xMax yMax
    double italic_angle = 0;
    bool fixed_pitch = false;
};

/// Subsets the face at `path` to `codepoints` (no hinting, no OpenType layout tables, glyphs
/// renumbered) and reads its metrics. Throws std::runtime_error naming the file on failure.
FontProgram subset_for_pdf(const std::string& path, const std::set<char32_t>& codepoints);

/// A six-letter subset tag ("ABCDEF") derived from the font name and its glyphs: the same
/// subset always gets the same tag, so PDFs stay byte-identical.
std::string subset_tag(const FontProgram& program);

}  // namespace deckpress::text
