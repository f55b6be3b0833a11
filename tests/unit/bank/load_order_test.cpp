// tests: load_bank parses category files on several threads; diagnostics keep file order.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "temp_bank.hpp"

using namespace deckpress;
using deckpress::test::dump;
using deckpress::test::formatted_lines;
using deckpress::test::question_yaml;
using deckpress::test::TempBank;

namespace {

/// Well above the size from which the loader parses files on helper threads.
constexpr std::size_t kBigBytes = 60000;

/// A question whose answer is `bytes` long: a file that takes long to parse.
std::string big_question_yaml(const std::string& id, std::size_t bytes) {
    std::string answer;
    while (answer.size() < bytes) answer += "      Some text of a long answer, line after line.\n";
    return "  - id: " + id + "\n    q: Q\n    short: s\n    level: beginner\n    kind: concept\n    a: |\n" + answer;
}

/// The first file is big, the later ones small and each with its own errors: with the files
/// parsed at the same time, the later ones are done first, but must be reported after it.
TempBank bank_with_errors_in_every_file() {
    TempBank tb("order");
    tb.file("bank.yaml", "title: T\ncategories: [big, syntax, keys, missing, dup, types]\n");
    tb.file("big.yaml", "title: Big\nquestions:\n" + big_question_yaml("first", kBigBytes) +
                            "  - id: b2\n    q: Q\n    a: A\n    short: s\n    level: hard\n    kind: concept\n");
    tb.file("syntax.yaml", "title: S\nquestions:\n  - id: [unclosed\n");
    tb.file("keys.yaml", "title: K\nquestions:\n" + question_yaml("k1") + "    lvel: x\n    kind: code\n");
    tb.file("dup.yaml", "title: D\nquestions:\n" + question_yaml("first") + "  - id: d2\n    q: ''\n    a: A\n");
    tb.file("types.yaml", "title: [T]\nquestions:\n" + question_yaml("t1"));
    tb.file("stray.yaml", "title: Stray\nquestions: []\n");
    return tb;
}

}  // namespace

TEST_CASE("diagnostics of category files parsed in parallel come in file order, every time") {
    TempBank tb = bank_with_errors_in_every_file();
    const std::string big = tb.path("big.yaml");
    const std::string keys = tb.path("keys.yaml");
    const std::string dup = tb.path("dup.yaml");
    const std::string big_question = big_question_yaml("first", kBigBytes);
    const int hard_line = 2 + static_cast<int>(std::count(big_question.begin(), big_question.end(), '\n')) + 5;
    // What the loader gave when it parsed and checked one file after the other.
    const std::vector<std::string> expected = {
        big + ":" + std::to_string(hard_line) + ":12: error: invalid level 'hard' (allowed: beginner, intermediate, advanced; did you mean 'advanced'?)",
        tb.path("syntax.yaml") + ":3:9: error: YAML syntax error: this '[' is never closed (a list written [a, b] ends with ']')",
        keys + ":10:5: error: duplicate key 'kind' (first defined at line 8)",  // parsing keys.yaml
        keys + ":9:5: error: unknown key 'lvel' in question (did you mean 'level'?)",  // checking it
        tb.path("bank.yaml") + ":2:33: error: category 'missing' has no file " + tb.path("missing.yaml"),
        dup + ":3:9: error: duplicate id 'first' (first used at " + big + ":3:9)",
        dup + ":10:8: error: 'q' is empty",
        dup + ":9:5: warning: short answer ('short') not set (cards show the whole answer, cheat sheets its first "
               "paragraph)",
        dup + ":9:5: warning: level not set",
        dup + ":9:5: warning: kind not set",
        tb.path("types.yaml") + ":1:8: error: expected text for 'title', found a list",  // and no "is empty"
        tb.path("stray.yaml") + ": error: category file 'stray.yaml' is not listed in bank.yaml 'categories'",
    };
    for (int run = 0; run < 20; ++run) {
        Diagnostics diags;
        tb.load(diags);
        CAPTURE(run);
        REQUIRE_MESSAGE(formatted_lines(diags) == expected, dump(diags));
    }
}

TEST_CASE("a bank in memory reports the same diagnostics in the same order as on disk") {
    TempBank tb = bank_with_errors_in_every_file();
    std::map<std::string, std::string> texts;
    for (const auto& entry : std::filesystem::directory_iterator(tb.dir))
        texts[entry.path().filename().string()] = deckpress::test::read_text_file(entry.path());
    Diagnostics on_disk;
    tb.load(on_disk);
    Diagnostics in_memory;
    bank::load_bank_texts(texts, tb.dir.string(), in_memory);
    CHECK(formatted_lines(in_memory) == formatted_lines(on_disk));
}

TEST_CASE("with --strict the warnings of files parsed in parallel become errors in place") {
    TempBank tb = bank_with_errors_in_every_file();
    Diagnostics normal;
    tb.load(normal);
    Diagnostics strict;
    strict.set_strict(true);
    tb.load(strict);
    REQUIRE(strict.items().size() == normal.items().size());
    for (std::size_t i = 0; i < strict.items().size(); ++i) {
        CHECK(strict.items()[i].severity == Severity::Error);
        CHECK(strict.items()[i].message == normal.items()[i].message);
    }
    CHECK(strict.error_count() == normal.error_count() + normal.warning_count());
}
