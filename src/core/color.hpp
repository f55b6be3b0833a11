// core: RGB colours as written in layout files ("#rrggbb").
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace deckpress {

struct Color {
    double r = 0;
    double g = 0;
    double b = 0;
    bool operator==(const Color&) const = default;
};

/// Parses "#rrggbb" or "#rgb"; nullopt when the text is not a colour.
std::optional<Color> parse_color(std::string_view text);

}  // namespace deckpress
