// core: a font size for messages, in points to a hundredth ("5.67", "14"), as users read it.
#pragma once

#include <cmath>
#include <string>

#include <fmt/format.h>

namespace deckpress {

/// `points` rounded to a hundredth, without trailing zeros: 5.9232283 -> "5.92", 14.0 -> "14".
inline std::string point_size(double points) { return fmt::format("{:g}", std::round(points * 100) / 100); }

}  // namespace deckpress
