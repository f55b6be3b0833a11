// tests/text: each language hyphenated with its own libhyphen patterns, found by its tag.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "text/hyphen_dict.hpp"
#include "text/hyphen_foreign.hpp"
#include "text/hyphen_frozen.hpp"
#include "text/hyphen_language.hpp"
#include "text/hyphenate.hpp"
#include "hyphenated.hpp"

using deckpress::text::find_hyphen_dictionary;
using deckpress::text::Hyphenator;
using deckpress::text::testing::hyphenated;
using deckpress::text::is_english_tag;

namespace {

/// `word` hyphenated with the patterns of `language`.
std::string hyphenated(const std::string& language, const std::string& word) {
    std::unique_ptr<Hyphenator> h = Hyphenator::for_language(language);
    return deckpress::text::testing::hyphenated(*h, word);
}

/// The file name the tag resolves to, "" when none.
std::string dictionary_name(const std::string& tag) {
    std::string path = find_hyphen_dictionary(tag);
    return path.empty() ? "" : std::filesystem::path(path).filename().string();
}

/// Sets DECKPRESS_HYPHEN_DIR while alive.
struct HyphenDir {
    explicit HyphenDir(const char* dir) { setenv("DECKPRESS_HYPHEN_DIR", dir, 1); }
    ~HyphenDir() { unsetenv("DECKPRESS_HYPHEN_DIR"); }
};

}  // namespace

TEST_CASE("language tags find their dictionary, falling back from the region to the language") {
    CHECK(dictionary_name("de") == "hyph_de.dic");
    CHECK(dictionary_name("de-DE") == "hyph_de_DE.dic");
    CHECK(dictionary_name("de_CH") == "hyph_de_CH.dic");
    CHECK(dictionary_name("DE-xx") == "hyph_de.dic");         // no such region: the language
    CHECK(dictionary_name("pt-BR") == "hyph_pt_BR.dic");
    CHECK(dictionary_name("pt-Latn-BR") == "hyph_pt_BR.dic");  // the script is skipped
    CHECK(dictionary_name("pt") == "hyph_pt.dic");
    CHECK(dictionary_name("ru") == "hyph_ru_RU.dic");          // only a regional file: the language's own region
    CHECK(dictionary_name("sv") == "hyph_sv_SE.dic");          // a region other than the language's code
    CHECK(dictionary_name("es") == "hyph_es_ES.dic");
    CHECK(dictionary_name("es-mx") == "hyph_es_MX.dic");
    CHECK(dictionary_name("eo").empty());
    HyphenDir nowhere("/nonexistent-hyphen-dir");
    CHECK(dictionary_name("de").empty());
}

TEST_CASE("English tags, with any region, are English") {
    for (const char* tag : {"", "en", "EN", "en-GB", "en_us", "En-Latn-US"}) {
        CAPTURE(tag);
        CHECK(is_english_tag(tag));
    }
    for (const char* tag : {"de", "eng", "fr-CA", "e"}) {
        CAPTURE(tag);
        CHECK_FALSE(is_english_tag(tag));
    }
    std::unique_ptr<Hyphenator> british = Hyphenator::for_language("en-GB");
    Hyphenator english;
    CHECK(hyphenated(*british, "microservices") == hyphenated(english, "microservices"));
    CHECK(british->points("microservices") == std::vector<int>{2, 8});
}

TEST_CASE("German compounds break at the German patterns' points (ISO8859-1 dictionary)") {
    CHECK(hyphenated("de", "Donaudampfschifffahrt") == "Do-nau-dampf-schiff-fahrt");
    CHECK(hyphenated("de-DE", "Geschwindigkeitsbegrenzung") == "Ge-schwin-dig-keits-be-gren-zung");
    CHECK(hyphenated("de_CH", "Datenbankverbindung") == "Da-ten-bank-ver-bin-dung");
    // Umlauts and ß are letters, converted to the dictionary's encoding; offsets stay UTF-8 bytes.
    CHECK(hyphenated("de", "Übergrößenträger") == "Über-grö-ßen-trä-ger");
    CHECK(Hyphenator::for_language("de")->points("Übergrößenträger") == std::vector<int>{5, 9, 13, 17});
    CHECK(hyphenated("de", "ÜBERGRÖSSE") == "ÜBER-GRÖSSE");  // uppercase letters are lowercased first
}

TEST_CASE("French (UTF-8), Russian (KOI8-R) and Spanish words break at their own patterns' points") {
    CHECK(hyphenated("fr", "atomique") == "ato-mique");  // the English patterns say "atom-ique"
    CHECK(hyphenated("fr-FR", "implémentation") == "im-plé-men-ta-tion");
    CHECK(hyphenated("fr", "l'internationalisation") == "l'in-ter-na-tio-na-li-sa-tion");  // after the apostrophe
    CHECK(hyphenated("ru", "программирование") == "программи-ро-ва-ние");
    CHECK(hyphenated("ru-RU", "Электростанция") == "Элек-тро-станция");
    CHECK(hyphenated("es", "desarrollo") == "de-sa-rro-llo");
    CHECK(hyphenated("pt-BR", "desenvolvimento") == "de-sen-vol-vi-mento");
}

TEST_CASE("words the other patterns cannot take get no points") {
    std::unique_ptr<Hyphenator> de = Hyphenator::for_language("de");
    CHECK(de->points("Haus").empty());               // too short
    CHECK(de->points("http2server").empty());         // a digit
    CHECK(de->points("Schiffahrt_gesellschaft").empty());
    std::unique_ptr<Hyphenator> ru = Hyphenator::for_language("ru");
    CHECK(ru->points("Übergrößenträger").empty());    // KOI8-R has no umlauts
}

TEST_CASE("a language without installed patterns is an error naming it and its package") {
    try {
        Hyphenator::for_language("eo");
        FAIL("no exception");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()) ==
              "no hyphenation patterns for language 'eo' in /usr/share/hyphen (Debian package hyphen-eo)");
    }
    HyphenDir nowhere("/nonexistent-hyphen-dir");
    CHECK_THROWS_WITH_AS(Hyphenator::for_language("de-AT"),
                         "no hyphenation patterns for language 'de-AT' in /nonexistent-hyphen-dir (Debian package hyphen-de)",
                         std::runtime_error);
}

TEST_CASE("Hyphenators of one language made on several threads agree") {
    std::vector<std::vector<int>> found(4);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < found.size(); ++i)
        threads.emplace_back([&found, i] { found[i] = Hyphenator::for_language(i % 2 ? "ru" : "ru-RU")->points("электростанция"); });
    for (std::thread& t : threads) t.join();
    for (const std::vector<int>& points : found) CHECK(points == std::vector<int>{8, 14});
}

TEST_CASE("lowercase covers the Latin, Greek and Cyrillic capitals") {
    using deckpress::text::lowercase;
    CHECK(lowercase(U'Ä') == U'ä');
    CHECK(lowercase(U'Ł') == U'ł');
    CHECK(lowercase(U'Ž') == U'ž');
    CHECK(lowercase(U'Ё') == U'ё');
    CHECK(lowercase(U'Я') == U'я');
    CHECK(lowercase(U'Ω') == U'ω');
    CHECK(lowercase(U'ß') == U'ß');
    CHECK(lowercase(U'7') == U'7');
}

TEST_CASE("a dictionary frozen at build time (DECKPRESS_FROZEN_HYPHEN) hyphenates as libhyphen's load of it") {
    using namespace deckpress::text;
    const std::vector<std::string> words = {"donaudampfschifffahrt", "geschwindigkeitsbegrenzung", "zusammenarbeit",
                                            "programmierung", "datenbankverbindung", "verhaeltnismaessig"};
    for (int i = 0; i < frozen::kNumOthers; ++i) {
        const frozen::Dictionary& dict = *frozen::kOthers[i];
        CAPTURE(i);
        REQUIRE(dict.num_levels > 0);
        for (const char* tag : {"de", "fr", "ru", "es", "it", "pt", "nl", "pl", "sv"}) {
            std::string path = find_hyphen_dictionary(tag);
            if (path.empty() || std::filesystem::file_size(path) != dict.source_size) continue;
            HyphenDictionary thawed(path, dict);
            HyphenDictionary loaded(path);  // the en_US tables never match: libhyphen parses it
            CHECK(thawed.thawed());
            CHECK_FALSE(loaded.thawed());
            for (const std::string& word : words) {
                std::vector<char> a(word.size()), b(word.size());
                CHECK(thawed.hyphenate_letters(word, 2, 3, a.data()) == loaded.hyphenate_letters(word, 2, 3, b.data()));
                CHECK(a == b);
            }
        }
    }
}
