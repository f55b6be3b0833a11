// tests/core: locate maps a text position through its pieces, or falls back to the text's start.
#include <doctest/doctest.h>

#include "core/text_map.hpp"

using namespace deckpress;

TEST_CASE("locate: inside a piece exact, elsewhere the start of the text") {
    const SourceLoc start{"f.yaml", 8, 8};
    // Text line 1 "one two" from two file lines; text line 2 "x" from a third.
    const TextMap map = {{1, 1, 3, 8, 9}, {1, 5, 3, 9, 7}, {2, 1, 1, 10, 3}};
    const auto at = [&](int line, int column) {
        const SourceLoc loc = locate(map, start, line, column);
        return std::to_string(loc.line) + ":" + std::to_string(loc.column);
    };
    CHECK(at(1, 1) == "8:9");
    CHECK(at(1, 3) == "8:11");
    CHECK(at(1, 4) == "8:8");  // the space that joined the lines is in no piece
    CHECK(at(1, 5) == "9:7");
    CHECK(at(1, 7) == "9:9");
    CHECK(at(1, 8) == "8:8");  // past the last piece of the line
    CHECK(at(2, 1) == "10:3");
    CHECK(at(2, 2) == "8:8");
    CHECK(at(3, 1) == "8:8");
    CHECK(locate({}, start, 1, 1).line == 8);
    CHECK(locate(map, start, 1, 5).file == "f.yaml");
}
