// tests: problems inside an exam choice's text are reported where that text is, not at its question.
#include <doctest/doctest.h>

#include <string>

#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

/// A one-question bank in DIR/bank whose multiple-choice question q1 (c.yaml, choices from
/// line 10 on) has `choices`, the YAML of its list items.
void write_choice_bank(const fs::path& dir, const std::string& choices) {
    test::write_text_file(dir / "bank" / "bank.yaml", "title: T\ncategories: [c]\n");
    test::write_text_file(dir / "bank" / "c.yaml", "title: C\nquestions:\n  - id: q1\n    q: Q?\n    short: s\n"
                                                   "    level: beginner\n    kind: concept\n    a: ans\n    choices:\n" +
                                                       choices);
}

}  // namespace

TEST_CASE("HTML in a choice is reported at its tag in the choice's text, named") {
    fs::path dir = test::scratch_dir("exam-choice-locations");
    write_choice_bank(dir, "      - text: plain <b>x</b>\n"
                          "        correct: true\n      - text: >\n          other\n          and <i>y</i>\n");
    auto r = test::run({test::deckpress_bin(), "exam", (dir / "bank").string(), "--seed", "1", "--out",
                        (dir / "out").string()});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.err.find("c.yaml:10:21: warning: HTML rendered as text: <b> (in choices of q1)") != std::string::npos);
    CHECK(r.err.find("c.yaml:14:15: warning: HTML rendered as text: <i> (in choices of q1)") != std::string::npos);
    CHECK(r.err.find("c.yaml:3:5: warning: HTML") == std::string::npos);  // the question's start, as before
    fs::remove_all(dir);
}

TEST_CASE("check reports HTML and missing characters in choices, as the exam does, and --strict fails on them") {
    // `check` never read the choices: it passed a bank whose exam failed with --strict.
    fs::path dir = test::scratch_dir("check-choices");
    write_choice_bank(dir, "      - text: plain <b>x</b>\n"
                          "        correct: true\n      - text: \xEA\x80\x8C or 4\n");  // Yi: in no bundled font
    auto r = test::run({test::deckpress_bin(), "check", (dir / "bank").string()});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK_MESSAGE(r.err.find("c.yaml:10:21: warning: HTML rendered as text: <b> (in choices of q1)") != std::string::npos, r.err);
    CHECK_MESSAGE(r.err.find("c.yaml:12:15: warning: choices of q1: character U+A00C") != std::string::npos, r.err);
    CHECK(r.out.find("0 errors, 2 warnings") != std::string::npos);
    auto strict = test::run({test::deckpress_bin(), "check", "--strict", (dir / "bank").string()});
    CHECK(strict.exit_code == 1);
    fs::remove_all(dir);
}

TEST_CASE("a choice that shows nothing once read as Markdown is an error at its text, as an empty one is") {
    // An HTML comment as a choice's text left a lettered choice with nothing beside it.
    fs::path dir = test::scratch_dir("check-blank-choice");
    write_choice_bank(dir, "      - text: \"<!-- nothing -->\"\n"
                          "        correct: true\n      - text: real\n");
    auto r = test::run({test::deckpress_bin(), "check", (dir / "bank").string()});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find("c.yaml:10:15: error: choice 'text' is empty once read as Markdown: nothing in it is shown") !=
                      std::string::npos,
                  r.err);
    fs::remove_all(dir);
}
