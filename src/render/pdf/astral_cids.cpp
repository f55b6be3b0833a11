// render/pdf: numbering the characters beyond the BMP with CIDs no BMP character takes.
#include "render/pdf/astral_cids.hpp"

#include <algorithm>

namespace deckpress::render::pdf {

AstralCids::AstralCids(const std::vector<char32_t>& sorted) {
    const auto bmp_end = std::lower_bound(sorted.begin(), sorted.end(), char32_t{0x10000});
    auto taken = [&](unsigned cid) { return std::binary_search(sorted.begin(), bmp_end, static_cast<char32_t>(cid)); };
    unsigned next = kFirst;
    unsigned tried = 0;  // CIDs 1..0xFFFF, once each: more characters than free CIDs stay unnumbered
    for (auto it = bmp_end; it != sorted.end(); ++it) {
        while (tried < 0xFFFF && taken(next)) {
            next = next == 0xFFFF ? 1 : next + 1;
            ++tried;
        }
        if (tried >= 0xFFFF) break;
        codepoints_.push_back(*it);
        cids_.push_back(next);
        next = next == 0xFFFF ? 1 : next + 1;
        ++tried;
    }
}

unsigned AstralCids::cid(char32_t cp) const {
    if (cp < 0x10000) return static_cast<unsigned>(cp);
    auto it = std::lower_bound(codepoints_.begin(), codepoints_.end(), cp);
    if (it == codepoints_.end() || *it != cp) return 0;
    return cids_[static_cast<std::size_t>(it - codepoints_.begin())];
}

}  // namespace deckpress::render::pdf
