// tests: a missing glyph is reported at the character's own line:col, and `check` reports what the reader does.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// "line:col" (1-based, byte columns) of the first `needle` in `text` at or after `from`.
std::string place_in(const std::string& text, const std::string& needle, std::size_t from = 0) {
    const std::size_t at = text.find(needle, from);
    REQUIRE(at != std::string::npos);
    const std::size_t line_start = text.rfind('\n', at) == std::string::npos ? 0 : text.rfind('\n', at) + 1;
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<long>(at), '\n');
    return std::to_string(line) + ":" + std::to_string(at - line_start + 1);
}

/// The missing-glyph lines of `err`, without their subject: "file:line:col: warning: character U+...".
std::set<std::string> glyph_lines(const std::string& err) {
    std::set<std::string> found;
    std::istringstream lines(err);
    for (std::string line; std::getline(lines, line);) {
        if (!line.ends_with("; it was not drawn")) continue;
        const std::size_t severity = line.find(": warning: ") != std::string::npos ? line.find(": warning: ")
                                                                                    : line.find(": error: ");
        found.insert(line.substr(0, severity) + " " + line.substr(line.find("character U+")));
    }
    return found;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos; at = text.find(needle, at + 1)) ++n;
    return n;
}

// One question per scalar style; each answer holds a Yi syllable (no bundled font has one) on a
// line after its first, the literal one twice (one warning, at the first).
const std::string kQuestions =
    "title: P\nquestions:\n"
    "  - id: lit\n    q: What is \ua000 here?\n    short: yes\n    level: beginner\n    kind: concept\n"
    "    a: |\n      First line.\n\n      Second \ua001 line, \ua001 again.\n"
    "  - id: fold\n    q: Folded?\n    short: yes\n    level: beginner\n    kind: concept\n"
    "    a: >\n      First line\n      then \ua002 here.\n"
    "  - id: plain\n    q: Plain?\n    short: yes\n    level: beginner\n    kind: concept\n"
    "    a: A plain answer\n      that goes on with \ua003.\n"
    "  - id: dq\n    q: Double?\n    short: yes\n    level: beginner\n    kind: concept\n"
    "    a: \"A quoted answer\n      with \ua004 in it\"\n"
    "  - id: sq\n    q: Single?\n    short: yes\n    level: beginner\n    kind: concept\n"
    "    a: 'It''s a quoted answer\n      with \ua005 in it'\n"
    "  - id: emoji\n    q: Emoji?\n    short: yes\n    level: beginner\n    kind: concept\n"
    "    a: |\n      A smile:\n      - item \U0001F970 here\n";

// A note whose body has a character no bundled font has.
const std::string kBankYaml = "title: Glyphs\ncategories: [p]\nnotes:\n  - title: Tips\n    body: |\n"
                              "      Use \ua006 wisely.\n";

fs::path glyph_bank(const std::string& name) {
    fs::path dir = scratch_dir(name) / "bank";
    write_text_file(dir / "bank.yaml", kBankYaml);
    write_text_file(dir / "p.yaml", kQuestions);
    return dir;
}

}  // namespace

TEST_CASE("the reader reports a missing glyph at the character, for every scalar style") {
    fs::path dir = glyph_bank("glyph-places-reader");
    const std::string file = (dir / "p.yaml").string();
    TimedRun reader = render_reader(dir, dir.parent_path() / "r.pdf");
    CHECK(reader.result.exit_code == 0);
    const std::string& err = reader.result.err;
    auto expect = [&](const std::string& id, const std::string& ch, const std::string& code) {
        const std::string want = file + ":" + place_in(kQuestions, ch) + ": warning: question " + id +
                                 ": character U+" + code;
        CHECK_MESSAGE(err.find(want) != std::string::npos, (want + "\n" + err));
    };
    expect("lit", "\ua000", "A000");  // the question line
    expect("lit", "\ua001", "A001");  // `|`, the first of two
    expect("fold", "\ua002", "A002");  // `>`
    expect("plain", "\ua003", "A003");
    expect("dq", "\ua004", "A004");
    expect("sq", "\ua005", "A005");
    expect("emoji", "\U0001F970", "1F970");  // inside a list item
    const std::string note = (dir / "bank.yaml").string() + ":" + place_in(kBankYaml, "\ua006") +
                             ": warning: note 'Tips': character U+A006";
    CHECK_MESSAGE(err.find(note) != std::string::npos, (note + "\n" + err));
    CHECK_MESSAGE(count(err, "U+A001") == 1, err);  // once per character per question
}

TEST_CASE("check reports the missing glyphs of answers as the reader does; --strict makes it fail") {
    fs::path dir = glyph_bank("glyph-places-check");
    TimedRun reader = render_reader(dir, dir.parent_path() / "r.pdf");
    TimedRun check = run_timed({"check", dir.string()}, source_root());
    CHECK(check.result.exit_code == 0);
    const std::set<std::string> rendered = glyph_lines(reader.result.err);
    const std::set<std::string> checked = glyph_lines(check.result.err);
    CHECK(rendered.size() == 8);
    CHECK_MESSAGE(rendered == checked, (reader.result.err + "\n---\n" + check.result.err));
    // The answers' warnings carry the reader's own words.
    CHECK_MESSAGE(check.result.err.find(": warning: question emoji: character U+1F970") != std::string::npos,
                  check.result.err);

    TimedRun strict = run_timed({"check", dir.string(), "--strict"}, source_root());
    CHECK(strict.result.exit_code == 1);
    CHECK_MESSAGE(strict.result.err.find(": error: question emoji: character U+1F970") != std::string::npos,
                  strict.result.err);
}

TEST_CASE("a character an escape made has no place of its own: it is reported where its paragraph starts") {
    fs::path dir = scratch_dir("glyph-places-escape") / "bank";
    write_text_file(dir / "bank.yaml", "title: Glyphs\ncategories: [p]\n");
    write_text_file(dir / "p.yaml", "title: P\nquestions:\n  - id: q1\n    q: Escaped?\n    short: yes\n"
                                    "    level: beginner\n    kind: concept\n    a: \"Made by \\uA000 an escape\"\n");
    TimedRun reader = render_reader(dir, dir.parent_path() / "r.pdf");
    CHECK(reader.result.exit_code == 0);
    // Where the answer (its only paragraph) starts, at its quote or first letter: never a place
    // the character is not (the escape is at column 17).
    const std::string file = (dir / "p.yaml").string();
    const std::string tail = ": warning: question q1: character U+A000";
    CHECK_MESSAGE((reader.result.err.find(file + ":8:8" + tail) != std::string::npos ||
                   reader.result.err.find(file + ":8:9" + tail) != std::string::npos),
                  reader.result.err);
}

TEST_CASE("a tab between words is a space: check does not call it a control character, as the reader does not") {
    // check warned "control character U+0009 (\t in a double-quoted string ...) is not text" at a
    // tab typed into a literal block, and check --strict failed, though every output sets the
    // tab as the space between two words.
    fs::path dir = scratch_dir("glyph-places-tab") / "bank";
    write_text_file(dir / "bank.yaml", "title: Tabs\ncategories: [p]\n");
    write_text_file(dir / "p.yaml", "title: P\nquestions:\n  - id: q1\n    q: \"A\\ttab?\"\n    short: \"x\\ty\"\n"
                                    "    level: beginner\n    kind: concept\n    a: |\n      Words\tapart and `code\tspan`.\n");
    TimedRun check = run_timed({"check", dir.string(), "--strict"}, source_root());
    CHECK_MESSAGE(check.result.exit_code == 0, check.result.err);
    CHECK_MESSAGE(check.result.err.find("U+0009") == std::string::npos, check.result.err);
    TimedRun reader = render_reader(dir, dir.parent_path() / "r.pdf");
    CHECK(reader.result.exit_code == 0);
    CHECK_MESSAGE(reader.result.err.find("U+0009") == std::string::npos, reader.result.err);
}
