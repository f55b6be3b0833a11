// core: a number with its noun in the right form ("1 question", "3 questions").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace deckpress {

/// `n` and `one` when n is 1, else `n` and `many`: counted(1, "category", "categories").
inline std::string counted(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

}  // namespace deckpress
