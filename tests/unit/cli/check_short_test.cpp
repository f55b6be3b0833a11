// tests: `deckpress check` warns about short answers that cannot fit one card.
#include <doctest/doctest.h>

#include "support/run.hpp"

using namespace deckpress;

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
