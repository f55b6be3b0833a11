// tests: the deckpress binary: exit codes, help, version, check, list and import.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using deckpress::test::deckpress_bin;
using deckpress::test::read_text_file;
using deckpress::test::run;
using deckpress::test::RunResult;
using deckpress::test::scratch_dir;
using deckpress::test::source_root;
using deckpress::test::write_text_file;
namespace fs = std::filesystem;

namespace {

RunResult run_deckpress(std::vector<std::string> args, const std::string& cwd = "") {
    args.insert(args.begin(), deckpress_bin());
    return run(args, cwd);
}

std::string bundled_bank() { return (fs::path(source_root()) / "content" / "python-fastapi-interview").string(); }
std::string seed_fixture() { return (fs::path(source_root()) / "tests" / "fixtures" / "seed-interview.md").string(); }

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::size_t chars(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

/// The whitespace-separated words of a line.
std::vector<std::string> words(const std::string& line) {
    std::vector<std::string> out;
    std::istringstream in(line);
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

}  // namespace

TEST_CASE("--version and --help") {
    RunResult v = run_deckpress({"--version"});
    CHECK(v.exit_code == 0);
    CHECK(v.out == "deckpress 0.1.0\n");

    RunResult h = run_deckpress({"--help"});
    CHECK(h.exit_code == 0);
    for (const char* cmd : {"check", "list", "import"})
        CHECK(h.out.find(std::string("\n  ") + cmd + " ") != std::string::npos);

    RunResult ch = run_deckpress({"check", "--help"});
    CHECK(ch.exit_code == 0);
    CHECK(ch.out.starts_with("Usage: deckpress check"));
    CHECK(ch.out.find("--strict") != std::string::npos);
    CHECK(ch.out.find("--bank DIR") != std::string::npos);
    CHECK(run_deckpress({"help", "import"}).out.starts_with("Usage: deckpress import"));

    // exam renders one layout by default (exam-letter), not every exam layout as the others do
    RunResult exam = run_deckpress({"exam", "--help"});
    CHECK(exam.out.find("--layout NAME   layout name or file (default: exam-letter)\n") != std::string::npos);
}

TEST_CASE("usage errors exit with 2 and say what is wrong") {
    RunResult unknown = run_deckpress({"chek"});
    CHECK(unknown.exit_code == 2);
    CHECK(unknown.err.starts_with("deckpress: error: unknown command 'chek' (did you mean 'check'?)\n"));
    CHECK(unknown.out.empty());

    RunResult option = run_deckpress({"check", "--bnk", "x"});
    CHECK(option.exit_code == 2);
    CHECK(option.err.find("unknown option '--bnk' (did you mean '--bank'?)") != std::string::npos);

    RunResult missing = run_deckpress({"list", "--bank"});
    CHECK(missing.exit_code == 2);
    CHECK(missing.err.find("option '--bank' needs a value (DIR)") != std::string::npos);

    CHECK(run_deckpress({"check", "--strict=yes"}).exit_code == 2);
    CHECK(run_deckpress({"check", "a", "b"}).exit_code == 2);
    CHECK(run_deckpress({"import", "doc.md"}).exit_code == 2);  // no --out

    RunResult level = run_deckpress({"reader", bundled_bank(), "--level", "expert", "--out", "/nonexistent/r.pdf"});
    CHECK(level.exit_code == 2);  // was 1, as for an input error
    // Like the bank's 'level:', a synonym or misspelling names the level it stands for.
    CHECK(level.err.starts_with("deckpress: error: --level 'expert' is not beginner, intermediate or advanced (did you mean 'advanced'?)\n"));
    RunResult typo = run_deckpress({"reader", bundled_bank(), "--level", "beginer", "--out", "/nonexistent/r.pdf"});
    CHECK(typo.err.starts_with("deckpress: error: --level 'beginer' is not beginner, intermediate or advanced (did you mean 'beginner'?)\n"));
    RunResult far = run_deckpress({"reader", bundled_bank(), "--level", "zzz", "--out", "/nonexistent/r.pdf"});
    CHECK(far.err.starts_with("deckpress: error: --level 'zzz' is not beginner, intermediate or advanced\n"));
    // A level in capitals selects that level, as the bank's own 'level:' does.
    const fs::path capitals = scratch_dir("level-capitals") / "r.pdf";
    RunResult upper = run_deckpress({"reader", bundled_bank(), "--level", "Advanced", "--layout", "reader-tablet",
                                     "--out", capitals.string(), "--quiet"});
    CHECK_MESSAGE(upper.exit_code == 0, upper.err);
    CHECK(read_text_file(capitals).size() > 1000);
    const std::string advanced = deckpress::test::run_capture("pdftotext -q " + capitals.string() + " -");
    CHECK(advanced.find("18 questions") != std::string::npos);
    for (const char* filter : {"--ids", "--tag", "--category", "--level"}) {  // an empty list selected everything
        RunResult empty = run_deckpress({"reader", bundled_bank(), filter, " , ,", "--out", "/nonexistent/r.pdf"});
        CHECK(empty.exit_code == 2);
        CHECK_MESSAGE(empty.err.starts_with(fmt::format("deckpress: error: {} names nothing; give one or more, "
                                                        "separated by commas\n", filter)), empty.err);
    }

    for (const char* option : {"--count", "--minutes", "--versions"}) {
        CAPTURE(option);
        RunResult exam = run_deckpress({"exam", option, "abc"});
        CHECK(exam.exit_code == 2);
        CHECK(exam.err.find(std::string(option) + " expects a whole number from") != std::string::npos);
        CHECK(exam.out.empty());  // no seed is announced for an exam that is never drawn
        CHECK(exam.err.ends_with("\nRun 'deckpress exam --help' for its options.\n"));  // was the general help
    }
    CHECK(run_deckpress({"--quiet", "list", "--bnk", "x"}).err.ends_with("Run 'deckpress list --help' for its options.\n"));
    CHECK(unknown.err.ends_with("\nRun 'deckpress --help' for usage.\n"));
}

TEST_CASE("a SOURCE_DATE_EPOCH that is no PDF date is a usage error before anything is written") {
    // It was dropped without a word ('abc', '-5') or failed every PDF with 'PDF writer:
    // HPDF_SetInfoDateAttr failed' (a value past the year 9999), naming neither the variable nor the value.
    fs::path out = scratch_dir("bad-epoch");
    for (const char* bad : {"abc", "-5", "99999999999999999999", "253402300800"}) {
        RunResult r = run({"env", std::string("SOURCE_DATE_EPOCH=") + bad, deckpress_bin(), "reader", "--layout",
                           "reader-tablet", "--bank", bundled_bank(), "--out", out.string(), "--quiet"},
                          source_root());
        CHECK_MESSAGE(r.exit_code == 2, bad);
        CHECK_MESSAGE(r.err.find(std::string("SOURCE_DATE_EPOCH is '") + bad + "', not a whole number of seconds") !=
                          std::string::npos,
                      r.err);
        CHECK_FALSE(fs::exists(out / "reader-tablet.pdf"));
    }
    RunResult ok = run({"env", "SOURCE_DATE_EPOCH=86400", deckpress_bin(), "reader", "--layout", "reader-tablet",
                        "--bank", bundled_bank(), "--out", out.string(), "--quiet"},
                       source_root());
    CHECK(ok.exit_code == 0);
    CHECK(read_text_file(out / "reader-tablet.pdf").find("/CreationDate (D:19700102000000Z") != std::string::npos);
}

TEST_CASE("--report naming the PDF, or one file for several layouts, is a usage error before anything is written") {
    // The report replaced the cards PDF it describes (exit 0); with two layouts the second
    // render said so only after the first PDF and report were written.
    fs::path out = scratch_dir("report-collision");
    const std::string pdf = (out / "cards.pdf").string();
    RunResult same = run_deckpress({"cards", bundled_bank(), "--layout", "cards-a4", "--out", pdf, "--report", pdf});
    CHECK(same.exit_code == 2);
    CHECK_MESSAGE(same.err.find("--out and --report name the same file") != std::string::npos, same.err);
    CHECK_FALSE(fs::exists(pdf));

    const std::string json = (out / "cards.json").string();
    RunResult two = run_deckpress({"cards", bundled_bank(), "--layout", "cards-a4", "--layout", "cards-letter",
                                   "--out", out.string(), "--report", json});
    CHECK(two.exit_code == 2);
    CHECK_MESSAGE(two.err.find("--report names one file, but several banks or layouts would be rendered") !=
                      std::string::npos, two.err);
    CHECK(fs::is_empty(out));
}

TEST_CASE("output lost on a full standard output is an error, not exit 0") {
    // 'deckpress list > /dev/full' printed nothing anywhere and exited 0.
    if (!fs::exists("/dev/full")) return;
    for (const char* command : {"list", "check"}) {
        RunResult r = run({"/bin/sh", "-c", deckpress::test::shell_quote(deckpress_bin()) + " " + command + " " +
                                                deckpress::test::shell_quote(bundled_bank()) + " >/dev/full"});
        CHECK_MESSAGE(r.exit_code == 1, command);
        CHECK_MESSAGE(r.err.find("deckpress: error: cannot write to standard output: No space left on device") !=
                          std::string::npos, r.err);
    }
}

TEST_CASE("check on the bundled bank") {
    RunResult r = run_deckpress({"check", bundled_bank()});
    CHECK(r.exit_code == 0);
    CHECK(r.out.starts_with("python-fastapi-interview: 60 questions in 12 categories, 0 errors, "));
    CHECK(r.err.empty());

    RunResult by_option = run_deckpress({"check", "--bank=" + bundled_bank()});
    CHECK(by_option.out == r.out);

    RunResult by_default = run_deckpress({"check"}, source_root());
    CHECK(by_default.exit_code == 0);
    CHECK(by_default.out.find("python-fastapi-interview: 60 questions in 12 categories") != std::string::npos);
}

TEST_CASE("check reports input errors with exit code 1") {
    fs::path dir = scratch_dir("cli-broken");
    write_text_file(dir / "bank.yaml", "title: Broken\ncategories: [a]\n");
    write_text_file(dir / "a.yaml", "title: A\nquestions:\n  - id: x\n    q: Q\n    a: A\n    lvel: beginner\n");
    RunResult r = run_deckpress({"check", dir.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find((dir / "a.yaml").string() + ":6:5: error: unknown key 'lvel' in question (did you mean 'level'?)") !=
          std::string::npos);
    CHECK(r.out == dir.filename().string() + ": 1 question in 1 category, 1 error, 3 warnings\n");

    RunResult missing = run_deckpress({"check", (dir / "nope").string()});
    CHECK(missing.exit_code == 1);
    CHECK(missing.err.find("bank folder not found") != std::string::npos);
    RunResult file = run_deckpress({"check", (dir / "a.yaml").string()});
    CHECK(file.exit_code == 1);
    CHECK_MESSAGE(file.err.find((dir / "a.yaml").string() + ": error: not a folder: a bank is a folder") !=
                      std::string::npos, file.err);
    CHECK(file.err.find("deckpress import") == std::string::npos);
    write_text_file(dir / "notes.md", "## What is X?\n\nY.\n");
    RunResult document = run_deckpress({"check", (dir / "notes.md").string()});
    CHECK(document.exit_code == 1);
    CHECK_MESSAGE(document.err.find("; to make one from this document: deckpress import " + (dir / "notes.md").string() +
                                    " --out content/notes") != std::string::npos, document.err);
}

TEST_CASE("check reports the Markdown problems of a bank whose YAML has errors in the same run") {
    // A missing image was only reported once the YAML errors were fixed: a second round of errors.
    fs::path dir = scratch_dir("cli-broken-markdown");
    write_text_file(dir / "bank.yaml", "title: Broken\ncategories: [a]\n");
    write_text_file(dir / "a.yaml", "title: A\nquestions:\n  - id: x\n    q: Q\n    a: A\n    lvel: beginner\n"
                                    "  - id: y\n    q: Q2\n    a: |\n      ![gone](img/gone.png)\n");
    RunResult r = run_deckpress({"check", dir.string()});
    CHECK(r.exit_code == 1);
    const std::string file = (dir / "a.yaml").string();
    CHECK(r.err.find(file + ":6:5: error: unknown key 'lvel'") != std::string::npos);
    CHECK_MESSAGE(r.err.find(file + ":10:7: error: image not found: img/gone.png") != std::string::npos, r.err);
    CHECK(r.out == dir.filename().string() + ": 2 questions in 1 category, 2 errors, 6 warnings\n");
}

TEST_CASE("a layout's output section is checked with the rest of the file, once, before any bank") {
    // 'contents: maybe' was reported only once 'justfy' was fixed, then once per bank.
    fs::path dir = scratch_dir("cli-layout-section");
    write_text_file(dir / "reader-bad.yaml", "kind: reader\ntext:\n  justfy: true\nreader:\n  contents: maybe\n");
    for (const char* name : {"one", "two"}) {
        write_text_file(dir / name / "bank.yaml", "title: T\ncategories: [c]\n");
        write_text_file(dir / name / "c.yaml", "title: C\nquestions:\n  - id: a\n    q: What is A?\n    a: A.\n");
    }
    RunResult r = run_deckpress({"reader", "--bank", (dir / "one").string(), "--bank", (dir / "two").string(), "--layout",
                                 (dir / "reader-bad.yaml").string(), "--out", (dir / "out").string(), "--quiet"});
    CHECK(r.exit_code == 1);
    const std::string file = (dir / "reader-bad.yaml").string();
    CHECK_MESSAGE(r.err == file + ":3:3: error: unknown key 'justfy' in text (did you mean 'justify'?)\n" + file +
                               ":5:13: error: expected true or false for 'contents', found 'maybe'\n", r.err);
    CHECK_FALSE(fs::exists(dir / "out"));
}

TEST_CASE("an exam's fresh seed is announced once its exams are drawn, never after a failed run") {
    fs::path dir = scratch_dir("cli-exam-seed");
    write_text_file(dir / "exam-bad.yaml", "kind: exam\npage:\n  size: a4\n  bogus: 1\n");
    RunResult bad = run_deckpress({"exam", "--layout", (dir / "exam-bad.yaml").string(), "--out", (dir / "bad").string()});
    CHECK(bad.exit_code == 1);
    CHECK_MESSAGE(bad.out.find("seed:") == std::string::npos, bad.out);  // it named a seed for no exam
    RunResult good = run_deckpress({"exam", "--out", (dir / "good").string()});
    CHECK(good.exit_code == 0);
    const std::size_t at = good.out.find("seed: ");
    REQUIRE_MESSAGE(at != std::string::npos, good.out);
    const std::string seed = good.out.substr(at + 6, good.out.find(' ', at + 6) - at - 6);
    CHECK(fs::exists(dir / "good" / ("exam-" + seed + ".pdf")));
    CHECK(good.out.find("repeat this exam with --seed " + seed) != std::string::npos);
}

TEST_CASE("the default command reports a small bank's warnings once and still makes every output") {
    fs::path dir = scratch_dir("cli-small-bank");
    fs::path bank = dir / "tiny";
    write_text_file(bank / "bank.yaml", "title: Tiny\ncategories: [c]\n");
    write_text_file(bank / "c.yaml", "title: C\nquestions:\n  - id: a\n    q: What is A?\n    a: The first.\n"
                                     "  - id: b\n    q: What is B?\n    a: The second.\n");
    RunResult r = run_deckpress({"all", bank.string(), "--out", (dir / "out").string()}, source_root());
    CHECK(r.exit_code == 0);
    const std::string level_warning = (bank / "c.yaml").string() + ":3:5: warning: level not set\n";
    std::size_t first = r.err.find(level_warning);
    CHECK(first != std::string::npos);
    CHECK_MESSAGE(r.err.find(level_warning, first + 1) == std::string::npos, r.err);  // once, not per output
    CHECK(r.err.find("warning: the exam has 2 questions, not 10: the selection holds no more") != std::string::npos);
    CHECK(r.out.find("tiny: 2 questions in 1 category, 0 errors, 6 warnings\n") != std::string::npos);
    for (const char* pdf : {"reader-tablet.pdf", "cards-a4.pdf", "cheatsheet-a4.pdf", "exam-424242.pdf",
                            "exam-424242-key.pdf"})
        CHECK_MESSAGE(fs::exists(dir / "out" / pdf), pdf);
}

TEST_CASE("warnings about a question's text point into the question's own line") {
    fs::path dir = scratch_dir("cli-question-loc");
    write_text_file(dir / "bank.yaml", "title: R\ncategories: [c]\n");
    write_text_file(dir / "c.yaml", "title: C\nquestions:\n  - id: he\n    level: beginner\n    kind: concept\n"
                                    "    short: s\n    q: What is <b>\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D</b>?\n    a: A.\n");
    RunResult r = run_deckpress({"check", dir.string()});
    CHECK(r.exit_code == 0);
    const std::string file = (dir / "c.yaml").string();
    CHECK_MESSAGE(r.err.find(file + ":7:19: warning: right-to-left text (U+05E9") != std::string::npos, r.err);
    CHECK_MESSAGE(r.err.find(file + ":7:16: warning: HTML rendered as text: <b> (in question he)") != std::string::npos, r.err);
}

TEST_CASE("a question too long for any card is an error at its q: text; the cards are not written") {
    fs::path dir = scratch_dir("cli-long-question");
    std::string question;
    for (int i = 0; i < 260; ++i) question += "word" + std::to_string(i) + " ";
    write_text_file(dir / "bank.yaml", "title: L\ncategories: [c]\n");
    write_text_file(dir / "c.yaml", "title: C\nquestions:\n  - id: long\n    level: beginner\n    kind: concept\n"
                                    "    short: Short.\n    q: " + question + "\n    a: Answer.\n");
    RunResult r = run_deckpress({"cards", dir.string(), "--layout", "cards-a4", "--out", (dir / "cards.pdf").string()},
                                source_root());
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find((dir / "c.yaml").string() + ":7:8: error: question 'long' does not fit on a 95 x 65 mm "
                             "card of cards-a4 even at 8 pt; shorten it") != std::string::npos, r.err);
    CHECK_FALSE(fs::exists(dir / "cards.pdf"));
}

TEST_CASE("a category title that leaves a question no room on a card is the error, at the title") {
    // 'question 'q' does not fit ... shorten it' pointed at a two-word question under a
    // 300-word category title (every card front repeats the category).
    fs::path dir = scratch_dir("cli-long-category");
    std::string title;
    for (int i = 0; i < 300; ++i) title += "word ";
    write_text_file(dir / "bank.yaml", "title: L\ncategories: [c]\n");
    write_text_file(dir / "c.yaml", "title: " + title + "\nquestions:\n  - id: q\n    level: beginner\n"
                                    "    kind: concept\n    short: Short.\n    q: Why?\n    a: Answer.\n");
    RunResult r = run_deckpress({"cards", dir.string(), "--layout", "cards-a4", "--out", (dir / "cards.pdf").string()},
                                source_root());
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find((dir / "c.yaml").string() + ":1:8: error: the category title takes more than half of a "
                             "95 x 65 mm card of cards-a4: question 'q' does not fit beside it; shorten it") != std::string::npos,
                  r.err);
    CHECK(r.err.find("question 'q' does not fit on") == std::string::npos);
}

TEST_CASE("duplex options given for a fold layout are said to be unused") {
    fs::path dir = scratch_dir("cli-fold-options");
    RunResult r = run_deckpress({"cards", bundled_bank(), "--layout", "cards-fold", "--flip", "short-edge",
                                 "--back-offset", "1,2", "--out", (dir / "fold.pdf").string()});
    CHECK(r.exit_code == 0);
    CHECK_MESSAGE(r.err.find("cards-fold: --flip, --back-offset not used: fold cards print front and back side by "
                             "side on one side of the paper\n") != std::string::npos, r.err);
    RunResult plain = run_deckpress({"cards", bundled_bank(), "--layout", "cards-fold", "--out",
                                     (dir / "fold2.pdf").string()});
    CHECK(plain.exit_code == 0);
    CHECK(plain.err.find("not used") == std::string::npos);
}

TEST_CASE("list prints an aligned category x level table") {
    RunResult r = run_deckpress({"list", bundled_bank()});
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> lines = lines_of(r.out);
    REQUIRE(lines.size() == 15);  // bank line, header, 12 categories, total
    CHECK(lines[0].starts_with("python-fastapi-interview: "));
    CHECK(words(lines[1]) == std::vector<std::string>{"category", "beginner", "intermediate", "advanced", "total"});
    CHECK(lines[2].starts_with("Python Fundamentals & Advanced Concepts "));
    for (std::size_t i = 2; i < lines.size(); ++i) CHECK(chars(lines[i]) == chars(lines[1]));
    std::vector<std::string> total = words(lines.back());
    REQUIRE(total.size() == 5);
    CHECK(total[0] == "total");
    CHECK(std::stoi(total[1]) + std::stoi(total[2]) + std::stoi(total[3]) == 60);
    CHECK(total[4] == "60");
    int column_sum = 0;
    for (std::size_t i = 2; i + 1 < lines.size(); ++i) column_sum += std::stoi(words(lines[i]).back());
    CHECK(column_sum == 60);
}

TEST_CASE("an option that takes one value given twice is a usage error; filters, layouts and banks repeat") {
    fs::path dir = scratch_dir("cli-twice");
    RunResult seed = run_deckpress({"exam", bundled_bank(), "--seed", "1", "--seed", "2", "--out", dir.string()});
    CHECK(seed.exit_code == 2);
    CHECK(seed.err.find("option '--seed' is given twice ('1', then '2'); give it once") != std::string::npos);
    RunResult out = run_deckpress({"reader", bundled_bank(), "--layout", "reader-tablet", "--out",
                                   (dir / "a.pdf").string(), "--out=" + (dir / "b.pdf").string()});
    CHECK(out.exit_code == 2);
    CHECK_FALSE(fs::exists(dir / "a.pdf"));
    CHECK_FALSE(fs::exists(dir / "b.pdf"));
    RunResult repeated = run_deckpress({"reader", bundled_bank(), "--layout", "reader-tablet", "--layout",
                                        "reader-ereader", "--category", "sql", "--category", "python", "--out",
                                        dir.string()});
    CHECK_MESSAGE(repeated.exit_code == 0, repeated.err);
    CHECK(fs::exists(dir / "reader-ereader.pdf"));
}

TEST_CASE("--back-offset takes two finite numbers within 50 mm; NaN is refused") {
    fs::path dir = scratch_dir("cli-back-offset");
    for (const char* bad : {"nan,1", "1,nan", "-nan,0", "inf,0", "1", "1,2,3", "51,0", "x,y"}) {
        RunResult r = run_deckpress({"cards", bundled_bank(), "--layout", "cards-a4", "--back-offset", bad,
                                     "--out", (dir / "c.pdf").string()});
        CHECK_MESSAGE(r.exit_code == 2, std::string(bad));
        CHECK_MESSAGE(r.err.find("--back-offset must be X,Y in mm") != std::string::npos, std::string(bad));
    }
    CHECK_FALSE(fs::exists(dir / "c.pdf"));
}

TEST_CASE("list keeps its columns aligned for titles with wide (CJK, emoji) and combining characters") {
    // Characters were counted, not terminal columns: a wide title pushed its row to the right.
    fs::path dir = scratch_dir("cli-list-wide") / "bank";
    write_text_file(dir / "bank.yaml", "title: Wide\ncategories: [a, b]\n");
    const std::string question = "  - {id: ID, q: \"Q?\", a: A, short: S, level: beginner, kind: concept}\n";
    auto with_id = [&](const std::string& id) { return std::string(question).replace(question.find("ID"), 2, id); };
    write_text_file(dir / "a.yaml", "title: \"\u5206\u5149\u6cd5 \U0001F52C\"\nquestions:\n" + with_id("a1"));
    write_text_file(dir / "b.yaml", "title: \"Cafe\u0301 plain\"\nquestions:\n" + with_id("b1"));
    RunResult r = run_deckpress({"list", dir.string()});
    REQUIRE(r.exit_code == 0);
    std::vector<std::string> lines = lines_of(r.out);
    REQUIRE(lines.size() == 5);
    // Columns: the CJK title 3 x 2 + 1 + 2 = 9, "Cafe" + mark + " plain" 10, so "category"
    // and each title are padded to 10, then "  " and the count right-aligned in 8.
    CHECK(lines[1].starts_with("category" + std::string(2 + 2, ' ') + "beginner"));
    CHECK(lines[2].starts_with("\u5206\u5149\u6cd5 \U0001F52C" + std::string(1 + 2 + 7, ' ') + "1"));
    CHECK(lines[3].starts_with("Cafe\u0301 plain" + std::string(0 + 2 + 7, ' ') + "1"));
}

TEST_CASE("import writes a bank that check accepts with warnings; list shows 'unset'") {
    fs::path out = scratch_dir("cli-import") / "seed-bank";
    RunResult r = run_deckpress({"import", seed_fixture(), "--out", out.string()});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.out.find("12 categories, 60 questions, 6 notes") != std::string::npos);
    CHECK(r.out.find("check: 0 errors, 180 warnings") != std::string::npos);
    CHECK(fs::exists(out / "bank.yaml"));
    CHECK(read_text_file(out / "bank.yaml").find("title: Seed Bank\n") != std::string::npos);
    for (const auto& entry : fs::directory_iterator(out))
        CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);

    RunResult check = run_deckpress({"check", out.string()});
    CHECK(check.exit_code == 0);
    CHECK(check.out == "seed-bank: 60 questions in 12 categories, 0 errors, 180 warnings\n");
    CHECK(run_deckpress({"check", "--strict", out.string()}).exit_code == 1);

    RunResult list = run_deckpress({"list", out.string()});
    CHECK(list.exit_code == 0);
    CHECK(words(lines_of(list.out)[1]).back() == "total");
    CHECK(words(lines_of(list.out)[1]).at(4) == "unset");
    CHECK(words(lines_of(list.out).back()) == std::vector<std::string>{"total", "0", "0", "0", "60", "60"});

    RunResult again = run_deckpress({"import", seed_fixture(), "--out", out.string()});
    CHECK(again.exit_code == 1);
    CHECK(again.err.find("--force") != std::string::npos);
    CHECK(run_deckpress({"import", seed_fixture(), "--out", out.string(), "--force", "--title", "Mine"}).exit_code == 0);
    CHECK(read_text_file(out / "bank.yaml").find("title: Mine\n") != std::string::npos);
}

TEST_CASE("import names only what it dropped, in the singular for one") {
    // It printed "dropped: 0 table-of-contents entries, 0 'back to top' links, 0 '---' separators,
    // 0 '**A:**' leads" for a document with none of them, and "1 'back to top' links".
    fs::path dir = scratch_dir("cli-import-dropped");
    write_text_file(dir / "plain.md", "## Stats\n\n### 1. What is a p-value?\n\nA probability.\n");
    RunResult plain = run_deckpress({"import", (dir / "plain.md").string(), "--out", (dir / "plain").string()});
    REQUIRE_MESSAGE(plain.exit_code == 0, plain.err);
    CHECK_MESSAGE(plain.out.find("\n  dropped:") == std::string::npos, plain.out);
    write_text_file(dir / "linked.md", "## Stats\n\n### 1. What is a p-value?\n\n**Answer:** A probability.\n\n"
                                       "[Back to top](#stats)\n");
    RunResult linked = run_deckpress({"import", (dir / "linked.md").string(), "--out", (dir / "linked").string()});
    REQUIRE_MESSAGE(linked.exit_code == 0, linked.err);
    CHECK_MESSAGE(linked.out.find("\n  dropped: 1 'back to top' link, 1 'A:' / '**Answer:**' lead\n") != std::string::npos,
                  linked.out);
}

TEST_CASE("import --force over another bank removes its old category files, so the new one loads") {
    fs::path out = scratch_dir("cli-import-force") / "bank";
    REQUIRE(run_deckpress({"import", seed_fixture(), "--out", out.string()}).exit_code == 0);
    write_text_file(out.parent_path() / "small.md", "# Small\n\n## Rust\n\n### Q1: What is ownership?\n\nOne owner.\n");
    RunResult r = run_deckpress({"import", (out.parent_path() / "small.md").string(), "--out", out.string(), "--force"});
    CHECK_MESSAGE(r.exit_code == 0, r.out, r.err);
    CHECK(r.out.find("check: 0 errors") != std::string::npos);
    CHECK(r.out.find("removed fastapi-framework.yaml: a category of the replaced bank") != std::string::npos);
    std::vector<std::string> files;
    for (const auto& entry : fs::directory_iterator(out)) files.push_back(entry.path().filename().string());
    std::sort(files.begin(), files.end());
    CHECK(files == std::vector<std::string>{"bank.yaml", "rust.yaml"});
    CHECK(run_deckpress({"check", out.string()}).exit_code == 0);
}

TEST_CASE("import --force removes the replaced bank's category files only, not the folder's other YAML files") {
    // Every *.yaml the new bank did not write was removed, "a category of the replaced bank".
    fs::path out = scratch_dir("cli-import-force-keep") / "bank";
    write_text_file(out / "bank.yaml", "title: Old\ncategories: [old, ../outside]\n");
    write_text_file(out / "old.yaml", "title: Old\nquestions: []\n");
    write_text_file(out / "docker-compose.yaml", "services: {}\n");
    write_text_file(out.parent_path() / "outside.yaml", "keep: me\n");
    write_text_file(out.parent_path() / "small.md", "# Small\n\n## Rust\n\n### Q1: What is ownership?\n\nOne owner.\n");
    RunResult r = run_deckpress({"import", (out.parent_path() / "small.md").string(), "--out", out.string(), "--force"});
    CHECK(r.out.find("removed old.yaml: a category of the replaced bank") != std::string::npos);
    CHECK(r.out.find("docker-compose.yaml") == std::string::npos);
    CHECK(fs::exists(out / "docker-compose.yaml"));
    CHECK(fs::exists(out.parent_path() / "outside.yaml"));
    CHECK_FALSE(fs::exists(out / "old.yaml"));
    CHECK(r.exit_code == 1);  // the check names the file that is no category of the new bank
    CHECK(r.err.find((out / "docker-compose.yaml").string() +
                     ": error: category file 'docker-compose.yaml' is not listed in bank.yaml 'categories'") !=
          std::string::npos);
}

TEST_CASE("import names a UTF-16 document and why a document cannot be opened") {
    // Was "invalid UTF-8 (byte 0xFF)" at 1:1, and "cannot open file" without a reason.
    fs::path dir = scratch_dir("cli-import-utf16");
    write_text_file(dir / "notes.md", std::string("\xFF\xFE#\0 \0T\0\n\0", 10));
    RunResult utf16 = run_deckpress({"import", (dir / "notes.md").string(), "--out", (dir / "x").string()});
    CHECK(utf16.exit_code == 1);
    CHECK(utf16.err == (dir / "notes.md").string() +
                           ": error: the document is UTF-16, not UTF-8: save it as UTF-8\n");
    RunResult missing = run_deckpress({"import", (dir / "nope.md").string(), "--out", (dir / "x").string()});
    CHECK(missing.err == (dir / "nope.md").string() +
                             ": error: cannot open file: No such file or directory\n");
    CHECK_FALSE(fs::exists(dir / "x"));
}

TEST_CASE("import refuses documents it cannot use") {
    fs::path dir = scratch_dir("cli-import-bad");
    write_text_file(dir / "latin1.md", "### Q1: caf\xE9?\n\nyes\n");
    RunResult bad = run_deckpress({"import", (dir / "latin1.md").string(), "--out", (dir / "x").string()});
    CHECK(bad.exit_code == 1);
    CHECK(bad.err == (dir / "latin1.md").string() + ":1:12: error: invalid UTF-8 (byte 0xE9); save the file as UTF-8\n");  // said once

    RunResult folder = run_deckpress({"import", dir.string(), "--out", (dir / "w").string()});
    CHECK(folder.exit_code == 1);
    CHECK(folder.err == dir.string() + ": error: is a folder, not a Markdown document\n");

    write_text_file(dir / "empty.md", "Just prose, no questions.\n");
    RunResult none = run_deckpress({"import", (dir / "empty.md").string(), "--out", (dir / "y").string()});
    CHECK(none.exit_code == 1);
    CHECK(none.err.starts_with((dir / "empty.md").string() + ": error: no questions found (expected headings"));
    CHECK_FALSE(fs::exists(dir / "y"));

    CHECK(run_deckpress({"import", (dir / "missing.md").string(), "--out", (dir / "z").string()}).exit_code == 1);
}

TEST_CASE("no command checks the default banks and renders every layout") {
    fs::path out = scratch_dir("default-run");
    RunResult r = run_deckpress({"--out", out.string()}, source_root());
    CHECK(r.exit_code == 0);
    CHECK(r.out.find("python-fastapi-interview: 60 questions in 12 categories") != std::string::npos);
    for (const char* kind : {"reader-", "cards-", "cheatsheet-"})
        for (const auto& entry : fs::directory_iterator(source_root() + "/layouts")) {
            std::string stem = entry.path().stem().string();
            if (stem.rfind(kind, 0) != 0) continue;
            fs::path pdf = out / (stem + ".pdf");
            CHECK_MESSAGE(r.out.find(pdf.string()) != std::string::npos, stem);
            CHECK_MESSAGE(run({"pdftotext", pdf.string(), "-"}).out.size() > 1000, stem);
        }
    CHECK(run({"pdftotext", (out / "exam-424242.pdf").string(), "-"}).out.find("Seed 424242") != std::string::npos);
    CHECK(run({"pdftotext", (out / "exam-424242-key.pdf").string(), "-"}).out.find("Answer key") != std::string::npos);
    CHECK(run_deckpress({"--nope"}, source_root()).exit_code == 2);
}

namespace {
/// A scratch folder whose content/ holds two small banks from the fixtures: long (2 questions)
/// and mc (8 questions).
fs::path root_with_two_banks(const std::string& name) {
    fs::path dir = scratch_dir(name);
    fs::path fixtures = fs::path(source_root()) / "tests" / "fixtures";
    fs::create_directories(dir / "content");
    fs::copy(fixtures / "long-answer-bank", dir / "content" / "long", fs::copy_options::recursive);
    fs::copy(fixtures / "mc-bank", dir / "content" / "mc", fs::copy_options::recursive);
    return dir;
}
}  // namespace

TEST_CASE("with several banks, a blueprint fitted to a small one says which bank") {
    fs::path dir = root_with_two_banks("cli-exam-banks");
    RunResult r = run_deckpress({"exam", "--seed", "5", "--out", "o/"}, dir.string());
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK_MESSAGE(r.err.find("warning: the exam has 2 questions, not 10: the selection holds no more (bank long)") !=
                      std::string::npos, r.err);
    CHECK(r.err.find("the exam has 8 questions, not 10: the selection holds no more (bank mc)") != std::string::npos);
    CHECK(fs::exists(dir / "o" / "long" / "exam-5-key.pdf"));
}

TEST_CASE("a filter value with a typo or in the wrong case gets a did-you-mean, a category the list of them") {
    fs::path dir = root_with_two_banks("cli-filter-hints");
    RunResult r = run_deckpress({"cheatsheet", "--bank", "content/mc", "--layout", "cheatsheet-a4", "--category",
                                 "design", "--out", "o/"},
                                dir.string());
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find("--category 'design' matches no category of the bank (known: basics, sql)") !=
                      std::string::npos, r.err);
    r = run_deckpress({"cheatsheet", "--layout", "cheatsheet-a4", "--out", "o/", "--bank",
                       source_root() + "/content/python-fastapi-interview", "--category", "Python", "--tag", "Pythn",
                       "--ids", "python-decorator"},
                      dir.string());
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find("--category 'Python' matches no category of the bank (did you mean 'python'?)") !=
                      std::string::npos, r.err);
    CHECK_MESSAGE(r.err.find("--tag 'Pythn' matches no tag of the bank (did you mean 'python'?)") != std::string::npos,
                  r.err);
    CHECK_MESSAGE(r.err.find("--ids 'python-decorator' matches no question of the bank (did you mean "
                             "'python-decorators'?)") != std::string::npos, r.err);
}

TEST_CASE("filter errors name the bank they are about; a tag no question has is one of them") {
    fs::path dir = root_with_two_banks("cli-filter-banks");
    RunResult r = run_deckpress({"reader", "--layout", "reader-tablet", "--category", "design", "--out", "o/"},
                                dir.string());
    CHECK(r.exit_code == 1);
    CHECK(fs::exists(dir / "o" / "long" / "reader-tablet.pdf"));
    CHECK_MESSAGE(r.err.find("content/mc: error: --category 'design' matches no category of the bank") !=
                      std::string::npos, r.err);
    r = run_deckpress({"reader", "--bank", "content/long", "--layout", "reader-tablet", "--tag", "nosuch"},
                      dir.string());
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find("content/long: error: --tag 'nosuch' matches no tag of the bank") != std::string::npos,
                  r.err);
}

TEST_CASE("--out naming a PDF in capitals writes that file, not a folder of that name") {
    const fs::path dir = scratch_dir("out-capitals");
    RunResult r = run_deckpress({"reader", bundled_bank(), "--layout", "reader-tablet", "--out", (dir / "Reader.PDF").string(),
                                 "--quiet"});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(fs::is_regular_file(dir / "Reader.PDF"));
    CHECK(read_text_file(dir / "Reader.PDF").starts_with("%PDF-"));
    RunResult exam = run_deckpress({"exam", bundled_bank(), "--seed", "7", "--out", (dir / "Exam.PDF").string(), "--quiet"});
    REQUIRE_MESSAGE(exam.exit_code == 0, exam.err);
    CHECK(fs::is_regular_file(dir / "Exam.pdf"));
    CHECK(fs::is_regular_file(dir / "Exam-key.pdf"));
}
