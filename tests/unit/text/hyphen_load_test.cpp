// tests/text: our .dic reader builds exactly the structures libhyphen's hnj_hyphen_load builds.
#include <doctest/doctest.h>

#include <hyphen.h>

#include <cstring>
#include <filesystem>
#include <random>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "support/run.hpp"
#include "support/timing.hpp"
#include "text/hyphen_dict.hpp"
#include "text/hyphen_foreign.hpp"
#include "text/hyphen_load.hpp"

using deckpress::text::load_hyphen_dictionary;

// libhyphen's own loader, which these tests take as the reference, leaks the strings of
// patterns a file repeats (the random dictionaries below repeat many); deckpress never calls it
// at run time (its own loader allocates with malloc, so its leaks would still be reported).
extern "C" const char* __lsan_default_suppressions() { return "leak:libhyphen.so\n"; }

namespace {

namespace fs = std::filesystem;

struct Owned {
    HyphenDict* dict;
    explicit Owned(HyphenDict* d) : dict(d) {}
    ~Owned() {
        if (dict) hnj_hyphen_free(dict);
    }
    Owned(const Owned&) = delete;
    Owned& operator=(const Owned&) = delete;
};

std::string show(const char* text) { return text ? '"' + std::string(text) + '"' : "null"; }

bool same_text(const char* a, const char* b) { return (!a && !b) || (a && b && std::strcmp(a, b) == 0); }

/// The first difference between two states, "" when there is none. libhyphen leaves
/// replindex and replcut unset on states without a match, so they are compared only with one.
std::string state_difference(const HyphenState& a, const HyphenState& b) {
    if (!same_text(a.match, b.match)) return "match " + show(a.match) + " vs " + show(b.match);
    if (!same_text(a.repl, b.repl)) return "repl " + show(a.repl) + " vs " + show(b.repl);
    if (a.match && (a.replindex != b.replindex || a.replcut != b.replcut))
        return "replindex/replcut " + std::to_string(a.replindex) + "/" + std::to_string(a.replcut) + " vs " +
               std::to_string(b.replindex) + "/" + std::to_string(b.replcut);
    if (a.fallback_state != b.fallback_state)
        return "fallback " + std::to_string(a.fallback_state) + " vs " + std::to_string(b.fallback_state);
    if (a.num_trans != b.num_trans) return "num_trans " + std::to_string(a.num_trans) + " vs " + std::to_string(b.num_trans);
    for (int t = 0; t < a.num_trans; ++t) {
        if (a.trans[t].ch != b.trans[t].ch || a.trans[t].new_state != b.trans[t].new_state)
            return "transition " + std::to_string(t);
    }
    return "";
}

/// The NOHYPHEN list as its nohyphenl + 1 strings.
std::vector<std::string> nohyphen_list(const HyphenDict& d) {
    std::vector<std::string> list;
    const char* s = d.nohyphen;
    for (int i = 0; s && i <= d.nohyphenl; ++i, s += std::strlen(s) + 1) list.emplace_back(s);
    return list;
}

std::string level_difference(const HyphenDict& a, const HyphenDict& b) {
    if (a.lhmin != b.lhmin || a.rhmin != b.rhmin || a.clhmin != b.clhmin || a.crhmin != b.crhmin)
        return "minimums";
    if (a.nohyphenl != b.nohyphenl || (a.nohyphen == nullptr) != (b.nohyphen == nullptr) ||
        nohyphen_list(a) != nohyphen_list(b))
        return "nohyphen";
    if (std::memcmp(a.cset, b.cset, sizeof a.cset) != 0 || a.utf8 != b.utf8) return "cset";
    if (a.num_states != b.num_states)
        return "num_states " + std::to_string(a.num_states) + " vs " + std::to_string(b.num_states);
    for (int i = 0; i < a.num_states; ++i) {
        std::string d = state_difference(a.states[i], b.states[i]);
        if (!d.empty()) return "state " + std::to_string(i) + ": " + d;
    }
    return "";
}

/// The first difference between our load of `path` and libhyphen's, "" when there is none.
std::string difference_from_libhyphen(const std::string& path) {
    Owned ours(load_hyphen_dictionary(path));
    Owned theirs(hnj_hyphen_load(path.c_str()));
    if (!ours.dict || !theirs.dict) return "a load failed";
    int level = 0;
    const HyphenDict* a = ours.dict;
    const HyphenDict* b = theirs.dict;
    for (; a && b; a = a->nextlevel, b = b->nextlevel, ++level) {
        std::string d = level_difference(*a, *b);
        if (!d.empty()) return "level " + std::to_string(level) + ": " + d;
    }
    return a || b ? "number of levels" : "";
}

std::string system_dict(const std::string& name) { return "/usr/share/hyphen/hyph_" + name + ".dic"; }

/// Writes `text` as a .dic file in a scratch folder.
std::string write_dic(const std::string& name, const std::string& text) {
    static const fs::path dir = deckpress::test::scratch_dir("hyphen-load");
    fs::path path = dir / (name + ".dic");
    deckpress::test::write_text_file(path, text);
    return path.string();
}

}  // namespace

TEST_CASE("installed dictionaries load exactly as libhyphen loads them") {
    for (const char* name : {"fr", "ru_RU", "es_ES", "pl_PL", "nl_NL", "en_US", "sv_SE", "it_IT", "pt_BR", "pt_PT"}) {
        std::string path = system_dict(name);
        if (!fs::exists(path)) {
            MESSAGE("skipped, not installed: " << path);
            continue;
        }
        CAPTURE(path);
        CHECK(difference_from_libhyphen(path) == "");
    }
}

TEST_CASE("German (280,000 states) loads as libhyphen loads it, in a small part of its time") {
    std::string path = system_dict("de_DE");
    if (!fs::exists(path)) {
        MESSAGE("skipped, not installed: " << path);
        return;
    }
    CHECK(difference_from_libhyphen(path) == "");
    deckpress::test::CpuStopwatch watch;
    Owned ours(load_hyphen_dictionary(path));
    REQUIRE(ours.dict != nullptr);
    CHECK(ours.dict->num_states > 200000);  // the compound level, before NEXTLEVEL
    // libhyphen takes ~2.8 s in a Release build; ours ~0.05 s.
    CHECK(watch.seconds() < deckpress::test::time_bound(0.5));
}

TEST_CASE("small dictionaries with every keyword and kind of line load as libhyphen loads them") {
    const std::vector<std::pair<std::string, std::string>> cases = {
        {"keywords", "ISO8859-1\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 4\nCOMPOUNDLEFTHYPHENMIN 3\n"
                     "COMPOUNDRIGHTHYPHENMIN 5\nNOHYPHEN -,',x\n.ab1c\nb1c\n2bc1d\nabc4\n"},
        {"plain-minimums", "UTF-8\nLEFTHYPHENMIN 2\nRIGHTHYPHENMIN 3\n1ba\n"},
        {"no-minimums", "KOI8-R\n\xc1\x31\xc2\n"},
        {"nextlevel", "UTF-8\nLEFTHYPHENMIN 1\nNOHYPHEN -\n1-1\nNEXTLEVEL\nLEFTHYPHENMIN 2\na1b\n.x2y\nNEXTLEVEL\nc1d\n"},
        // A second NOHYPHEN replaces the first (libhyphen adds the counts: the same here,
        // where the first has a single entry; see the test of a longer first list below).
        {"nohyphen-twice", "ISO8859-1\nNOHYPHEN a\nNOHYPHEN ,c,d,\t\na1b\n"},
        {"nohyphen-blanks", "ISO8859-1\nNOHYPHEN\t\tzz,y\n"},
        {"non-standard", "ISO8859-1\nc1k/k=k,1,2\n.schif1f/ff=f,5,2\n1ab/x\nz1zy/yy,1\ntt1/t=,2,1\nq1q/,1,1\n"},
        {"non-standard-utf8", "UTF-8\n\xc3\xa4\x31\xc3\xb6/\xc3\xb6=,1,2\n.\xc3\xbc\x31x/y=,1,1\nab1c\xc3\xa4/q\n"},
        {"comments", "UTF-8\n% a comment\n%a1b\na1c\n% NEXTLEVEL\nb1c\n"},
        {"crlf", "UTF-8\r\na1b\r\nNOHYPHEN -,'\r\nLEFTHYPHENMIN 2\r\nx1y/z\r\ny1z/w,1,1\r\nNEXTLEVEL\r\nc1d\r\n"},
        {"duplicates-blanks", "UTF-8\na1b\n\n   c1d\nab2\na3b\n\t\na1b/x\nab1\n"},
        {"long-lines", "UTF-8\n" + std::string(150, 'a') + "1b\n" + std::string(120, 'c') + "\n%" +
                           std::string(100, 'd') + "e1f\n"},
        {"no-final-newline", "ISO8859-1\na1b\nb1c"},
        {"charset-missing", "a1b\nc1d\n"},
        {"long-first-line", "ISO8859-1-and-then-some1a\nb1c\n"},
        {"only-charset", "UTF-8"},
        {"digits-and-dots", "UTF-8\n.1a2b3.\n1.\n9\n..1a\n"},
    };
    for (const auto& [name, text] : cases) {
        CAPTURE(name);
        CHECK(difference_from_libhyphen(write_dic(name, text)) == "");
    }
}

TEST_CASE("a second NOHYPHEN replaces the first list and its count, so the list is never read past its end") {
    // libhyphen adds the counts (here 1 + 0) but keeps only the last list: its hyphenation
    // then reads a second string past the end of "c".
    Owned ours(load_hyphen_dictionary(write_dic("nohyphen-longer-first", "ISO8859-1\nNOHYPHEN a,b\nNOHYPHEN c\na1b\n")));
    REQUIRE(ours.dict != nullptr);
    const HyphenDict* file_level = ours.dict->nextlevel;  // after the default level libhyphen adds
    REQUIRE(file_level != nullptr);
    CHECK(file_level->nohyphenl == 0);
    CHECK(nohyphen_list(*file_level) == std::vector<std::string>{"c"});
}

TEST_CASE("random dictionaries load as libhyphen loads them") {
    // Lines from pieces that exercise the reader: letters shared between patterns (long state
    // chains and fallbacks), digits, dots, UTF-8 and 8-bit bytes, replacements, keywords.
    const std::vector<std::string> pieces = {"a", "b", "c", "ab", "1", "2", "5", ".", "\xc3\xa4", "\xe9", "/",
                                             "x=", ",", "1,", "2,2", " ", "\t", "%", "NOHYPHEN ",
                                             "LEFTHYPHENMIN ", "COMPOUNDRIGHTHYPHENMIN ", "-", "'"};
    std::mt19937 random(12345);
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };
    for (int file = 0; file < 300; ++file) {
        std::string text = file % 2 ? "UTF-8\n" : "ISO8859-1\n";
        std::size_t lines = 1 + pick(40);
        bool nohyphen = false;  // a second one makes libhyphen read past its list (see above)
        for (std::size_t l = 0; l < lines; ++l) {
            if (pick(30) == 0) text += "NEXTLEVEL\n";
            std::string line;
            for (std::size_t p = pick(8); p-- > 0;) line += pieces[pick(pieces.size())];
            if (line.starts_with("NOHYPHEN") && std::exchange(nohyphen, true)) line.insert(0, "x");
            text += line + (pick(5) == 0 ? "\r\n" : "\n");
        }
        CAPTURE(text);
        REQUIRE(difference_from_libhyphen(write_dic("random", text)) == "");
    }
}

TEST_CASE("an empty or missing dictionary is an error, not a crash") {
    CHECK(load_hyphen_dictionary(write_dic("empty", "")) == nullptr);
    CHECK(load_hyphen_dictionary("/nonexistent/hyph_xx.dic") == nullptr);
    CHECK_THROWS_AS(deckpress::text::HyphenDictionary(write_dic("empty", "")), std::runtime_error);
    CHECK_THROWS_AS(deckpress::text::ForeignDictionary(write_dic("empty", "")), std::runtime_error);
    // A file without its charset line reads its first pattern as one, as libhyphen does; that
    // is no encoding deckpress knows, so the language is an error too.
    CHECK_THROWS_AS(deckpress::text::ForeignDictionary(write_dic("charset-missing", "a1b\nc1d\n")),
                    std::runtime_error);
}

TEST_CASE("a dictionary we load hyphenates as libhyphen's load of it") {
    std::string path = write_dic("hyphenate", "ISO8859-1\nLEFTHYPHENMIN 1\nRIGHTHYPHENMIN 1\n1ba\nc1k/k=k,1,2\n");
    Owned ours(load_hyphen_dictionary(path));
    Owned theirs(hnj_hyphen_load(path.c_str()));
    REQUIRE(ours.dict != nullptr);
    // Digits and replacements of hnj_hyphen_hyphenate3 for `word`.
    auto hyphenate = [](HyphenDict* dict, const std::string& word) {
        std::string hyphens(word.size() + 5, '\0');
        char** rep = nullptr;
        int* pos = nullptr;
        int* cut = nullptr;
        hnj_hyphen_hyphenate3(dict, word.c_str(), static_cast<int>(word.size()), hyphens.data(), nullptr, &rep, &pos,
                              &cut, 1, 1, 1, 1);
        std::string result = hyphens.substr(0, word.size());
        for (std::size_t i = 0; rep && i < word.size(); ++i) {
            if (rep[i]) result += " " + std::to_string(i) + ":" + rep[i];
            std::free(rep[i]);
        }
        std::free(rep);
        std::free(pos);
        std::free(cut);
        return result;
    };
    CHECK(hyphenate(ours.dict, "abacka") == hyphenate(theirs.dict, "abacka"));
    CHECK(hyphenate(ours.dict, "abacka").find("k=k") != std::string::npos);  // the non-standard break
    CHECK(hyphenate(ours.dict, "abba") == hyphenate(theirs.dict, "abba"));
}
