// tests: placing one frame into another shifts every item and keeps their order, by copy or by move.
#include <doctest/doctest.h>

#include "layout/frame.hpp"

using namespace deckpress;
using namespace deckpress::layout;

namespace {

Frame sample() {
    Frame f;
    f.size = {100, 20};
    f.push(FillItem{{1, 2, 30, 4}, {}});
    f.push(TextItem{{5, 10}, 0, 9, {}, "a text longer than any small-string buffer"});
    f.push(LineItem{{0, 1}, {50, 1}, 0.5, {}, false});
    f.push(LinkItem{{5, 3, 20, 8}, "#q-1"});
    f.push(AnchorItem{"q-1", {0, 0}});
    f.push(ImageItem{{2, 2, 10, 10}, "img.png"});
    return f;
}

}  // namespace

TEST_CASE("placing a frame by move gives the items placing a copy gives, and empties the source") {
    Frame by_copy;
    by_copy.push(FillItem{{0, 0, 1, 1}, {}});
    Frame by_move = by_copy;
    Frame source = sample();
    by_copy.place(source, {10, 100});
    by_move.place(std::move(source), {10, 100});
    CHECK(source.items.empty());
    REQUIRE(by_move.items.size() == 7);
    REQUIRE(by_copy.items.size() == 7);
    const auto& text = std::get<TextItem>(by_move.items[2]);
    CHECK(text.pos.x == 15);
    CHECK(text.pos.y == 110);
    CHECK(text.text == "a text longer than any small-string buffer");
    CHECK(std::get<LineItem>(by_move.items[3]).to.x == 60);
    CHECK(std::get<LinkItem>(by_move.items[4]).rect.y == 103);
    CHECK(std::get<AnchorItem>(by_move.items[5]).pos.y == 100);
    CHECK(std::get<ImageItem>(by_move.items[6]).rect.x == 12);
    CHECK(std::get<TextItem>(by_copy.items[2]).pos.x == text.pos.x);
    CHECK(std::get<FillItem>(by_copy.items[1]).rect.x == std::get<FillItem>(by_move.items[1]).rect.x);
}

TEST_CASE("placing into an empty frame takes the items as they are, shifted") {
    Frame page;
    page.place(sample(), {-1, -2});
    REQUIRE(page.items.size() == 6);
    CHECK(std::get<FillItem>(page.items[0]).rect.x == 0);
    CHECK(std::get<FillItem>(page.items[0]).rect.y == 0);
}

TEST_CASE("shift_items moves every item but not the frame's size") {
    Frame f = sample();
    f.shift_items({3, 0});
    CHECK(f.size.width == 100);
    CHECK(std::get<TextItem>(f.items[1]).pos.x == 8);
    CHECK(std::get<LineItem>(f.items[2]).from.x == 3);
}
