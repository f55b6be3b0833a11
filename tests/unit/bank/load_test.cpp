// tests: load_bank: a valid bank's model, and every error at its exact file:line:col.
#include <doctest/doctest.h>

#include "temp_bank.hpp"

using namespace deckpress;
using deckpress::test::bank_yaml;
using deckpress::test::dump;
using deckpress::test::has_diag;
using deckpress::test::question_yaml;
using deckpress::test::TempBank;

TEST_CASE("a valid bank loads into the model") {
    TempBank tb("valid");
    tb.file("bank.yaml",
            "title: Interview prep\nsubtitle: Sub\nauthor: Me\nsource: seed\ncategories: [python, sql]\n"
            "notes:\n  - title: Tips\n    body: |\n      Be **calm**.\n");
    tb.file("python.yaml",
            "title: Python\nquestions:\n" + question_yaml("gil") +
                "  - id: mcq\n"
                "    q: Pick one\n"
                "    a: |\n"
                "      The *second*.\n"
                "    short: second\n"
                "    level: advanced\n"
                "    kind: code\n"
                "    tags: [python, quiz]\n"
                "    keep_last: true\n"
                "    choices:\n"
                "      - {text: first, correct: false}\n"
                "      - {text: second, correct: true}\n"
                "      - text: all of the above\n");
    tb.file("sql.yaml", "title: SQL\nquestions:\n" + question_yaml("joins"));
    Diagnostics diags;
    bank::Bank b = tb.load(diags);
    CHECK_MESSAGE(diags.items().empty(), dump(diags));
    CHECK(b.title == "Interview prep");
    CHECK(b.subtitle == "Sub");
    CHECK(b.source == "seed");
    CHECK(b.name == tb.dir.filename().string());
    REQUIRE(b.notes.size() == 1);
    CHECK(b.notes[0].body == "Be **calm**.\n");
    REQUIRE(b.categories.size() == 2);
    CHECK(b.categories[0].id == "python");
    CHECK(b.categories[1].title == "SQL");
    CHECK(b.question_count() == 3);
    const bank::Question& q = b.categories[0].questions[1];
    CHECK(q.id == "mcq");
    CHECK(q.category == "python");
    CHECK(q.level == bank::Level::Advanced);
    CHECK(q.kind == bank::Kind::Code);
    CHECK(q.tags == std::vector<std::string>{"python", "quiz"});
    REQUIRE(q.choices.size() == 3);
    CHECK(q.choices[1].correct);
    CHECK_FALSE(q.choices[2].correct);
    CHECK(q.keep_last);
    CHECK(q.a == "The *second*.\n");
    CHECK(q.a_loc.line == 12);
    CHECK(q.a_loc.column == 7);
    CHECK(q.loc.line == 9);
    CHECK(b.all_questions().back()->id == "joins");
    CHECK(b.find_category("sql") == &b.categories[1]);
}

TEST_CASE("each bad input is reported at its exact position") {
    TempBank tb("errors");
    tb.file("bank.yaml", bank_yaml("python, other"));
    tb.file("other.yaml", "title: Other\nquestions:\n" + question_yaml("dup"));
    tb.file("python.yaml",
            "title: Python\n"                    // 1
            "questions:\n"                       // 2
            "  - id: dup\n"                      // 3
            "    q: First\n"                     // 4
            "    a: Answer\n"                    // 5
            "    short: s\n"                     // 6
            "    lvel: beginner\n"               // 7
            "    kind: concept\n"                // 8
            "  - id: Bad Id\n"                   // 9
            "    q: \"\"\n"                      // 10
            "    a:\n"                           // 11
            "    short: s\n"                     // 12
            "    level: expert\n"                // 13
            "    kind: story\n"                  // 14
            "    tags: python\n"                 // 15
            "  - id: ok\n"                       // 16
            "    q: Q\n"                         // 17
            "    a: A\n"                         // 18
            "    short: s\n"                     // 19
            "    short: again\n"                 // 20
            "    level: beginner\n"              // 21
            "    kind: concept\n"                // 22
            "    choices:\n"                     // 23
            "      - {text: only, correct: no}\n");  // 24
    Diagnostics diags;
    tb.load(diags);
    std::string py = tb.path("python.yaml");
    std::string other = tb.path("other.yaml");
    INFO(dump(diags));
    CHECK(has_diag(diags, py + ":7:5: error: unknown key 'lvel' in question (did you mean 'level'?)"));
    CHECK(has_diag(diags, py + ":3:5: warning: level not set"));
    CHECK(has_diag(diags, other + ":3:9: error: duplicate id 'dup' (first used at " + py + ":3:9)"));
    CHECK(has_diag(diags, py + ":9:9: error: bad id 'Bad Id': use lowercase letters, digits, '-' and '_' "
                                "(e.g. 'python-decorators')"));
    CHECK(has_diag(diags, py + ":10:8: error: 'q' is empty"));
    CHECK(has_diag(diags, py + ":11:5: error: 'a' is empty"));
    CHECK(has_diag(diags, py + ":13:12: error: invalid level 'expert' (allowed: beginner, intermediate, advanced; did you mean 'advanced'?)"));
    CHECK(has_diag(diags, py + ":14:11: error: invalid kind 'story' (allowed: concept, code, scenario, behavioral)"));
    CHECK(has_diag(diags, py + ":15:11: error: expected a list for 'tags', found text"));
    CHECK(has_diag(diags, py + ":20:5: error: duplicate key 'short' (first defined at line 19)"));
    CHECK(has_diag(diags, py + ":24:7: error: 'choices' needs at least 2 choices"));
    CHECK(diags.error_count() == 10);
    CHECK(diags.warning_count() == 1);
}

TEST_CASE("three different errors give three diagnostics in one run") {
    TempBank tb("three");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml",
            "title: A\nquestions:\n"
            "  - id: one\n    q: Q\n    a: A\n    short: s\n    level: hard\n    kind: concept\n"
            "  - id: two\n    q: Q\n    a: ''\n    short: s\n    level: beginner\n    kind: concept\n"
            "  - id: three\n    q: Q\n    a: A\n    short: s\n    level: beginner\n    kind: concept\n"
            "    tgs: [x]\n");
    Diagnostics diags;
    tb.load(diags);
    CHECK_MESSAGE(diags.error_count() == 3, dump(diags));
    CHECK(diags.warning_count() == 0);
}

TEST_CASE("bank.yaml problems: missing title, listed category without file, unlisted file") {
    TempBank tb("bankfile");
    tb.file("bank.yaml", "titel: X\ncategories:\n  - a\n  - missing\n  - a\n  - Bad.Name\n");
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("q1"));
    tb.file("stray.yaml", "title: Stray\nquestions: []\n");
    Diagnostics diags;
    tb.load(diags);
    std::string bf = tb.path("bank.yaml");
    INFO(dump(diags));
    CHECK(has_diag(diags, bf + ":1:1: error: unknown key 'titel' in bank.yaml (did you mean 'title'?)"));
    CHECK(has_diag(diags, bf + ":1:1: error: missing required key 'title' in bank.yaml"));
    CHECK(has_diag(diags, bf + ":4:5: error: category 'missing' has no file " + tb.path("missing.yaml")));
    CHECK(has_diag(diags, bf + ":5:5: error: category 'a' is listed twice (first at line 3)"));
    CHECK(has_diag(diags, bf + ":6:5: error: bad category id 'Bad.Name': use lowercase letters, digits, "
                                "'-' and '_' (it names the file <id>.yaml)"));
    CHECK(has_diag(diags, tb.path("stray.yaml") + ": error: category file 'stray.yaml' is not listed in "
                                                  "bank.yaml 'categories'"));
    CHECK(diags.error_count() == 6);
}

TEST_CASE("wrong node types are reported, not thrown") {
    TempBank tb("types");
    tb.file("bank.yaml", "title: [not, text]\ncategories: a\nnotes: {title: x}\n");
    Diagnostics diags;
    tb.load(diags);
    std::string bf = tb.path("bank.yaml");
    INFO(dump(diags));
    CHECK(has_diag(diags, bf + ":1:8: error: expected text for 'title', found a list"));
    CHECK(has_diag(diags, bf + ":2:13: error: expected a list for 'categories', found text"));
    CHECK(has_diag(diags, bf + ":3:8: error: expected a list for 'notes', found a map"));

    TempBank nofile("nobank");
    Diagnostics missing;
    nofile.load(missing);
    CHECK(missing.error_count() == 1);
    CHECK(missing.items()[0].message.starts_with("bank.yaml not found"));
}

TEST_CASE("missing optional fields are warnings; --strict makes them errors") {
    TempBank tb("warnings");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: A\nquestions:\n  - id: bare\n    q: Q\n    a: A\n");
    Diagnostics diags;
    tb.load(diags);
    std::string af = tb.path("a.yaml");
    INFO(dump(diags));
    CHECK(diags.error_count() == 0);
    CHECK(diags.warning_count() == 3);
    CHECK(has_diag(diags, af + ":3:5: warning: short answer ('short') not set (cards show the whole answer, cheat sheets its "
                          "first paragraph)"));
    CHECK(has_diag(diags, af + ":3:5: warning: kind not set"));

    Diagnostics strict;
    strict.set_strict(true);
    tb.load(strict);
    CHECK(strict.error_count() == 3);
}

TEST_CASE("a short answer of the wrong type is one error, not also 'not set'") {
    TempBank tb("short-type");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: A\nquestions:\n  - id: listed\n    q: Q\n    a: A\n    level: beginner\n"
                      "    kind: concept\n    short: [one, two]\n");
    Diagnostics diags;
    tb.load(diags);
    INFO(dump(diags));
    CHECK(diags.error_count() == 1);
    CHECK(diags.warning_count() == 0);
    CHECK(diags.items().at(0).message.find("'short'") != std::string::npos);
}

TEST_CASE("choices need two entries and a correct one") {
    TempBank tb("choices");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("mcq") +
                          "    choices:\n      - text: x\n      - text: y\n        correct: maybe\n"
                          "      - {txt: z}\n");
    Diagnostics diags;
    tb.load(diags);
    std::string af = tb.path("a.yaml");
    INFO(dump(diags));
    CHECK(has_diag(diags, af + ":12:18: error: expected true or false for 'correct', found 'maybe'"));
    CHECK(has_diag(diags, af + ":13:10: error: unknown key 'txt' in choice (did you mean 'text'?)"));
    CHECK(has_diag(diags, af + ":13:9: error: choice has no 'text'"));
    CHECK(has_diag(diags, af + ":10:7: error: 'choices' has no choice marked 'correct: true'"));
    CHECK(diags.error_count() == 4);
}

TEST_CASE("a choice whose text is a list or empty is one error at the text, not also 'has no text'") {
    TempBank tb("choice-text-types");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("mcq") +
                          "    choices:\n"                                 // 9
                          "      - {text: [a, b], correct: true}\n"        // 10
                          "      - {text: ''}\n"                           // 11
                          "      - {text: Fine}\n");                       // 12
    Diagnostics diags;
    tb.load(diags);
    const std::string af = tb.path("a.yaml");
    CHECK(dump(diags) == af + ":10:16: error: expected text for 'text', found a list\n" +
                         af + ":11:16: error: choice 'text' is empty\n");
}

TEST_CASE("a repeated choice is an error when only one copy is correct, else a warning; a blank one an error") {
    // 'B. Same' and 'C. Same' on the test, with only C correct in the key: no one could answer.
    TempBank tb("choice-repeats");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("mcq") +
                          "    choices:\n"                            // 9
                          "      - {text: Same, correct: true}\n"     // 10
                          "      - {text: Same}\n"                    // 11
                          "      - {text: Other}\n"                   // 12
                          "      - {text: Other}\n"                   // 13
                          "      - {text: '  '}\n");                  // 14
    Diagnostics diags;
    tb.load(diags);
    const std::string af = tb.path("a.yaml");
    INFO(dump(diags));
    CHECK(has_diag(diags, af + ":11:9: error: choice 'Same' is listed twice (first at line 10), once correct and "
                               "once not: the key could not tell them apart"));
    CHECK(has_diag(diags, af + ":13:9: warning: choice 'Other' is listed twice (first at line 12)"));
    CHECK(has_diag(diags, af + ":14:16: error: choice 'text' is empty"));
    CHECK(diags.error_count() == 2);
    CHECK(diags.warning_count() == 1);
}

TEST_CASE("a tag that is empty or has a comma is an error, a repeated tag a warning, each at the tag") {
    // "#" alone was printed for an empty tag, and --tag (comma-separated) could never select 'a,b'.
    TempBank tb("tags");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("q1") + "    tags: [law, '', 'a,b', law]\n");
    Diagnostics diags;
    tb.load(diags);
    const std::string file = tb.path("a.yaml");
    CHECK_MESSAGE(has_diag(diags, file + ":9:17: error: empty tag"), dump(diags));
    CHECK(has_diag(diags, file + ":9:21: error: tag 'a,b' has a comma: --tag could not select it"));
    CHECK(has_diag(diags, file + ":9:28: warning: tag 'law' is listed twice; shown once"));
    CHECK(diags.error_count() == 2);
}

TEST_CASE("a repeated tag is kept once, at its first place (outputs showed '#osi #osi')") {
    TempBank tb("tags-twice");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("q1") + "    tags: [osi, layers, osi, layers, net]\n");
    Diagnostics diags;
    bank::Bank bank = tb.load(diags);
    REQUIRE(bank.categories.size() == 1);
    REQUIRE(bank.categories[0].questions.size() == 1);
    const bank::Question& q = bank.categories[0].questions[0];
    CHECK(q.tags == std::vector<std::string>{"osi", "layers", "net"});
    REQUIRE(q.tag_locs.size() == 3);
    CHECK(q.tag_locs[2].line == 9);
    CHECK(q.tag_locs[2].column == 38);  // 'net', not the location of a dropped repeat
    CHECK(diags.warning_count() == 2);
}

TEST_CASE("a note with an empty title or body is an error at it (it vanished from every output)") {
    TempBank tb("empty-note");
    tb.file("bank.yaml", bank_yaml("a") + "notes:\n  - title: Fine\n    body: Text.\n  - title: ''\n    body: ''\n"
                                          "  - title:\n    body: '  '\n");
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("q1"));
    Diagnostics diags;
    tb.load(diags);
    const std::string file = tb.path("bank.yaml");
    CHECK_MESSAGE(has_diag(diags, file + ":6:12: error: 'title' is empty"), dump(diags));
    CHECK(has_diag(diags, file + ":7:11: error: 'body' is empty"));
    CHECK(has_diag(diags, file + ":8:5: error: 'title' is empty"));
    CHECK(has_diag(diags, file + ":9:11: error: 'body' is empty"));
    CHECK(diags.error_count() == 4);
}

TEST_CASE("titles are one line: a folded title's line break or a tab becomes a space") {
    TempBank tb("one-line-titles");
    tb.file("bank.yaml", "title: \"Interview\\tprep \"\nsubtitle: >\n  Two\n  lines\ncategories: [a]\n"
                         "notes:\n  - title: \"\\tTips\\r\\n\"\n    body: \"Keep\\tthis\\n\"\n");
    tb.file("a.yaml", "title: |\n  Category\n    title\nquestions:\n" + question_yaml("q1"));
    Diagnostics diags;
    bank::Bank b = tb.load(diags);
    CHECK_MESSAGE(diags.error_count() == 0, dump(diags));
    CHECK(b.title == "Interview prep");
    CHECK(b.subtitle == "Two lines");
    REQUIRE(b.notes.size() == 1);
    CHECK(b.notes[0].title == "Tips");
    CHECK(b.notes[0].body == "Keep\tthis\n");  // bodies are Markdown: left as written
    REQUIRE(b.categories.size() == 1);
    CHECK(b.categories[0].title == "Category title");
}

TEST_CASE("a title of nothing but white space is empty") {
    TempBank tb("blank-title");
    tb.file("bank.yaml", bank_yaml("a"));
    tb.file("a.yaml", "title: \"\\t \\n\"\nquestions:\n" + question_yaml("q1"));
    Diagnostics diags;
    tb.load(diags);
    CHECK_MESSAGE(has_diag(diags, tb.path("a.yaml") + ":1:8: error: 'title' is empty"), dump(diags));
}

TEST_CASE("bank.yaml 'language' is a language tag; English when absent") {
    TempBank tb("language");
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("q1"));
    for (const std::string tag : {"de", "fr-CA", "pt_BR", "EN-us", "zh-Hant-TW"}) {
        tb.file("bank.yaml", bank_yaml("a") + "language: " + tag + "\n");
        Diagnostics diags;
        bank::Bank b = tb.load(diags);
        CHECK_MESSAGE(!diags.has_errors(), dump(diags));
        CHECK(b.language == tag);
        CHECK(b.is_english() == (tag == "EN-us"));
    }
    tb.file("bank.yaml", bank_yaml("a"));
    Diagnostics plain;
    CHECK(tb.load(plain).is_english());
    tb.file("bank.yaml", bank_yaml("a") + "language: German\n");
    Diagnostics bad;
    tb.load(bad);
    CHECK_MESSAGE(has_diag(bad, tb.path("bank.yaml") + ":3:11: error: 'language' is 'German', not a language "
                                                       "tag such as 'en', 'de' or 'pt-BR'"),
                  dump(bad));
}

TEST_CASE("symbolic link loops in a bank folder are errors naming the file, not thrown") {
    // std::filesystem threw 'filesystem error: status: Too many levels of symbolic links'
    // out of the loader for a loop anywhere in the folder, even an image nobody uses.
    namespace fs = std::filesystem;
    TempBank tb("symlink-loops");
    tb.file("bank.yaml", bank_yaml("a, b"));
    tb.file("a.yaml", "title: A\nquestions:\n" + question_yaml("q1"));
    fs::create_symlink("b.yaml", tb.dir / "b.yaml");          // a listed category
    fs::create_symlink("stray.yaml", tb.dir / "stray.yaml");  // an unlisted YAML file
    fs::create_symlink("pic.png", tb.dir / "pic.png");        // not YAML at all
    Diagnostics diags;
    bank::Bank bank;
    CHECK_NOTHROW(bank = tb.load(diags));
    INFO(dump(diags));
    CHECK(has_diag(diags, tb.path("b.yaml") + ": error: cannot open file: Too many levels of symbolic links"));
    CHECK(has_diag(diags, tb.path("stray.yaml") + ": error: category file 'stray.yaml' is not listed in "
                                                  "bank.yaml 'categories'"));
    CHECK(diags.error_count() == 2);
    CHECK(bank.question_count() == 1);
}

TEST_CASE("a bank.yaml or bank folder that is a symbolic link loop is an error naming it") {
    namespace fs = std::filesystem;
    TempBank tb("symlink-loop-root");
    fs::create_symlink("bank.yaml", tb.dir / "bank.yaml");
    Diagnostics diags;
    CHECK_NOTHROW(tb.load(diags));
    CHECK(dump(diags) == tb.path("bank.yaml") + ": error: cannot open file: Too many levels of symbolic links\n");

    fs::create_symlink("loop", tb.dir / "loop");
    Diagnostics loop_diags;
    CHECK_NOTHROW(bank::load_bank(tb.path("loop"), loop_diags));
    CHECK(dump(loop_diags) == tb.path("loop") + ": error: cannot read the bank folder: Too many levels of symbolic links\n");
}

TEST_CASE("a bank saved with lone CR line endings (classic Mac OS) loads like one with LF") {
    // yaml-cpp read such a file as one line: 'YAML syntax error: illegal map value' at 1:27.
    TempBank tb("lone-cr");
    tb.file("bank.yaml", "title: Test bank\rcategories: [a]\r");
    tb.file("a.yaml", "title: A\rquestions:\r  - id: q1\r    q: What?\r    a: |\r      One.\r\r      Two.\r"
                      "    short: s\r    level: expert\r    kind: concept\r");
    Diagnostics diags;
    bank::Bank bank = tb.load(diags);
    REQUIRE(bank.question_count() == 1);
    CHECK(bank.categories[0].questions[0].a == "One.\n\nTwo.\n");
    // positions count lone CRs as line ends
    CHECK(dump(diags) == tb.path("a.yaml") + ":10:12: error: invalid level 'expert' (allowed: beginner, "
                                             "intermediate, advanced; did you mean 'advanced'?)\n");
}

TEST_CASE("files saved as .yml, a category named 'bank' and a title of the wrong type get one clear error each") {
    TempBank yml("yml");
    yml.file("bank.yml", bank_yaml("a"));
    Diagnostics no_bank;
    yml.load(no_bank);
    CHECK_MESSAGE(has_diag(no_bank, yml.path("bank.yaml") + ": error: bank.yaml not found (a bank is a folder with "
                                    "bank.yaml and one YAML file per category); there is bank.yml: rename it to bank.yaml"),
                  dump(no_bank));

    TempBank cat("yml-category");
    cat.file("bank.yaml", bank_yaml("a"));
    cat.file("a.yml", "title: A\nquestions:\n" + question_yaml("q1"));
    Diagnostics no_cat;
    cat.load(no_cat);
    CHECK_MESSAGE(has_diag(no_cat, cat.path("bank.yaml") + ":2:14: error: category 'a' has no file " +
                                       cat.path("a.yaml") + "; there is a.yml: rename it to a.yaml"),
                  dump(no_cat));
    CHECK(no_cat.error_count() == 1);

    // 'bank' read bank.yaml as its category file: "unknown key 'categories' in category file" and more.
    TempBank own("bank-category");
    own.file("bank.yaml", bank_yaml("bank, a"));
    own.file("a.yaml", "title: [A]\nquestions:\n" + question_yaml("q1"));
    Diagnostics diags;
    own.load(diags);
    CHECK_MESSAGE(has_diag(diags, own.path("bank.yaml") + ":2:14: error: category id 'bank' names bank.yaml itself; "
                                  "give the category another id (and its file that name)"),
                  dump(diags));
    // A title of the wrong type was also "'title' is empty".
    CHECK_MESSAGE(has_diag(diags, own.path("a.yaml") + ":1:8: error: expected text for 'title', found a list"), dump(diags));
    CHECK_MESSAGE(diags.error_count() == 2, dump(diags));
}

TEST_CASE("a question repeated through an alias is a duplicate id at the alias, not at the first question") {
    // It was "p.yaml:4:9: error: duplicate id 'q1' (first used at p.yaml:4:9)", pointing at itself.
    TempBank tb("alias-copy");
    tb.file("bank.yaml", bank_yaml("p"));
    tb.file("p.yaml", "title: P\nquestions:\n  - &q\n    id: q1\n    q: What?\n    level: beginner\n    kind: concept\n"
                      "    short: s\n    a: x\n  - *q\n");
    Diagnostics diags;
    tb.load(diags);
    CHECK_MESSAGE(has_diag(diags, tb.path("p.yaml") + ":10:5: error: duplicate id 'q1' (first used at " + tb.path("p.yaml") +
                                      ":4:9)"),
                  dump(diags));
    CHECK(diags.error_count() == 1);
}

TEST_CASE("levels and kinds are read in any case; a level another bank would say gets a did-you-mean") {
    TempBank tb("level-case");
    tb.file("bank.yaml", "title: Test bank\ncategories: [a]\n");
    std::string questions = "title: A\nquestions:\n";
    for (const char* q : {"q1, level: Beginner, kind: Concept", "q2, level: ADVANCED, kind: code",
                          "q3, level: medium, kind: scenario", "q4, level: guru, kind: scenario"})
        questions += std::string("  - {a: A, q: Q, id: ") + q + "}\n";
    tb.file("a.yaml", questions);
    Diagnostics diags;
    bank::Bank bank = tb.load(diags);
    INFO(dump(diags));
    REQUIRE(bank.question_count() == 4);
    const auto& qs = bank.categories[0].questions;
    CHECK(qs[0].level == bank::Level::Beginner);
    CHECK(qs[0].kind == bank::Kind::Concept);
    CHECK(qs[1].level == bank::Level::Advanced);
    CHECK(diags.error_count() == 2);
    CHECK(has_diag(diags, tb.path("a.yaml") + ":5:33: error: invalid level 'medium' (allowed: beginner, intermediate, "
                                              "advanced; did you mean 'intermediate'?)"));
    CHECK(has_diag(diags, tb.path("a.yaml") + ":6:33: error: invalid level 'guru' (allowed: beginner, intermediate, advanced)"));
}

TEST_CASE("a misspelt or shortened level or kind gets a did-you-mean naming the one it stands for") {
    // 'beginer', 'Adv' and 'Concpet' listed the allowed names without pointing at one.
    TempBank tb("misspelt-enums");
    tb.file("bank.yaml", "title: Test bank\ncategories: [a]\n");
    tb.file("a.yaml", "title: A\nquestions:\n"
                      "  - id: q1\n    q: What\n    a: A.\n    short: s\n    level: beginer\n    kind: Concpet\n"
                      "  - id: q2\n    q: What\n    a: A.\n    short: s\n    level: Adv\n    kind: story\n");
    Diagnostics diags;
    tb.load(diags);
    const std::string a = tb.path("a.yaml");
    INFO(dump(diags));
    CHECK(has_diag(diags, a + ":7:12: error: invalid level 'beginer' (allowed: beginner, intermediate, advanced; did you mean 'beginner'?)"));
    CHECK(has_diag(diags, a + ":8:11: error: invalid kind 'Concpet' (allowed: concept, code, scenario, behavioral; did you mean 'concept'?)"));
    CHECK(has_diag(diags, a + ":13:12: error: invalid level 'Adv' (allowed: beginner, intermediate, advanced; did you mean 'advanced'?)"));
    CHECK(has_diag(diags, a + ":14:11: error: invalid kind 'story' (allowed: concept, code, scenario, behavioral)"));
}
