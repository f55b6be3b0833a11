// tests/cli: GitHub's Markdown extensions in an answer reach the reader PDF as a reader expects.
#include <doctest/doctest.h>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

TEST_CASE("task boxes, struck text and bare addresses reach the PDF without their Markdown marks") {
    fs::path bank = bank_with_answer("gfm", "- [x] Tested\n- [ ] Shipped\n\nUse ~~Python 2~~ Python 3, see https://docs.python.org/3/.");
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    CHECK(t.result.err.find("warning") == std::string::npos);
    const std::string text = run_capture("pdftotext -q " + shell_quote(pdf.string()) + " -");
    CHECK(text.find("\u2611 Tested") != std::string::npos);
    CHECK(text.find("\u2610 Shipped") != std::string::npos);
    CHECK(text.find("Use Python 2 Python 3, see https://docs.python.org/3/.") != std::string::npos);
    for (const char* mark : {"[x]", "[ ]", "~~"}) CHECK_MESSAGE(text.find(mark) == std::string::npos, mark);
    // The address is a link to itself, without the sentence's full stop.
    const std::string qdf = (bank.parent_path() / "qdf.pdf").string();
    run_capture("qpdf --qdf --object-streams=disable " + shell_quote(pdf.string()) + " " + shell_quote(qdf));
    CHECK(read_text_file(qdf).find("/URI (https://docs.python.org/3/)") != std::string::npos);
}
