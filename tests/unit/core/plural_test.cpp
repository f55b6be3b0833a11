// tests/core: plural forms by language (CLDR rules for whole numbers).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/plural.hpp"

using deckpress::plural_form;
using deckpress::plural_form_count;

namespace {

/// The forms of 0..30 and a few larger numbers, as digits ("0" one, "1" few, "2" many/other).
std::string forms(const char* language, const std::vector<long long>& numbers) {
    std::string out;
    for (long long n : numbers) out += static_cast<char>('0' + plural_form(language, n));
    return out;
}

}  // namespace

TEST_CASE("English, German and most languages: one for 1, other for the rest") {
    for (const char* language : {"en", "de", "de-CH", "nl", "sv", "es", "it", "pt-PT", "xx", ""}) {
        CAPTURE(language);
        CHECK(plural_form_count(language) == 2);
        CHECK(forms(language, {0, 1, 2, 5, 11, 21, 101}) == "1011111");
    }
}

TEST_CASE("French and Brazilian Portuguese count 0 with 1") {
    for (const char* language : {"fr", "fr-CA", "pt", "pt-BR", "PT_br"}) {
        CAPTURE(language);
        CHECK(plural_form_count(language) == 2);
        CHECK(forms(language, {0, 1, 2, 10}) == "0011");
    }
    CHECK(forms("pt-PT", {0, 1}) == "10");
}

TEST_CASE("Russian: one for 1, 21, 101 (not 11), few for 2-4, 22-24 (not 12-14), many for the rest") {
    for (const char* language : {"ru", "ru-RU", "uk"}) {
        CAPTURE(language);
        CHECK(plural_form_count(language) == 3);
        //                      0  1  2  3  4  5  10 11 12 14 15 20 21 22 24 25 101 111 112 122
        CHECK(forms(language, {0, 1, 2, 3, 4, 5, 10, 11, 12, 14, 15, 20, 21, 22, 24, 25, 101, 111, 112, 122}) ==
              "20111222222201120221");
    }
}

TEST_CASE("Polish: one for 1 alone, few for 2-4, 22-24 (not 12-14), many for the rest (21 too)") {
    CHECK(plural_form_count("pl") == 3);
    //                 0  1  2  4  5  11 12 13 14 21 22 24 25 102 112
    CHECK(forms("pl", {0, 1, 2, 4, 5, 11, 12, 13, 14, 21, 22, 24, 25, 102, 112}) == "201122222211212");
}

TEST_CASE("Czech: few for 2-4 only; Japanese has one form") {
    CHECK(forms("cs", {1, 2, 4, 5, 22}) == "01122");
    CHECK(plural_form_count("ja") == 1);
    CHECK(forms("ja", {0, 1, 2}) == "000");
}
