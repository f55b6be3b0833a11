// tests/cli: a bank written with emoji and in Chinese, Japanese and Korean draws every character.
#include <doctest/doctest.h>

#include <sstream>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

const std::string kCjk = "\u7f13\u5b58\u662f\u4ec0\u4e48\uff1f";            // 缓存是什么？
const std::string kKana = "\u3042\u308a\u304c\u3068\u3046";                   // ありがとう
const std::string kHangul = "\uc548\ub155\ud558\uc138\uc694";                 // 안녕하세요
const std::string kEmoji = "\u2705 Faster reads \u274c Stale data \U0001F4A1 Tip \U0001F680 \U0001F600";

fs::path emoji_bank(const std::string& name) {
    fs::path dir = scratch_dir(name) / "bank";
    write_text_file(dir / "bank.yaml", "title: Emoji test \U0001F680\ncategories: [general]\n");
    write_text_file(dir / "general.yaml",
                    "title: \"General \u4e00\u822c \u2705\"\nquestions:\n"
                    "  - id: q1\n    level: beginner\n    kind: concept\n    q: \"Why use caching? \U0001F680\"\n"
                    "    short: \"" + kCjk + " \U0001F4A1\"\n    a: |\n      " + kEmoji + "\n\n      " + kCjk + " " + kKana +
                    " " + kHangul + "\n");
    return dir;
}

std::string capture(const std::string& command) { return run_capture(command + " 2>&1"); }

}  // namespace

TEST_CASE("CJK and emoji are drawn, embedded as subsets and come back from pdftotext, without warnings") {
    fs::path bank = emoji_bank("cjk-emoji-pdf");
    fs::path pdf = bank.parent_path() / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    CHECK_MESSAGE(t.result.err.find("not drawn") == std::string::npos, t.result.err);
    const std::string p = shell_quote(pdf.string());
    const std::string text = capture("pdftotext " + p + " -");
    for (const std::string& shown : {kCjk, kKana, kHangul, std::string("\U0001F680"), std::string("\u2705 Faster reads"),
                                     std::string("\u274c Stale data"), std::string("\U0001F4A1 Tip"), std::string("\U0001F600")})
        CHECK_MESSAGE(text.find(shown) != std::string::npos, shown, "\n", text);
    CHECK(text.find("Syntax") == std::string::npos);  // no poppler warning
    const std::string fonts = capture("pdffonts " + p);
    CHECK(fonts.find("DroidSansFallback") != std::string::npos);
    CHECK(fonts.find("Symbola") != std::string::npos);
    std::istringstream rows(fonts);
    std::string row;
    std::getline(rows, row);
    std::getline(rows, row);  // the header and its rule
    int embedded = 0;
    while (std::getline(rows, row)) {
        CAPTURE(row);
        CHECK(row.find("CID TrueType") != std::string::npos);
        CHECK(row.find("yes yes yes") != std::string::npos);  // embedded, subset, with ToUnicode
        ++embedded;
    }
    CHECK(embedded >= 3);
    CHECK(capture("qpdf --check " + p).find("No syntax or stream encoding errors") != std::string::npos);
    // The bookmarks and the metadata carry the emoji and CJK of the titles.
    const std::string outlines = capture("qpdf --json --json-key=outlines " + p);
    CHECK_MESSAGE(outlines.find("Why use caching? \U0001F680") != std::string::npos, outlines);
    CHECK_MESSAGE(outlines.find("General \u4e00\u822c \u2705") != std::string::npos, outlines);
    CHECK(capture("pdfinfo " + p).find("Emoji test \U0001F680") != std::string::npos);
}

TEST_CASE("every output draws a bank of emoji and CJK text without a missing-glyph warning or a poppler complaint") {
    fs::path bank = emoji_bank("cjk-emoji-all");
    const fs::path out = bank.parent_path() / "out";
    TimedRun t = run_timed({"all", bank.string(), "--out", out.string()}, source_root());
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    CHECK_MESSAGE(t.result.err.find("not drawn") == std::string::npos, t.result.err);
    int pdfs = 0;
    for (const auto& entry : fs::directory_iterator(out)) {
        if (entry.path().extension() != ".pdf") continue;
        ++pdfs;
        CAPTURE(entry.path().string());
        const std::string p = shell_quote(entry.path().string());
        const std::string text = run_capture("pdftotext " + p + " - 2>/dev/null");
        CHECK(text.find("\U0001F680") != std::string::npos);  // in the question line everywhere
        CHECK(run_capture("pdftotext " + p + " /dev/null 2>&1").empty());
        const std::string pages = shell_quote((bank.parent_path() / "page").string());
        CHECK(run_capture("pdftoppm -r 12 -gray " + p + " " + pages + " 2>&1 >/dev/null").empty());
    }
    CHECK(pdfs >= 10);
}
