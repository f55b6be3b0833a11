// core: parsing colours from layout files.
#include "core/color.hpp"

namespace deckpress {

namespace {
int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}
}  // namespace

std::optional<Color> parse_color(std::string_view text) {
    if (text.size() != 4 && text.size() != 7) return std::nullopt;
    if (text[0] != '#') return std::nullopt;
    const bool short_form = text.size() == 4;
    double channel[3];
    for (int i = 0; i < 3; ++i) {
        int hi = hex_digit(text[short_form ? 1 + i : 1 + 2 * i]);
        int lo = hex_digit(text[short_form ? 1 + i : 2 + 2 * i]);
        if (hi < 0 || lo < 0) return std::nullopt;
        channel[i] = (hi * 16 + lo) / 255.0;
    }
    return Color{channel[0], channel[1], channel[2]};
}

}  // namespace deckpress
