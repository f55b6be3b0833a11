// tests: a character no font has: a warning at file:line:col; --strict makes it an error, no PDF.
#include <doctest/doctest.h>

#include <sstream>

#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// The lines of `text` that start with `start` and hold `needle`.
int lines_with(const std::string& text, const std::string& start, const std::string& needle) {
    int n = 0;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) n += line.starts_with(start) && line.find(needle) != std::string::npos;
    return n;
}

}  // namespace

TEST_CASE("missing glyph: warning and a PDF; with --strict an error, exit 1 and no PDF") {
    fs::path bank = bank_with_answer("glyph", "The sign \ua007 is in no bundled font.");
    const std::string where = (bank / "p.yaml").string() + ":9:";
    fs::path out = bank.parent_path() / "out";

    TimedRun warn = render_reader(bank, out / "warn.pdf");
    CHECK(warn.result.exit_code == 0);
    CHECK_MESSAGE(warn.result.err.find(where) != std::string::npos, warn.result.err);
    CHECK(warn.result.err.find("warning:") != std::string::npos);
    CHECK(warn.result.err.find("U+A007") != std::string::npos);
    CHECK(fs::exists(out / "warn.pdf"));

    TimedRun strict = render_reader(bank, out / "strict.pdf", {"--strict"});
    CHECK(strict.result.exit_code == 1);
    CHECK_MESSAGE(strict.result.err.find(where) != std::string::npos, strict.result.err);
    CHECK(strict.result.err.find("error:") != std::string::npos);
    CHECK(strict.result.err.find("U+A007") != std::string::npos);
    CHECK_FALSE(fs::exists(out / "strict.pdf"));
    CHECK(no_temp_files(out));
}

TEST_CASE("cards report a missing glyph of the question and of the short answer once each") {
    // The cards' fit probes set the answer at several sizes; they must not use up the report.
    fs::path dir = scratch_dir("patho-glyph-cards") / "bank";
    write_text_file(dir / "bank.yaml", "title: Glyphs\ncategories: [p]\n");
    write_text_file(dir / "p.yaml",
                    "title: P\nquestions:\n  - id: q1\n    q: What is \ua007?\n    short: It is \ua001.\n"
                    "    level: beginner\n    kind: concept\n    a: A long answer.\n");
    fs::path out = dir.parent_path() / "out";
    TimedRun cards = run_timed({"cards", dir.string(), "--layout", "cards-a4", "--out", (out / "c.pdf").string()},
                               source_root());
    CHECK(cards.result.exit_code == 0);
    const std::string& err = cards.result.err;
    auto count = [&](const std::string& needle) {
        std::size_t n = 0;
        for (std::size_t at = err.find(needle); at != std::string::npos; at = err.find(needle, at + 1)) ++n;
        return n;
    };
    CHECK_MESSAGE(count("U+A007") == 1, err);
    CHECK_MESSAGE(count("U+A001") == 1, err);
    CHECK(err.find((dir / "p.yaml").string() + ":5:18: warning: card q1: character U+A001") != std::string::npos);
}

TEST_CASE("a missing glyph in the bank's or a category's own texts is reported where that text is") {
    // The cover, page header and footer, contents, category bands and the exam's scoring table
    // reported these without a location, and the cheat sheet's header and footer not at all.
    fs::path dir = scratch_dir("patho-glyph-titles") / "bank";
    write_text_file(dir / "bank.yaml", "title: Bank \ua000\nsubtitle: Sub \ua002\nauthor: By \ua003\n"
                                       "categories: [p]\nnotes:\n  - title: Note \ua005\n    body: Body.\n");
    write_text_file(dir / "p.yaml", "title: Cat \ua008\nquestions:\n  - id: q1\n    q: What?\n    short: It.\n"
                                    "    level: beginner\n    kind: concept\n    a: An answer.\n");
    fs::path out = dir.parent_path() / "out";
    const std::string bank_yaml = (dir / "bank.yaml").string(), cat_yaml = (dir / "p.yaml").string();
    TimedRun reader = run_timed({"reader", dir.string(), "--layout", "reader-tablet", "--out",
                                 (out / "r.pdf").string()}, source_root());
    CHECK(reader.result.exit_code == 0);
    const std::string& err = reader.result.err;
    CHECK_MESSAGE(err.find("deckpress: warning:") == std::string::npos, err);
    CHECK(err.find(bank_yaml + ":1:8: warning: cover: character U+A000") != std::string::npos);
    CHECK(err.find(bank_yaml + ":2:11: warning: cover: character U+A002") != std::string::npos);
    CHECK(err.find(bank_yaml + ":3:9: warning: cover: character U+A003") != std::string::npos);
    // The note title shows in the contents and over the note: one warning for the place.
    CHECK_MESSAGE(lines_with(err, bank_yaml + ":6:12: warning: ", "character U+A005") == 1, err);
    CHECK(err.find(cat_yaml + ":1:8: warning: category p: character U+A008") != std::string::npos);

    TimedRun sheet = run_timed({"cheatsheet", dir.string(), "--layout", "cheatsheet-a4", "--out",
                                (out / "c.pdf").string()}, source_root());
    CHECK(sheet.result.exit_code == 0);
    CHECK_MESSAGE(sheet.result.err.find(bank_yaml + ":1:8: warning: page header: character U+A000") !=
                  std::string::npos, sheet.result.err);
    CHECK(sheet.result.err.find(bank_yaml + ":2:11: warning: page footer: character U+A002") != std::string::npos);

    TimedRun exam = run_timed({"exam", dir.string(), "--layout", "exam-a4", "--out", out.string()}, source_root());
    CHECK(exam.result.exit_code == 0);
    CHECK_MESSAGE(exam.result.err.find("deckpress: warning: scoring") == std::string::npos, exam.result.err);
    CHECK_MESSAGE(lines_with(exam.result.err, cat_yaml + ":1:8: warning: ", "character U+A008") == 1, exam.result.err);
}

TEST_CASE("cards report a missing glyph of the category title, deck title and question where each is") {
    // Every card reported its category's and the bank's title characters, at the question's
    // first line, and the question's own characters there too rather than at its q: text.
    fs::path dir = scratch_dir("patho-glyph-card-labels") / "bank";
    write_text_file(dir / "bank.yaml", "title: Bank \ua000\ncategories: [p]\n");
    write_text_file(dir / "p.yaml", "title: Cat \ua008\nquestions:\n"
                                    "  - id: q1\n    level: beginner\n    kind: concept\n    q: What is \ua007?\n"
                                    "    short: It.\n    a: An answer.\n"
                                    "    choices:\n      - {text: \"\ua009\", correct: true}\n      - {text: No}\n"
                                    "  - id: q2\n    q: Two?\n    short: Two.\n    level: beginner\n"
                                    "    kind: concept\n    a: Two.\n");
    fs::path out = dir.parent_path() / "out";
    const std::string bank_yaml = (dir / "bank.yaml").string(), cat_yaml = (dir / "p.yaml").string();
    TimedRun cards = run_timed({"cards", dir.string(), "--layout", "cards-a4", "--out", (out / "c.pdf").string()},
                               source_root());
    CHECK(cards.result.exit_code == 0);
    const std::string& err = cards.result.err;
    CHECK_MESSAGE(err.find(cat_yaml + ":1:8: warning: category p: character U+A008") != std::string::npos, err);
    CHECK(err.find(bank_yaml + ":1:8: warning: page footer: character U+A000") != std::string::npos);
    CHECK(err.find(cat_yaml + ":6:16: warning: card q1: character U+A007") != std::string::npos);
    CHECK(err.find("card q2") == std::string::npos);  // q2's own text has every character

    TimedRun exam = run_timed({"exam", dir.string(), "--layout", "exam-a4", "--out", out.string()}, source_root());
    CHECK(exam.result.exit_code == 0);
    CHECK_MESSAGE(exam.result.err.find(cat_yaml + ":10:17: warning: choices of q1: character U+A009") !=
                  std::string::npos, exam.result.err);
}

TEST_CASE("the reader reports a missing glyph of a category title at the title, not at each question") {
    fs::path dir = scratch_dir("patho-glyph-reader-meta") / "bank";
    write_text_file(dir / "bank.yaml", "title: Bank\ncategories: [p]\n");
    std::string questions;
    for (const char* id : {"q1", "q2", "q3"})
        questions += std::string("  - id: ") + id + "\n    q: Why?\n    short: So.\n    level: beginner\n"
                     "    kind: concept\n    a: Because.\n    tags: [fine]\n";
    write_text_file(dir / "p.yaml", "title: Cat \ua008\nquestions:\n" + questions);
    TimedRun reader = run_timed({"reader", dir.string(), "--layout", "reader-tablet", "--out",
                                 (dir.parent_path() / "r.pdf").string()}, source_root());
    CHECK(reader.result.exit_code == 0);
    const std::string& err = reader.result.err;
    CHECK_MESSAGE(err.find((dir / "p.yaml").string() + ":1:8: warning: category p: character U+A008") !=
                  std::string::npos, err);
    CHECK_MESSAGE(err.find("question q") == std::string::npos, err);
}

TEST_CASE("the default command reports a character missing at one place once, whatever shows it") {
    // A category title shows in the contents, the category band, the cards, the cheat sheets and
    // the exam's scoring table, under as many subjects: it was reported 4 times at one place.
    fs::path dir = scratch_dir("patho-glyph-once") / "bank";
    write_text_file(dir / "bank.yaml", "title: Bank\ncategories: [p]\n");
    write_text_file(dir / "p.yaml", "title: Cat \ua008\nquestions:\n  - id: q1\n    q: What?\n    short: It.\n"
                                    "    level: beginner\n    kind: concept\n    a: An answer.\n");
    TimedRun all = run_timed({"all", dir.string(), "--out", (dir.parent_path() / "out").string()}, source_root());
    CHECK(all.result.exit_code == 0);
    CHECK_MESSAGE(lines_with(all.result.err, (dir / "p.yaml").string() + ":1:8: warning: ", "U+A008") == 1,
                  all.result.err);
}

TEST_CASE("a control character from a string escape is named with its escape, once, and not drawn") {
    fs::path bank = bank_with_answer("control-escape", "Plain.", "    tags: [\"a\\bb\"]\n");
    write_text_file(bank / "p.yaml", read_text_file(bank / "p.yaml").replace(
                                         read_text_file(bank / "p.yaml").find("q: Does it survive?"), 19,
                                         "q: \"Does \\bword\\b match?\""));
    TimedRun run = render_reader(bank, bank.parent_path() / "r.pdf");
    CHECK_MESSAGE(run.result.exit_code == 0, run.result.err);
    const std::string warning = "control character U+0008 (\\b in a double-quoted string; write \\\\ for a "
                                "backslash) is not text; it was not drawn";
    CHECK_MESSAGE(lines_with(run.result.err, (bank / "p.yaml").string() + ":4:8: warning: ", warning) == 1,
                  run.result.err);
    CHECK(lines_with(run.result.err, (bank / "p.yaml").string() + ":8:12: warning: question q1 tag: ", warning) == 1);
    CHECK(lines_with(run.result.err, "", "U+0008") == 2);  // the question and the tag, each where it is
}

TEST_CASE("the reader reports a tag's missing glyph at the tags, and the category title's only at the title") {
    // The line above each question shows its category title and tags: a tag the fonts could not
    // draw made the whole line report at the question's '- id:', the title's characters too.
    fs::path dir = scratch_dir("patho-glyph-tags") / "bank";
    write_text_file(dir / "bank.yaml", "title: Glyphs\ncategories: [p]\n");
    write_text_file(dir / "p.yaml",
                    "title: Sparkles \ua00d\nquestions:\n  - id: q1\n    q: What?\n    short: It.\n"
                    "    level: beginner\n    kind: concept\n    tags: [ok, \ua007]\n    a: An answer.\n");
    fs::path out = dir.parent_path() / "out";
    TimedRun reader = render_reader(dir, out / "r.pdf");
    CHECK(reader.result.exit_code == 0);
    const std::string& err = reader.result.err;
    const std::string file = (dir / "p.yaml").string();
    CHECK_MESSAGE(lines_with(err, file + ":8:16: warning:", "U+A007") == 1, err);
    CHECK_MESSAGE(lines_with(err, file + ":1:8: warning:", "U+A00D") == 1, err);
    CHECK_MESSAGE(lines_with(err, file + ":3:", "U+") == 0, err);  // nothing at the question's start
}

TEST_CASE("cheat sheets report a missing glyph of the question and of its answer where each is") {
    // Both were reported at the question's '- id:' line (and the default command then printed
    // the question's characters twice: there and, from the other outputs, at the question).
    fs::path dir = scratch_dir("patho-glyph-cheat") / "bank";
    write_text_file(dir / "bank.yaml", "title: Glyphs\ncategories: [p]\n");
    write_text_file(dir / "p.yaml",
                    "title: P\nquestions:\n  - id: q1\n    q: What is \ua007?\n    short: It is \ua001.\n"
                    "    level: beginner\n    kind: concept\n    a: A long answer with \ua00a.\n"
                    "  - id: q2\n    q: Why?\n    level: beginner\n    kind: concept\n    a: Because \ua00b.\n");
    fs::path out = dir.parent_path() / "out";
    TimedRun sheet = run_timed({"cheatsheet", dir.string(), "--layout", "cheatsheet-a4", "--out",
                                (out / "c.pdf").string()}, source_root());
    CHECK(sheet.result.exit_code == 0);
    const std::string& err = sheet.result.err;
    const std::string file = (dir / "p.yaml").string();
    CHECK_MESSAGE(lines_with(err, file + ":4:16: warning:", "U+A007") == 1, err);
    CHECK_MESSAGE(lines_with(err, file + ":5:18: warning:", "U+A001") == 1, err);
    CHECK_MESSAGE(lines_with(err, file + ":13:16: warning:", "U+A00B") == 1, err);  // no short: the answer's
    CHECK_MESSAGE(lines_with(err, file + ":3:", "U+") == 0, err);
    CHECK_MESSAGE(lines_with(err, file + ":9:", "U+") == 0, err);
}

TEST_CASE("the reader's own arrow, missing from a layout's fonts, is reported at the layout's fonts") {
    // It was reported at the bank's title (bank.yaml:1:8), where there is no arrow.
    fs::path bank = bank_with_answer("glyph-arrow", "Plain text.");
    fs::path layout = bank.parent_path() / "reader-no-symbols.yaml";
    write_text_file(layout, "kind: reader\nfonts:\n  fallback: []\nreader:\n  contents: true\n");
    TimedRun t = run_timed({"reader", bank.string(), "--layout", layout.string(), "--out",
                            (bank.parent_path() / "out" / "r.pdf").string()});
    CHECK(t.result.exit_code == 0);
    CHECK_MESSAGE(t.result.err == layout.string() + ":2:1: warning: page header: character U+2191 '\u2191' is in none "
                                                    "of the fonts; it was not drawn\n",
                  t.result.err);
}
