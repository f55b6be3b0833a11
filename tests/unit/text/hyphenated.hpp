// tests/text: a word written with its hyphenation points, for comparing hyphenators.
#pragma once

#include <string>

#include "text/hyphenate.hpp"

namespace deckpress::text::testing {

/// `word` with a '-' at each of h's break points ("ato-mique").
inline std::string hyphenated(Hyphenator& h, const std::string& word) {
    std::string out;
    int last = 0;
    for (int p : h.points(word)) {
        out += word.substr(static_cast<std::size_t>(last), static_cast<std::size_t>(p - last)) + "-";
        last = p;
    }
    return out + word.substr(static_cast<std::size_t>(last));
}

}  // namespace deckpress::text::testing
