// tests: hostile bank files through the CLI: fast, a clear file:line:col error, no PDF written.
#include <doctest/doctest.h>

#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// Renders the reader for `bank` and expects a refusal: exit 1 within the time bound, the
/// error `expected` on stderr, no PDF and no temporary file.
void expect_refused(const fs::path& bank, const std::string& expected) {
    fs::path out = bank.parent_path() / "out";
    TimedRun t = render_reader(bank, out / "reader.pdf");
    CHECK(t.seconds < patho_seconds());
    CHECK(t.result.exit_code == 1);
    CHECK_MESSAGE(t.result.err.find(expected) != std::string::npos, t.result.err);
    CHECK_FALSE(fs::exists(out / "reader.pdf"));
    CHECK(no_temp_files(bank.parent_path()));
}

}  // namespace

TEST_CASE("a YAML alias bomb (billion laughs) stops with a size error at its position") {
    fs::path bank = bank_with_answer("bomb", "fine");
    std::string bomb = "title: Bomb\ncategories: [p]\nlol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i < 10; ++i) {
        bomb += "lol" + std::to_string(i) + ": &l" + std::to_string(i) + " [";
        for (int j = 0; j < 9; ++j) bomb += (j ? ", *l" : "*l") + std::to_string(i - 1);
        bomb += "]\n";
    }
    write_text_file(bank / "bank.yaml", bomb);
    expect_refused(bank, (bank / "bank.yaml").string() + ":");
    TimedRun check = run_timed({"check", bank.string()});
    CHECK(check.seconds < patho_seconds());
    CHECK(check.result.exit_code == 1);
    CHECK(check.result.err.find("error: document too large") != std::string::npos);
}

TEST_CASE("a 50 MB category file is refused before parsing, naming the file") {
    fs::path bank = bank_with_answer("huge", "fine");
    std::string big = read_text_file(bank / "p.yaml");
    big.reserve(50u << 20);
    const std::string filler = "# " + std::string(1020, 'x') + "\n";
    while (big.size() < (50u << 20)) big += filler;
    write_text_file(bank / "p.yaml", big);
    expect_refused(bank, (bank / "p.yaml").string() + ": error: file too large");
}

TEST_CASE("invalid UTF-8 in an answer is an error at its line and column") {
    fs::path bank = bank_with_answer("utf8", "caf\xC3 au lait");
    // The answer's first line is line 9 of p.yaml, indented by 6 (see bank_with_answer).
    expect_refused(bank, (bank / "p.yaml").string() + ":9:10: error: invalid UTF-8");
}

TEST_CASE("a NUL byte in an answer is an error at its line and column") {
    fs::path bank = bank_with_answer("nul", std::string("before\0after", 12));
    expect_refused(bank, (bank / "p.yaml").string() + ":9:13: error: NUL byte");
}

TEST_CASE("an image path that leaves the bank folder is refused, and the message names it") {
    fs::path bank = bank_with_answer("image", "See ![secret](../../../etc/hostname) here.");
    write_text_file(bank.parent_path() / "outside.png", "not really a png");
    expect_refused(bank, "image path leaves the bank folder: ../../../etc/hostname");

    fs::path sibling = bank_with_answer("image2", "![x](../outside.png)");
    write_text_file(sibling.parent_path() / "outside.png", "not really a png");
    expect_refused(sibling, "image path leaves the bank folder: ../outside.png");
}

TEST_CASE("a truncated PNG is an error at its reference, not a crash") {
    fs::path bank = bank_with_answer("cut-png", "See:\n\n![chart](chart.png)");
    std::string png("\x89PNG\r\n\x1a\n\x00\x00\x00\x0DIHDR\x00\x00\x07\xC4\x00\x00\x05\x52\x08\x02\x00\x00\x00"
                    "\x00\x00\x00\x00\x00\x00\x10\x00IDAT\x78\x9C",
                    43);  // a header, then the first bytes of a long IDAT chunk
    write_text_file(bank / "chart.png", png);
    expect_refused(bank, (bank / "p.yaml").string() + ":11:7: error: damaged PNG image");
    TimedRun check = run_timed({"check", bank.string()});
    CHECK(check.result.exit_code == 1);
    CHECK(check.result.err.find("damaged PNG image") != std::string::npos);
}

TEST_CASE("an answer that shows nothing once read as Markdown is an error, as an empty one is") {
    // Each rendered as a question with a blank answer, and 'check' said nothing.
    const std::string message = ": error: 'a' is empty once read as Markdown: nothing in it is shown";
    for (const char* answer : {"[ref]: https://example.com", "<!-- to do -->", "&nbsp;", "\u200b\u00a0", "---",
                               "```\n```"}) {
        fs::path bank = bank_with_answer("shows-nothing", answer);
        CAPTURE(answer);
        expect_refused(bank, (bank / "p.yaml").string() + ":9:7" + message);
    }
    for (const char* answer : {"![alt](missing-but-shown.png)", "`x`", "# Heading", "> quoted"}) {
        fs::path bank = bank_with_answer("shows-something", answer);
        CAPTURE(answer);
        TimedRun check = run_timed({"check", bank.string()});
        CHECK(check.result.err.find("is empty once read as Markdown") == std::string::npos);
    }
}
