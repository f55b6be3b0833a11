// tests: distributing slices into regions: allowed breaks and separators that start a region.
#include <doctest/doctest.h>

#include "layout/flow.hpp"

using namespace deckpress;

namespace {

layout::Slice slice(double height, bool rule = false) {
    layout::Slice s;
    s.height = height;
    s.gap_before = 2;
    s.discard_at_top = rule;
    return s;
}

std::vector<std::vector<std::size_t>> indexes(const std::vector<layout::Region>& regions) {
    std::vector<std::vector<std::size_t>> out;
    for (const layout::Region& region : regions) {
        out.emplace_back();
        for (const layout::Placed& p : region) out.back().push_back(p.index);
    }
    return out;
}

std::vector<std::vector<std::size_t>> distribute(const layout::Stack& stack, double height) {
    return indexes(layout::distribute(stack, [height](std::size_t) { return height; }));
}

}  // namespace

TEST_CASE("a thematic break that would start a region is left out, one inside a region is kept") {
    using V = std::vector<std::vector<std::size_t>>;
    // 40 + 2 + 8 fits a region of 50: the rule stays between its paragraphs.
    CHECK(distribute({slice(40), slice(8, true), slice(30)}, 50) == V{{0, 1}, {2}});
    // The rule would open the second region: it goes, and the paragraph after it starts there.
    CHECK(distribute({slice(45), slice(8, true), slice(30)}, 50) == V{{0}, {2}});
    // A rule left over at the end takes no region (no page or card of its own).
    CHECK(distribute({slice(45), slice(8, true)}, 50) == V{{0}});
    // A rule at the very start of the stack separates nothing either.
    CHECK(distribute({slice(8, true), slice(30)}, 50) == V{{1}});
    // Other slices are placed exactly once, even when they overflow an empty region.
    CHECK(distribute({slice(60), slice(10)}, 50) == V{{0}, {1}});
}

TEST_CASE("the first slice of a region keeps its top at zero after a dropped rule") {
    layout::Stack stack{slice(45), slice(8, true), slice(30)};
    auto regions = layout::distribute(stack, [](std::size_t) { return 50.0; });
    REQUIRE(regions.size() == 2);
    REQUIRE(regions[1].size() == 1);
    CHECK(regions[1][0].y == doctest::Approx(0));
}
