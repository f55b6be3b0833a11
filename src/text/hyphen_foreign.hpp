// text: hyphenation points of words in any alphabet, with a dictionary in its own encoding.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/hyphen_dict.hpp"

namespace deckpress::text {

/// A libhyphen dictionary of a language other than English, loaded from its .dic file at run
/// time (or thawed from the build's tables when it was frozen too: DECKPRESS_FROZEN_HYPHEN),
/// and the encoding its patterns are written in (the file's first line: UTF-8 or an
/// 8-bit set such as ISO8859-1, ISO8859-2 or KOI8-R; Debian 12 ships all of these). Words
/// are lowercased and converted to it before the patterns see them. Read-only once built,
/// so threads may share one.
class ForeignDictionary {
public:
    /// Throws std::runtime_error when the file cannot be loaded or its encoding is unknown.
    explicit ForeignDictionary(const std::string& path);

    /// Byte offsets inside `word` (UTF-8) where a hyphen may go, appended to `points`:
    /// "Donaudampfschiff" -> {3, 5, 9} with the German patterns. Each part between
    /// apostrophes is hyphenated on its own ("l'atmosphère"); a part that holds a character
    /// other than a letter, or one the dictionary's encoding lacks, gets none. At least
    /// `left` letters stay before a break and `right` after it (or the dictionary's own
    /// minimums, when larger); parts of fewer than `min_letters` letters get none.
    void points(std::string_view word, int min_letters, int left, int right, std::vector<int>& points) const;

private:
    void part_points(std::string_view word, std::size_t begin, std::size_t end, int min_letters, int left,
                     int right, std::vector<int>& points) const;
    /// Appends the dictionary's bytes for `c` to `out`; false when its encoding lacks it.
    bool encode(char32_t c, std::string& out) const;

    HyphenDictionary dictionary_;
    bool utf8_ = false;
    /// For an 8-bit encoding: each character above ASCII and its byte, sorted by character.
    std::vector<std::pair<char32_t, unsigned char>> high_;
};

/// The lowercase of a Latin, Greek or Cyrillic letter (others unchanged): the patterns are
/// lowercase, and no locale is consulted, so the result does not depend on the environment.
char32_t lowercase(char32_t c);

/// Whether `c` (lowercase) is a letter of the Latin, Greek or Cyrillic alphabets.
bool is_word_letter(char32_t c);

}  // namespace deckpress::text
