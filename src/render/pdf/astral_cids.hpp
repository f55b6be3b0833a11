// render/pdf: CIDs for the characters beyond the BMP that a document draws in one font.
#pragma once

#include <map>
#include <vector>

#include "text/fonts.hpp"

namespace deckpress::render::pdf {

/// The CIDs of the fonts we embed (Identity-H: two bytes a character). A BMP code point is its
/// own CID. Code points beyond the BMP (emoji, mathematical letters) have no two-byte form, so a
/// document numbers those it draws in one font from U+D800 on, in code point order: surrogate
/// code points are never text (UTF-8 decoding gives U+FFFD for them, and no face is asked for
/// them), so these CIDs are free. At most 2,048 per font and document; any further one is
/// drawn as CID 0 (nothing).
class AstralCids {
public:
    static constexpr unsigned kFirst = 0xD800;
    static constexpr unsigned kCount = 0x800;

    AstralCids() = default;
    /// Numbers the code points beyond the BMP of `sorted` (ascending, as a CodepointSet gives).
    explicit AstralCids(const std::vector<char32_t>& sorted);
    bool empty() const { return codepoints_.empty(); }
    /// The CID of `cp`: itself in the BMP, else its number (0 when not numbered).
    unsigned cid(char32_t cp) const;

private:
    std::vector<char32_t> codepoints_;  ///< ascending; the i-th has CID kFirst + i
};

/// The numbering of each font that draws characters beyond the BMP (most fonts have none).
using AstralCidsByFont = std::map<text::FontId, AstralCids>;

}  // namespace deckpress::render::pdf
