// Tests: content-stream operators as we format them, and deflating them.
#include <doctest/doctest.h>

#include <string>

#include "render/pdf/content.hpp"

using deckpress::Color;
using deckpress::render::pdf::ContentStream;
using deckpress::render::pdf::Deflater;
using namespace std::string_literals;

TEST_CASE("numbers have at most three decimals, no trailing zeros, and a sign only when negative") {
    ContentStream c;
    c.fill_rect(36, 12.5, -0.0004, 1.23456);
    CHECK(c.bytes() == "36 12.5 0 1.235 re f\n");
    ContentStream d;
    d.fill_color(Color{0.1, 0.25, 1});
    CHECK(d.bytes() == "0.1 0.25 1 rg\n");
    ContentStream e;
    e.fill_rect(-3.0005, 1000000.001, 0.01, 2);
    CHECK(e.bytes() == "-3.001 1000000.001 0.01 2 re f\n");
}

TEST_CASE("text is two bytes per BMP code point in a literal string, with PDF escapes") {
    ContentStream c;
    c.text_at(10, 20, "a(b)\\");
    CHECK(c.bytes() == "1 0 0 1 10 20 Tm (\0a\0\\(\0b\0\\)\0\\\\) Tj\n"s);
    ContentStream arrow;
    arrow.text_at(0, 0, "\u2192\r");
    CHECK(arrow.bytes() == "1 0 0 1 0 0 Tm (\x21\x92\0\\r) Tj\n"s);
    ContentStream emoji;  // beyond the BMP: CID 0 (never drawn by layout, which reports it)
    emoji.text_at(0, 0, "\U0001F600");
    CHECK(emoji.bytes() == "1 0 0 1 0 0 Tm (\0\0) Tj\n"s);
}

TEST_CASE("line width and dash are written only when they change") {
    ContentStream c;
    c.stroke_line(0, 0, 10, 0, 0.5, false);
    c.stroke_line(0, 5, 10, 5, 0.5, false);
    c.stroke_line(0, 9, 10, 9, 0.5, true);
    CHECK(c.bytes() == "0.5 w\n0 0 m 10 0 l S\n0 5 m 10 5 l S\n[3 2] 0 d\n0 9 m 10 9 l S\n");
}

TEST_CASE("the deflater writes a zlib stream that is smaller than repetitive input") {
    std::string input;
    for (int i = 0; i < 200; ++i) input += "1 0 0 1 36 500 Tm (\0H\0i) Tj\n"s;
    std::string z = Deflater().compress(input);
    REQUIRE(z.size() > 2);
    CHECK(static_cast<unsigned char>(z[0]) == 0x78);  // zlib header: deflate, 32 KB window
    CHECK((static_cast<unsigned char>(z[0]) * 256 + static_cast<unsigned char>(z[1])) % 31 == 0);
    CHECK(z.size() * 10 < input.size());
}
