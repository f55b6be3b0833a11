// render/pdf: CIDs for the characters beyond the BMP that a document draws in one font.
#pragma once

#include <map>
#include <vector>

#include "text/fonts.hpp"

namespace deckpress::render::pdf {

/// The CIDs of the fonts we embed (Identity-H: two bytes a character). A BMP code point is its
/// own CID. Code points beyond the BMP (emoji, mathematical letters) have no two-byte form, so a
/// document numbers those it draws in one font, in code point order, with the CIDs no BMP code
/// point of that font and document takes: from U+D800 on (surrogate code points are never text:
/// UTF-8 decoding gives U+FFFD for them, and no face is asked for them), then on past U+DFFF
/// and from 1 up, skipping the code points the font draws.
class AstralCids {
public:
    static constexpr unsigned kFirst = 0xD800;

    AstralCids() = default;
    /// Numbers the code points beyond the BMP of `sorted` (ascending, as a CodepointSet gives)
    /// around its BMP code points.
    explicit AstralCids(const std::vector<char32_t>& sorted);
    bool empty() const { return codepoints_.empty(); }
    /// The CID of `cp`: itself in the BMP, else its number (0, nothing, when not numbered).
    unsigned cid(char32_t cp) const;

private:
    std::vector<char32_t> codepoints_;  ///< ascending
    std::vector<unsigned> cids_;        ///< the CID of each
};

/// The numbering of each font that draws characters beyond the BMP (most fonts have none).
using AstralCidsByFont = std::map<text::FontId, AstralCids>;

}  // namespace deckpress::render::pdf
