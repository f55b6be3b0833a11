// tests/text: the hyphenation patterns frozen at build time are exactly what libhyphen loads.
#include <doctest/doctest.h>

#include <hyphen.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "support/run.hpp"
#include "text/hyphen_dict.hpp"
#include "text/hyphenate.hpp"

using deckpress::text::HyphenDictionary;

namespace {

const std::string kSystemDict = DECKPRESS_HYPHEN_DICT;

struct LoadedByLibhyphen {
    HyphenDict* dict;
    explicit LoadedByLibhyphen(const std::string& path) : dict(hnj_hyphen_load(path.c_str())) {}
    ~LoadedByLibhyphen() { hnj_hyphen_free(dict); }
};

bool same_text(const char* a, const char* b) { return (!a && !b) || (a && b && std::strcmp(a, b) == 0); }

void check_same_state(const HyphenState& a, const HyphenState& b) {
    CHECK(same_text(a.match, b.match));
    REQUIRE(same_text(a.repl, b.repl));
    if (a.repl) {
        CHECK(a.replindex == b.replindex);
        CHECK(a.replcut == b.replcut);
    }
    CHECK(a.fallback_state == b.fallback_state);
    REQUIRE(a.num_trans == b.num_trans);
    // The same transitions; the frozen tables order them by character (see frozen::State).
    auto sorted = [](const HyphenState& s) {
        std::vector<std::pair<int, int>> t;
        for (int i = 0; i < s.num_trans; ++i) t.emplace_back(static_cast<unsigned char>(s.trans[i].ch), s.trans[i].new_state);
        std::sort(t.begin(), t.end());
        return t;
    };
    CHECK(sorted(a) == sorted(b));
}

void check_same_level(const HyphenDict& a, const HyphenDict& b) {
    CHECK(a.lhmin == b.lhmin);
    CHECK(a.rhmin == b.rhmin);
    CHECK(a.clhmin == b.clhmin);
    CHECK(a.crhmin == b.crhmin);
    REQUIRE(a.nohyphenl == b.nohyphenl);
    REQUIRE(same_text(a.nohyphen, b.nohyphen));
    if (a.nohyphen) {  // nohyphenl + 1 strings back to back
        const char* x = a.nohyphen;
        const char* y = b.nohyphen;
        for (int i = 0; i <= a.nohyphenl; ++i, x += std::strlen(x) + 1, y += std::strlen(y) + 1)
            CHECK(std::strcmp(x, y) == 0);
    }
    CHECK(std::strcmp(a.cset, b.cset) == 0);
    CHECK(a.utf8 == b.utf8);
    REQUIRE(a.num_states == b.num_states);
    for (int i = 0; i < a.num_states; ++i) check_same_state(a.states[i], b.states[i]);
}

/// The points libhyphen gives `word` (lowercase ASCII) with `dict`, as its digit string.
std::string digits(HyphenDict* dict, const std::string& word) {
    std::string hyphens(word.size() + 5, '\0');
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    hnj_hyphen_hyphenate3(dict, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr, &rep,
                          &pos, &cut, 2, 3, 2, 3);
    std::free(rep);
    std::free(pos);
    std::free(cut);
    return hyphens.substr(0, word.size());
}

}  // namespace

TEST_CASE("the system dictionary is thawed from the build-time tables, identical to libhyphen's") {
    if (!std::filesystem::exists(kSystemDict)) return;  // nothing was frozen either
    HyphenDictionary thawed(kSystemDict);
    LoadedByLibhyphen loaded(kSystemDict);
    REQUIRE(loaded.dict);
    CHECK(thawed.thawed());
    int levels = 0;
    const HyphenDict* a = thawed.get();
    const HyphenDict* b = loaded.dict;
    for (; a && b; a = a->nextlevel, b = b->nextlevel, ++levels) check_same_level(*a, *b);
    CHECK(a == nullptr);
    CHECK(b == nullptr);
    CHECK(levels >= 1);
}

TEST_CASE("thawed and parsed tables hyphenate every word of the bundled bank alike") {
    HyphenDictionary thawed(kSystemDict);
    LoadedByLibhyphen loaded(kSystemDict);
    int words = 0;
    for (const auto& entry : std::filesystem::directory_iterator(std::filesystem::path(deckpress::test::source_root()) / "content" /
                                                                  "python-fastapi-interview")) {
        std::ifstream in(entry.path());
        std::string word;
        for (char c; in.get(c);) {
            if (c >= 'a' && c <= 'z') {
                word += c;
                continue;
            }
            if (word.size() >= 5 && word.size() < 60) {
                CHECK_MESSAGE(digits(thawed.get(), word) == digits(loaded.dict, word), word);
                ++words;
            }
            word.clear();
        }
    }
    CHECK(words > 5000);
}

/// What HyphenDictionary::hyphenate_letters gives `word`, as a digit string.
std::string direct_digits(const HyphenDictionary& dict, const std::string& word) {
    std::string digits(word.size(), '\0');
    REQUIRE(dict.hyphenate_letters(word, 2, 3, digits.data()));
    return digits;
}

TEST_CASE("the frozen tables give libhyphen's digits for every letter string of the patterns") {
    if (!std::filesystem::exists(kSystemDict)) return;
    HyphenDictionary frozen(kSystemDict);
    LoadedByLibhyphen loaded(kSystemDict);
    REQUIRE(frozen.matches_directly());
    // Each pattern's letters (".ab2c" -> "abc"), each also between and around two others:
    // every state of the machine is reached, matches start and end at the word's edges.
    std::ifstream in(kSystemDict);
    std::string line;
    std::vector<std::string> letters;
    while (std::getline(in, line)) {
        std::string word;
        for (char c : line)
            if (c >= 'a' && c <= 'z') word += c;
        if (!word.empty() && word.size() < 60) letters.push_back(word);
    }
    REQUIRE(letters.size() > 4000);
    int words = 0;
    for (std::size_t i = 0; i < letters.size(); ++i) {
        const std::string& next = letters[(i * 7 + 3) % letters.size()];
        for (const std::string& word : {letters[i], letters[i] + next, next + letters[i] + "s"}) {
            if (word.size() > 250) continue;
            CHECK_MESSAGE(direct_digits(frozen, word) == digits(loaded.dict, word), word);
            ++words;
        }
    }
    CHECK(words > 12000);
}

TEST_CASE("thawing libhyphen's structures on demand still gives its digits") {
    if (!std::filesystem::exists(kSystemDict)) return;
    HyphenDictionary frozen(kSystemDict);
    LoadedByLibhyphen loaded(kSystemDict);
    for (const std::string word : {"hyphenation", "microservices", "dependency", "asynchronous"})
        CHECK(digits(frozen.get(), word) == digits(loaded.dict, word));
}

TEST_CASE("a dictionary file with other bytes is parsed by libhyphen") {
    auto dir = deckpress::test::scratch_dir("hyphen-dict");
    auto path = dir / "custom.dic";
    std::ofstream(path) << "UTF-8\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\nb1c\n";
    HyphenDictionary custom(path.string());
    CHECK_FALSE(custom.thawed());
    CHECK_FALSE(custom.matches_directly());
    std::string points(6, '\0');
    REQUIRE(custom.hyphenate_letters("abcabc", 1, 1, points.data()));
    CHECK(points.find('1') == 1);
    CHECK(digits(custom.get(), "abcabc").find('1') == 1);
    deckpress::text::Hyphenator h(path.string());
    CHECK(h.points("abcabcabc") == std::vector<int>{2, 5});
}
