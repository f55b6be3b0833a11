// Tests: content-stream operators as we format them, and deflating them.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <vector>

#include "render/pdf/content.hpp"

using deckpress::Color;
using deckpress::render::pdf::AstralCids;
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

namespace {

/// Numbers as the content stream first wrote them (std::llround, then digit by digit): faster
/// formatting must not change a byte.
std::string reference_number(double v) {
    if (!std::isfinite(v)) v = 0;
    long long thousandths = std::llround(v * 1000.0);
    std::string out = thousandths < 0 ? "-" : "";
    unsigned long long magnitude = thousandths < 0 ? -static_cast<unsigned long long>(thousandths)
                                                   : static_cast<unsigned long long>(thousandths);
    out += std::to_string(magnitude / 1000);
    if (magnitude % 1000 == 0) return out;
    char digits[8];
    std::snprintf(digits, sizeof digits, ".%03u", static_cast<unsigned>(magnitude % 1000));
    std::string fraction = digits;
    while (fraction.back() == '0') fraction.pop_back();
    return out + fraction;
}

}  // namespace

TEST_CASE("numbers round half away from zero exactly like std::llround") {
    std::vector<double> values = {0.0005, -0.0005, 0.0015, 2.0005, 12345.9995, -12345.9995, 0.49999999999999994,
                                  1e-300, -0.0, 1e12 + 0.0005, std::numeric_limits<double>::quiet_NaN(),
                                  std::numeric_limits<double>::infinity()};
    for (int k = -40000; k <= 40000; ++k) values.push_back(k / 2000.0);  // every half-thousandth
    unsigned state = 2463534242u;
    for (int i = 0; i < 100000; ++i) {  // xorshift: arbitrary doubles across a page and beyond
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        values.push_back((static_cast<double>(state) - 2147483648.0) / (1 << (state % 24)));
    }
    int mismatches = 0;
    for (double v : values) {
        ContentStream c;
        c.fill_rect(v, 0, 0, 0);
        std::string expected = reference_number(v) + " 0 0 0 re f\n";
        if (c.bytes() != expected && mismatches++ == 0) CHECK(c.bytes() == expected);
    }
    CHECK(mismatches == 0);
}

TEST_CASE("text is two bytes per BMP code point in a literal string, with PDF escapes") {
    ContentStream c;
    c.text_at(10, 20, "a(b)\\");
    CHECK(c.bytes() == "10 20 Td (\0a\0\\(\0b\0\\)\0\\\\) Tj\n"s);
    ContentStream arrow;
    arrow.text_at(0, 0, "\u2192\r");
    CHECK(arrow.bytes() == "0 0 Td (\x21\x92\0\\r) Tj\n"s);
    ContentStream mixed;  // ASCII (a fast path) between other characters
    mixed.text_at(1, 2, "\u00e9(x)\n\u2192");
    CHECK(mixed.bytes() == "1 2 Td (\0\xe9\0\\(\0x\0\\)\0\\n\x21\x92) Tj\n"s);
    ContentStream emoji;  // beyond the BMP without a numbering: CID 0 (nothing)
    emoji.text_at(0, 0, "\U0001F600");
    CHECK(emoji.bytes() == "0 0 Td (\0\0) Tj\n"s);
}

TEST_CASE("characters beyond the BMP are shown with the CIDs their font's numbering gives them") {
    const AstralCids astral({U'a', U'\u2705', U'\U0001F600', U'\U0001F680'});
    CHECK(astral.cid(U'\U0001F600') == 0xD800);
    CHECK(astral.cid(U'\U0001F680') == 0xD801);
    CHECK(astral.cid(U'\u2705') == 0x2705);
    CHECK(astral.cid(U'\U0001F4A1') == 0);  // not drawn in this font: not numbered
    ContentStream c;
    c.text_at(0, 0, "\U0001F680a\U0001F600", &astral);
    CHECK(c.bytes() == "0 0 Td (\xD8\x01\0a\xD8\0) Tj\n"s);
}

TEST_CASE("past the surrogate block, characters beyond the BMP take the CIDs no BMP character of the font takes") {
    std::vector<char32_t> drawn = {U'\uE000', U'\uE001', U'\uFFFF', U'\u0001'};
    for (char32_t cp = 0x1D400; cp < 0x1D400 + 0x800 + 3; ++cp) drawn.push_back(cp);  // 2,051 letters
    std::sort(drawn.begin(), drawn.end());
    const AstralCids astral(drawn);
    CHECK(astral.cid(0x1D400) == 0xD800);
    CHECK(astral.cid(0x1D400 + 0x7FF) == 0xDFFF);
    CHECK(astral.cid(0x1D400 + 0x800) == 0xE002);  // E000 and E001 are the font's own
    CHECK(astral.cid(0x1D400 + 0x801) == 0xE003);
    CHECK(astral.cid(0x1D400 + 0x802) == 0xE004);
}

TEST_CASE("text moves are from the previous line's start, exact in thousandths, and BT starts over") {
    ContentStream c;
    c.begin_text();
    c.text_at(36.0004, 500.1234, "a");
    c.text_at(36.0004, 485.9, "b");
    c.text_at(120.5, 485.9, "c");
    c.end_text();
    c.begin_text();
    c.text_at(10, 20, "d");
    CHECK(c.bytes() == "BT\n36 500.123 Td (\0a) Tj\n0 -14.223 Td (\0b) Tj\n84.5 0 Td (\0c) Tj\nET\n"
                       "BT\n10 20 Td (\0d) Tj\n"s);
    ContentStream drift;  // many small moves add up to the rounded position, never drifting
    drift.begin_text();
    for (int i = 1; i <= 1000; ++i) drift.text_at(0, -0.3337 * i, "x");
    long long total = 0;  // in thousandths
    for (std::size_t at = drift.bytes().find(" Td"); at != std::string::npos; at = drift.bytes().find(" Td", at + 1)) {
        std::size_t from = drift.bytes().rfind(' ', at - 1) + 1;
        total += std::llround(std::stod(std::string(drift.bytes().substr(from, at - from))) * 1000);
    }
    CHECK(total == -333700);
    CHECK(drift.bytes().find("0 -0.333 Td") != std::string::npos);
    CHECK(drift.bytes().find("0 -0.334 Td") != std::string::npos);  // the carried thousandths
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
