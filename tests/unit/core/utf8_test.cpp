// tests/core: UTF-8 decoding (next_codepoint's inline ASCII path, for_each_codepoint, skip_plain_ascii).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/utf8.hpp"

using namespace deckpress;

TEST_CASE("for_each_codepoint gives next_codepoint's code points, invalid bytes as U+FFFD") {
    const std::string text = "a(\x7f\xc3\xa9 \xe2\x86\x92\xf0\x9f\x98\x80\xff\xc3z\xed\xa0\x80!";
    std::vector<char32_t> expected;
    for (std::size_t pos = 0; pos < text.size();) expected.push_back(next_codepoint(text, pos));
    std::vector<char32_t> seen;
    for_each_codepoint(text, [&](char32_t cp) { seen.push_back(cp); });
    CHECK(seen == expected);
    CHECK(seen == std::vector<char32_t>{U'a', U'(', 0x7F, 0xE9, U' ', 0x2192, 0x1F600, 0xFFFD, 0xFFFD, U'z',
                                        0xFFFD, 0xFFFD, 0xFFFD, U'!'});
}

TEST_CASE("skip_printable_ascii stops at the first control, DEL or non-ASCII byte, at every alignment") {
    for (std::size_t length = 0; length < 40; ++length) {
        for (std::size_t at = 0; at <= length; ++at) {
            for (char stop : {'\0', '\t', '\n', '\x1f', '\x7f', '\x80', '\xc3', '\xff'}) {
                std::string text(length, ' ');
                for (std::size_t i = 0; i < length; ++i) text[i] = static_cast<char>(0x20 + (i * 7) % 0x5F);
                if (at < length) text[at] = stop;
                for (std::size_t from = 0; from <= at; from += 3)
                    CHECK_MESSAGE(skip_printable_ascii(text, from) == at, "length ", length, " stop at ", at);
            }
        }
    }
}

TEST_CASE("next_codepoint decodes each ASCII byte, NUL included, as itself and moves one byte on") {
    for (int byte = 0; byte < 0x80; ++byte) {
        const std::string text{static_cast<char>(byte), '\xc3', '\xa9'};
        std::size_t pos = 0;
        CHECK(next_codepoint(text, pos) == static_cast<char32_t>(byte));
        CHECK(pos == 1);
        CHECK(next_codepoint(text, pos) == 0xE9);  // the multi-byte path takes over after it
        CHECK(pos == 3);
    }
}

TEST_CASE("skip_plain_ascii stops at the first NUL or non-ASCII byte, at every alignment") {
    for (std::size_t length = 0; length < 40; ++length) {
        for (std::size_t at = 0; at <= length; ++at) {
            for (char stop : {'\0', '\x80', '\xc3', '\xff'}) {
                std::string text(length, 'a');
                if (at < length) text[at] = stop;
                for (std::size_t from = 0; from <= at; from += 3)
                    CHECK_MESSAGE(skip_plain_ascii(text, from) == at, "length ", length, " stop at ", at);
            }
        }
    }
    CHECK(skip_plain_ascii("\x7f\x01 ~ plain text, longer than eight", 0) == 34);
}
