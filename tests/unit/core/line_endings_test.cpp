// tests: lone CR line endings become LF; CRLF and LF stay.
#include <doctest/doctest.h>

#include "core/line_endings.hpp"

using deckpress::lone_cr_to_lf;

TEST_CASE("a lone CR becomes LF; CRLF, LF and text without CR are kept") {
    CHECK(lone_cr_to_lf("a\rb\r") == "a\nb\n");
    CHECK(lone_cr_to_lf("a\r\nb\r\n") == "a\r\nb\r\n");
    CHECK(lone_cr_to_lf("a\r\r\nb") == "a\n\r\nb");
    CHECK(lone_cr_to_lf("plain\n") == "plain\n");
    CHECK(lone_cr_to_lf("") == "");
}
