// tests/cli: the columns of file:line:col count characters, as editors do, not UTF-8 bytes.
#include <doctest/doctest.h>

#include "cli/columns.hpp"
#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

TEST_CASE("a column after Greek, Cyrillic or CJK text counts characters, not bytes") {
    // Were 7:18 and 8:23 (and 2:21 below): each Greek letter counted 2 bytes, each CJK character 3.
    fs::path dir = scratch_dir("columns") / "bank";
    write_text_file(dir / "bank.yaml", "title: T\ncategories: [p]\n");
    write_text_file(dir / "p.yaml", "title: P\nquestions:\n  - id: q1\n    level: beginner\n    kind: concept\n"
                                    "    short: x\n    q: \"\u0395\u03bb\u03bb\u03b7 <div> x\"\n"
                                    "    a: \"\u7f13\u5b58\u662f <div> \u043f\u0440\u0438 <u>x</u>\"\n");
    RunResult r = run({deckpress_bin(), "check", dir.string()});
    CHECK(r.exit_code == 0);
    CHECK_MESSAGE(r.err.find((dir / "p.yaml").string() + ":7:14: warning: HTML rendered as text: <div>") != std::string::npos,
                  r.err);
    CHECK_MESSAGE(r.err.find((dir / "p.yaml").string() + ":8:13: warning: HTML rendered as text: <div>") != std::string::npos,
                  r.err);
}

TEST_CASE("an exam history's JSON error counts characters too, and a CRLF file's lines are its lines") {
    fs::path dir = scratch_dir("columns-json");
    write_text_file(dir / "h.json", "{\"exams\": [\r\n  {\"bank\": \"\u00e9\u00e9\u00e9\",, }\r\n]}\r\n");
    RunResult r = run({deckpress_bin(), "exam", "--bank", source_root() + "/content/python-fastapi-interview", "--seed", "3",
                                 "--out", dir.string(), "--history", (dir / "h.json").string()});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.starts_with((dir / "h.json").string() + ":2:18: error: not valid JSON"), r.err);
}

TEST_CASE("a column on the first line of a file with a byte-order mark is not moved by the mark") {
    fs::path dir = scratch_dir("columns-bom") / "bank";
    write_text_file(dir / "bank.yaml", "\xEF\xBB\xBF" "categories: [p, missing]\ntitle: T\n");
    write_text_file(dir / "p.yaml", "title: P\nquestions:\n  - id: q1\n    level: beginner\n    kind: concept\n"
                                    "    short: x\n    q: Q?\n    a: A.\n");
    RunResult r = run({deckpress_bin(), "check", dir.string()});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find((dir / "bank.yaml").string() + ":1:17: error: category 'missing' has no file") !=
                      std::string::npos,
                  r.err);
}

TEST_CASE("a file changed between runs (deckpress watch) has its columns counted in its new text") {
    fs::path file = scratch_dir("columns-watch") / "p.yaml";
    write_text_file(file, "a: \u00e9\u00e9\u00e9 <b>\n");
    const deckpress::SourceLoc at{file.string(), 1, 11};  // the '<' after three 2-byte letters
    CHECK(deckpress::cli::in_characters(at).column == 8);
    write_text_file(file, "a: eee  <b>\n");  // the same bytes before the tag, all ASCII now
    deckpress::cli::forget_read_files();     // what each run's begin_run does
    CHECK(deckpress::cli::in_characters(at).column == 11);
}
