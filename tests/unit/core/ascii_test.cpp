// tests/core: ASCII case folding leaves UTF-8 and the locale alone.
#include <doctest/doctest.h>

#include "core/ascii.hpp"

TEST_CASE("ascii_lower folds ASCII capitals only") {
    CHECK(deckpress::ascii_lower("PyThOn-3.12 [^Note]") == "python-3.12 [^note]");
    CHECK(deckpress::ascii_lower("\xC3\x9C" "BER") == "\xC3\x9C" "ber");  // "ÜBER": the Ü's bytes are kept
    CHECK(deckpress::ascii_lower("") == "");
    static_assert(deckpress::ascii_lower('Z') == 'z' && deckpress::ascii_lower('@') == '@' &&
                  deckpress::ascii_lower('[') == '[');
}
