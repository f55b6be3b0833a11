// tests: time bounds that stretch in slow builds (sanitizers), so speed checks stay meaningful.
#pragma once

#include <cstdlib>
#include <string>

namespace deckpress::test {

/// The factor every time bound is multiplied by: DECKPRESS_TEST_TIME_SCALE, which ctest sets
/// to 3 in sanitizer builds (ASan + UBSan run this code about 2-3x slower than plain Debug);
/// 1 otherwise.
inline double time_scale() {
    const char* value = std::getenv("DECKPRESS_TEST_TIME_SCALE");
    double scale = value && *value ? std::atof(value) : 1.0;
    return scale >= 1.0 ? scale : 1.0;
}

/// `seconds` stretched by time_scale().
inline double time_bound(double seconds) { return seconds * time_scale(); }

}  // namespace deckpress::test
