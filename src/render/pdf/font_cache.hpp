// render/pdf: the code points each font draws, and fonts prepared (subset, deflated) once per process.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "text/embed.hpp"

namespace deckpress::render::pdf {

/// The code points drawn in one font: those of the BMP as a bitset, cheap to mark for every
/// character of a big document and cheap to walk; the rare ones beyond it (emoji) in a set.
class CodepointSet {
public:
    void add(char32_t cp) {
        if (cp < 0x10000) words_[cp >> 6] |= std::uint64_t{1} << (cp & 63);
        else astral_.insert(cp);
    }
    std::vector<char32_t> sorted() const;

private:
    std::array<std::uint64_t, 1024> words_{};
    std::set<char32_t> astral_;
};

/// A font ready to embed: its program (without the font file) and its deflated streams.
struct PreparedFont {
    text::FontProgram program;        ///< `truetype` is empty: see truetype_deflated; glyphs by CID
    std::size_t truetype_size = 0;    ///< /Length1
    std::string truetype_deflated;    ///< FontFile2
    std::string cid_to_gid_deflated;  ///< CIDToGIDMap
    std::string to_unicode_deflated;  ///< ToUnicode
};

/// Subsets the font at `path` to `codepoints` (sorted; those beyond the BMP get the CIDs
/// AstralCids(codepoints) gives them) and deflates its streams, or returns what
/// an earlier document of this process prepared for the same file and code points: the outputs
/// of one run share most of their glyph sets. Thread-safe; the result never depends on the cache.
std::shared_ptr<const PreparedFont> prepare_font(const std::string& path, const std::vector<char32_t>& codepoints);

}  // namespace deckpress::render::pdf
