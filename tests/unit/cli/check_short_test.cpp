// tests: `deckpress check` warns about short answers that cannot fit one card.
#include <doctest/doctest.h>

#include "support/run.hpp"

using namespace deckpress;

namespace {

/// A bank in `dir` of one question 'long' whose title repeats "considerably" `words` times, with
/// `short_line` (e.g. "    short: S.\n") after its answer.
void write_long_question_bank(const std::filesystem::path& dir, int words, const std::string& id = "long",
                              const std::string& short_line = "    short: S.\n") {
    test::write_text_file(dir / "bank.yaml", "title: Long questions\ncategories: [misc]\n");
    std::string title;
    for (int i = 0; i < words; ++i) title += "considerably ";
    test::write_text_file(dir / "misc.yaml", "title: Misc\nquestions:\n  - id: " + id + "\n    q: Why is this " + title +
                                                 "long?\n    a: Because.\n" + short_line +
                                                 "    level: beginner\n    kind: concept\n    tags: [a]\n");
}

}  // namespace

TEST_CASE("check warns, at the short answer, when it needs more than one card") {
    auto dir = test::scratch_dir("check-short");
    test::write_text_file(dir / "bank.yaml", "title: Long shorts\ncategories: [misc]\n");
    std::string words;
    for (int i = 0; i < 400; ++i) words += "lengthy explanation ";
    test::write_text_file(dir / "misc.yaml",
                          "title: Misc\nquestions:\n"
                          "  - id: fine\n    q: Short one?\n    a: Yes.\n    short: Yes.\n"
                          "    level: beginner\n    kind: concept\n    tags: [a]\n"
                          "  - id: too-long\n    q: Long one?\n    a: No.\n    level: beginner\n"
                          "    kind: concept\n    tags: [a]\n    short: |\n      " + words + "\n");
    auto r = test::run({test::deckpress_bin(), "check", dir.string()}, test::source_root());
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("2 questions in 1 category, 0 errors, 1 warning") != std::string::npos);
    std::string expected = (dir / "misc.yaml").string() + ":17:7:";  // the first line of the short text
    CHECK_MESSAGE(r.err.find(expected) == 0, r.err);
    CHECK(r.err.find("warning: the short answer of 'too-long' needs") != std::string::npos);
    CHECK(r.err.find("'fine'") == std::string::npos);

    auto strict = test::run({test::deckpress_bin(), "check", "--strict", dir.string()}, test::source_root());
    CHECK(strict.exit_code == 1);
}

TEST_CASE("check reports a question too long for a card front also when it has no short answer, as cards does") {
    // Only questions with a short answer were laid on cards: one without (its card shows the whole
    // answer) passed check with 0 errors, and 'deckpress all' then failed on it.
    auto dir = test::scratch_dir("check-front");
    write_long_question_bank(dir, 60, "no-short", "");
    const std::string error = (dir / "misc.yaml").string() +
                              ":4:8: error: question 'no-short' does not fit on a 95 x 65 mm card of cards-a4 even at 8 pt; shorten it";
    auto cards = test::run({test::deckpress_bin(), "cards", dir.string(), "--layout", "cards-a4", "--out",
                            (dir / "cards.pdf").string()}, test::source_root());
    CHECK(cards.exit_code == 1);
    CHECK_MESSAGE(cards.err.find(error) != std::string::npos, cards.err);
    auto check = test::run({test::deckpress_bin(), "check", dir.string()}, test::source_root());
    CHECK(check.exit_code == 1);
    CHECK_MESSAGE(check.err.find(error) != std::string::npos, check.err);
    CHECK(check.out.find("1 question in 1 category, 1 error") != std::string::npos);
}

TEST_CASE("a question too long for the cards of two layouts of one card size is reported once for each, by name") {
    // cards-index and cards-single both have 127 x 76 mm cards: 'deckpress all' printed the same
    // line twice, as if one error had been reported twice.
    auto dir = test::scratch_dir("check-front-names");
    write_long_question_bank(dir, 90);
    auto r = test::run({test::deckpress_bin(), "cards", dir.string(), "--layout", "cards-index", "--layout",
                        "cards-single", "--out", (dir / "out").string()},
                       test::source_root());
    CHECK(r.exit_code == 1);
    for (const char* layout : {"cards-index", "cards-single"})
        CHECK_MESSAGE(r.err.find(std::string("does not fit on a 127 x 76 mm card of ") + layout + " even at") !=
                          std::string::npos,
                      r.err);
}

TEST_CASE("the default command prints a card-fit error found by its check and by the cards render once") {
    // The check's card fit and the cards-a4 render found the same error: it was printed twice
    // and counted twice.
    auto dir = test::scratch_dir("check-front-once");
    write_long_question_bank(dir / "bank", 60);
    auto r = test::run({test::deckpress_bin(), "all", (dir / "bank").string(), "--out", (dir / "out").string()},
                       test::source_root());
    CHECK(r.exit_code == 1);
    const std::string error = "error: question 'long' does not fit on a 95 x 65 mm card of cards-a4 even at 8 pt";
    const std::size_t first = r.err.find(error);
    REQUIRE_MESSAGE(first != std::string::npos, r.err);
    CHECK_MESSAGE(r.err.find(error, first + 1) == std::string::npos, r.err);
    CHECK(r.err.find("card of cards-fold even at") != std::string::npos);  // the other layouts' own errors stay
}
