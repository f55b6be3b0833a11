// tests: a cheat sheet's first paragraph of an answer brings the list, table or code it announces with a colon.
#include <doctest/doctest.h>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

TEST_CASE("without a short answer, a first paragraph ending in a colon comes with the block it announces") {
    // "The main points:" was all a cheat sheet showed of an answer made of it and its list.
    fs::path dir = test::scratch_dir("cheat-first-paragraph");
    test::write_text_file(dir / "bank/bank.yaml", "title: T\ncategories: [c]\n");
    test::write_text_file(dir / "bank/c.yaml",
                          "title: C\nquestions:\n"
                          "  - id: listed\n    q: Which points?\n    level: beginner\n    kind: concept\n    a: |\n"
                          "      The main points:\n\n      - pointalpha\n      - pointbeta\n\n      Closing remark.\n"
                          "  - id: tabled\n    q: Which table?\n    level: beginner\n    kind: concept\n    a: |\n"
                          "      **Compared:**\n\n      | a | b |\n      |---|---|\n      | cellgamma | x |\n"
                          "  - id: plain\n    q: Which sentence?\n    level: beginner\n    kind: concept\n    a: |\n"
                          "      A whole sentence.\n\n      - itemdelta\n"
                          "  - id: leading\n    q: Which list first?\n    level: beginner\n    kind: concept\n    a: |\n"
                          "      ### Overview\n\n      - itemepsilon\n      - itemzeta\n\n      Prosetheta after it.\n");
    fs::path pdf = dir / "cheat.pdf";
    test::RunResult r = test::run({test::deckpress_bin(), "cheatsheet", "--bank", (dir / "bank").string(), "--layout",
                                   "cheatsheet-a4", "--out", pdf.string(), "--quiet"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    test::PdfText text = test::read_pdf_words(pdf.string(), dir.string());
    CHECK(text.warnings.empty());
    // An answer opening with a list (under a heading) gave the paragraph after it.
    for (const char* word : {"points:", "pointalpha", "pointbeta", "Compared:", "cellgamma", "sentence.", "itemepsilon", "itemzeta"})
        CHECK_MESSAGE(test::find_word(text, word) != nullptr, std::string(word));
    // Only what the colon announces: not the rest of the answer, nor a list after a full stop.
    for (const char* word : {"remark.", "itemdelta", "Prosetheta", "Overview"}) CHECK_MESSAGE(test::find_word(text, word) == nullptr, std::string(word));
}
