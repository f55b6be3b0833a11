// render/pdf: numbering the characters beyond the BMP from the surrogate block.
#include "render/pdf/astral_cids.hpp"

#include <algorithm>

namespace deckpress::render::pdf {

AstralCids::AstralCids(const std::vector<char32_t>& sorted) {
    auto first = std::lower_bound(sorted.begin(), sorted.end(), char32_t{0x10000});
    auto count = std::min<std::ptrdiff_t>(sorted.end() - first, kCount);
    codepoints_.assign(first, first + count);
}

unsigned AstralCids::cid(char32_t cp) const {
    if (cp < 0x10000) return static_cast<unsigned>(cp);
    auto it = std::lower_bound(codepoints_.begin(), codepoints_.end(), cp);
    if (it == codepoints_.end() || *it != cp) return 0;
    return kFirst + static_cast<unsigned>(it - codepoints_.begin());
}

}  // namespace deckpress::render::pdf
