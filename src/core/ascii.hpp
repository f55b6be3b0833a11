// core: ASCII case folding for keys, tags and labels (locale-free, UTF-8 bytes left alone).
#pragma once

#include <string>
#include <string_view>

namespace deckpress {

/// `c` lower-cased when it is an ASCII capital, else unchanged (bytes of UTF-8 sequences too).
constexpr char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

/// `s` with its ASCII capitals lower-cased.
inline std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = ascii_lower(c);
    return out;
}

}  // namespace deckpress
