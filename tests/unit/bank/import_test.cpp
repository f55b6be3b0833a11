// tests: the Markdown importer on the seed document, a README-shaped sample and edge cases.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "bank/import.hpp"
#include "bank/utf8.hpp"
#include "import_pairs.hpp"
#include "temp_bank.hpp"

using namespace deckpress;
using deckpress::test::dump;
using deckpress::test::read_text_file;
using deckpress::test::source_root;

namespace {

std::string fixture(const std::string& name) {
    return read_text_file(std::filesystem::path(source_root()) / "tests" / "fixtures" / name);
}

/// Collapses every run of whitespace to one space and trims (answers are compared this way).
std::string normalise(const std::string& s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            space = !out.empty();
        } else {
            if (space) out += ' ';
            out += c;
            space = false;
        }
    }
    return out;
}

/// Writes the imported bank to a scratch folder and loads it back.
bank::Bank round_trip(const bank::Bank& imported, const std::string& name, Diagnostics& diags) {
    auto dir = test::scratch_dir("import-" + name);
    for (const auto& [file, text] : bank::emit_bank_files(imported)) test::write_text_file(dir / file, text);
    return bank::load_bank(dir.string(), diags);
}

}  // namespace

TEST_CASE("the seed document gives 60 questions in 12 categories and its notes") {
    std::string seed = fixture("seed-interview.md");
    REQUIRE(!seed.empty());
    bank::ImportResult r = bank::import_markdown(seed, "Seed", "seed-interview.md");
    CHECK(r.bank.question_count() == 60);
    REQUIRE(r.bank.categories.size() == 12);
    CHECK(r.bank.categories[0].title == "Python Fundamentals & Advanced Concepts");
    CHECK(r.bank.categories[11].title == "Behavioral & Soft Skills (Brief Overview)");
    CHECK(r.bank.categories[10].questions.size() == 7);
    const bank::Question& first = r.bank.categories[0].questions[0];
    CHECK(first.q == "What are Python decorators and how do you use them?");
    CHECK(first.a.starts_with("Decorators are a way to modify"));
    CHECK(first.a.ends_with("Display function ran\n```"));
    // Q28 has no **A:** lead; its answer is the numbered list.
    const bank::Question& q28 = r.bank.categories[5].questions[2];
    CHECK(q28.q == "What HTTP status codes would you use for the following scenarios?");
    CHECK(q28.a.starts_with("1. **Successful GET request.**"));
    CHECK(r.summary.answer_leads == 59);
    CHECK(r.summary.mojibake_repairs == 1);
    CHECK(r.bank.categories[2].questions[3].a.find("Durability\u2014four") != std::string::npos);

    std::vector<std::string> note_titles;
    for (const auto& n : r.bank.notes) note_titles.push_back(n.title);
    CHECK(note_titles == std::vector<std::string>{"Introduction", "Understanding Your Request",
                                                  "Recruiter Expectations",
                                                  "Proposed Structure for the 100 Questions",
                                                  "Behavioral & Soft Skills (Brief Overview)", "Conclusion"});
    CHECK(r.bank.notes.back().body.starts_with("Preparing for a technical interview"));
    for (const auto& cat : r.bank.categories)
        for (const auto& q : cat.questions) {
            CHECK(bank::is_slug(q.id));
            CHECK(q.a.find("---") == std::string::npos);
            CHECK_FALSE(q.a.starts_with("**A:**"));
        }
}

TEST_CASE("the imported seed loads back with warnings only") {
    bank::ImportResult r = bank::import_markdown(fixture("seed-interview.md"), "Seed", "seed-interview.md");
    Diagnostics diags;
    bank::Bank loaded = round_trip(r.bank, "seed", diags);
    CHECK_MESSAGE(diags.error_count() == 0, dump(diags));
    CHECK(diags.warning_count() == 180);  // short, level and kind for each of the 60 questions
    REQUIRE(loaded.question_count() == 60);
    auto imported = r.bank.all_questions();
    auto reread = loaded.all_questions();
    for (std::size_t i = 0; i < imported.size(); ++i) {
        CHECK(reread[i]->q == imported[i]->q);
        CHECK(reread[i]->a == imported[i]->a);
        CHECK(reread[i]->id == imported[i]->id);
    }
    REQUIRE(loaded.notes.size() == r.bank.notes.size());
    CHECK(loaded.notes[2].body == r.bank.notes[2].body);
}

TEST_CASE("the importer agrees with the curated bundled bank") {
    std::filesystem::path curated = std::filesystem::path(source_root()) / "content" / "python-fastapi-interview";
    if (!std::filesystem::exists(curated / "bank.yaml")) {
        MESSAGE("curated bank not present; comparison skipped");
        return;
    }
    Diagnostics diags;
    bank::Bank bundled = bank::load_bank(curated.string(), diags);
    REQUIRE_MESSAGE(!diags.has_errors(), dump(diags));
    bank::ImportResult r = bank::import_markdown(fixture("seed-interview.md"), "Seed", "seed-interview.md");
    REQUIRE(bundled.categories.size() == r.bank.categories.size());
    for (std::size_t c = 0; c < bundled.categories.size(); ++c)
        CHECK(bundled.categories[c].title == r.bank.categories[c].title);
    auto want = bundled.all_questions();
    auto got = r.bank.all_questions();
    REQUIRE(want.size() == got.size());
    for (std::size_t i = 0; i < want.size(); ++i) {
        INFO("question ", i + 1, ": ", want[i]->q);
        CHECK(got[i]->q == want[i]->q);
        CHECK(normalise(got[i]->a) == normalise(want[i]->a));
    }
}

TEST_CASE("README-shaped collections: TOC, back-to-top links, HTML, numbered headings") {
    std::string md = fixture("readme-sample.md");
    REQUIRE(!md.empty());
    bank::ImportResult r = bank::import_markdown(md, "Fallback", "readme-sample.md");
    CHECK(r.bank.title == "JavaScript Interview Questions & Answers");
    REQUIRE(r.bank.categories.size() == 2);
    CHECK(r.bank.categories[0].title == "Basics");
    CHECK(r.bank.categories[1].title == "Async");
    REQUIRE(r.bank.categories[0].questions.size() == 2);
    REQUIRE(r.bank.categories[1].questions.size() == 2);
    const bank::Question& closure = r.bank.categories[0].questions[0];
    CHECK(closure.q == "What is a closure");
    CHECK(closure.id == "closure");
    // The answer was indented under "1. ###"; it is dedented, code and all.
    CHECK(closure.a.starts_with("A closure is the combination"));
    CHECK(closure.a.find("\n```javascript\nfunction outer() {\n  let count = 0;") != std::string::npos);
    CHECK(closure.a.find("It\u2019s created") != std::string::npos);  // mojibake repaired
    CHECK(closure.a.find("Back to Top") == std::string::npos);
    const bank::Question& hoisting = r.bank.categories[0].questions[1];
    CHECK(hoisting.a.find("<details>\n<summary>Example</summary>") != std::string::npos);
    CHECK(hoisting.a.find("scope \u2014 only") != std::string::npos);
    const bank::Question& loop = r.bank.categories[1].questions[0];
    CHECK(loop.q == "What is the event loop");
    CHECK(loop.a.find("<table>") != std::string::npos);
    CHECK(r.summary.toc_entries == 7);
    CHECK(r.summary.back_to_top_links == 4);
    CHECK(r.summary.mojibake_repairs == 2);
    REQUIRE(r.bank.notes.size() == 2);
    CHECK(r.bank.notes[0].body.find("Click :star:") != std::string::npos);
    CHECK(r.bank.notes[1].title == "Disclaimer");
    for (const auto& n : r.bank.notes) CHECK(n.body.find("](#") == std::string::npos);

    Diagnostics diags;
    bank::Bank loaded = round_trip(r.bank, "readme", diags);
    CHECK_MESSAGE(diags.error_count() == 0, dump(diags));
    CHECK(loaded.question_count() == 4);
}

TEST_CASE("questions without categories, headings inside code, duplicate questions") {
    std::string md =
        "Intro text.\n\n"
        "### 1. What is X?\n\nX is x.\n\n```bash\n## not a heading\n### 2. nor a question\n```\n\n"
        "### 2. What is X?\n\n**Answer:** Again.\n";
    bank::ImportResult r = bank::import_markdown(md, "Untitled", "doc.md");
    CHECK(r.bank.title == "Untitled");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].title == "Questions");
    REQUIRE(r.bank.categories[0].questions.size() == 2);
    CHECK(r.bank.categories[0].questions[0].a.find("## not a heading") != std::string::npos);
    CHECK(r.bank.categories[0].questions[0].id == "x");
    CHECK(r.bank.categories[0].questions[1].id == "x-2");
    CHECK(r.bank.categories[0].questions[1].a == "Again.");
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].body == "Intro text.");
}

TEST_CASE("mojibake is repaired generically, real accents are kept") {
    int n = 0;
    CHECK(utf8::repair_mojibake("Durabilityâ€”four", &n) == "Durability—four");
    CHECK(n == 1);
    CHECK(utf8::repair_mojibake("itâ€™s â€œquotedâ€\xC2\x9d â€“ aâ†’b cafÃ©") == "it’s “quoted” – a→b café");
    CHECK(utf8::repair_mojibake("naïve café — “fine” Ελληνικά ✓", &n) == "naïve café — “fine” Ελληνικά ✓");
    CHECK(n == 0);
    CHECK(utf8::repair_mojibake("emoji ðŸ˜€") == "emoji \xF0\x9F\x98\x80");
    // Mis-decoded twice: é -> Ã© -> Ãƒâ©.
    CHECK(utf8::repair_mojibake("cafÃƒÂ©") == "café");
}

TEST_CASE("slugs") {
    CHECK(bank::make_slug("What is FastAPI and what are its main advantages?", 5) == "fastapi-main-advantages");
    CHECK(bank::make_slug("Explain the Global Interpreter Lock (GIL) in Python.", 5) == "global-interpreter-lock-gil-python");
    CHECK(bank::make_slug("What is it?", 5).empty());
    CHECK(bank::is_slug("a-b_c1"));
}

TEST_CASE("slugs keep accented Latin letters as their base letters, and words whole") {
    // They were cut at every non-ASCII byte: "Ünïcödé" gave "n-c-d".
    CHECK(bank::make_slug("Ünïcödé — ∑ ≤ ≥ → in a heading?", 5) == "unicode-heading");
    CHECK(bank::make_slug("Was ist die Straße zur Größe?", 5) == "was-ist-die-strasse-zur");
    CHECK(bank::make_slug("Cafe\u0301 and na\u00efve Kafka\u2019s log", 5) == "cafe-naive-kafkas-log");
    CHECK(bank::make_slug("soft\u00adhyphen zero\u200bwidth \u0141\u00f3d\u017a", 5) == "softhyphen-zerowidth-lodz");
    CHECK(bank::make_slug("3 \u00d7 4 \u00f7 2", 5) == "3-4-2");
    CHECK(bank::make_slug("Что такое Kafka?", 5) == "kafka");
    CHECK_FALSE(bank::is_slug("A"));
    CHECK_FALSE(bank::is_slug("a--b"));
    CHECK_FALSE(bank::is_slug("-a"));
}

TEST_CASE("a question without an answer gets a placeholder, empty headings are no questions") {
    std::string md = "## Cat\n\n### Q1: Lonely question?\n\n### Q2: Next?\n\n1. #\n\nAnswer.\n";
    bank::ImportResult r = bank::import_markdown(md, "T", "doc.md");
    REQUIRE(r.bank.question_count() == 2);
    const bank::Question& lonely = r.bank.categories[0].questions[0];
    CHECK(lonely.a == "*(No answer in the source document.)*");
    CHECK(r.summary.remarks.at(0) == "line 3: question 'Lonely question?' has no answer (placeholder written)");
    CHECK(r.bank.categories[0].questions[1].a == "1. #\n\nAnswer.");
    Diagnostics diags;
    round_trip(r.bank, "placeholder", diags);
    CHECK_MESSAGE(diags.error_count() == 0, dump(diags));
}

namespace {

/// "category title: question -> answer" for every question, one per line.
std::string outline(const bank::Bank& b) {
    std::string out;
    for (const bank::Category& c : b.categories)
        for (const bank::Question& q : c.questions) out += c.title + ": " + q.q + " -> " + normalise(q.a) + "\n";
    return out;
}

}  // namespace

TEST_CASE("question lines: bold or plain Q/Question labels, bold numbered questions, A: leads") {
    std::string md = "Cooking Q&A\n\n"
                     "**Q: What temperature is medium-rare beef?**\nA: About 55 °C.\n\n"
                     "**Q2:** Why rest meat?\n**A:** Juices redistribute.\n\n"
                     "Q3) What is mise en place?\nEverything in its place.\n"
                     "Question 4: Why salt pasta water?\nAnswer: Taste.\n\n"
                     "**5. Which knife for bread?**\n\nA serrated one.\n\n"
                     "Queue: not a question.\n\n"
                     "```\nQ: inside code\n```\n";
    bank::ImportResult r = bank::import_markdown(md, "T", "doc.md");
    CHECK(outline(r.bank) == "Questions: What temperature is medium-rare beef? -> About 55 °C.\n"
                             "Questions: Why rest meat? -> Juices redistribute.\n"
                             "Questions: What is mise en place? -> Everything in its place.\n"
                             "Questions: Why salt pasta water? -> Taste.\n"
                             "Questions: Which knife for bread? -> A serrated one. Queue: not a question. "
                             "``` Q: inside code ```\n");
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].body == "Cooking Q&A");
    Diagnostics diags;
    round_trip(r.bank, "question-lines", diags);
    CHECK_MESSAGE(diags.error_count() == 0, dump(diags));
}

TEST_CASE("headings that ask are questions when no heading is numbered; categories above them") {
    std::string md = "# Kitchen\n\n# Knives\n\n## What is a julienne cut?\n\nThin strips.\n\n"
                     "## How do you hone a knife?\n\nWith a steel.\n\n# Heat\n\n### Q: Why preheat?\n\nEven cooking.\n";
    bank::ImportResult r = bank::import_markdown(md, "T", "doc.md");
    CHECK(r.bank.title == "Kitchen");
    CHECK(outline(r.bank) == "Knives: What is a julienne cut? -> Thin strips.\n"
                             "Knives: How do you hone a knife? -> With a steel.\n"
                             "Heat: Why preheat? -> Even cooking.\n");
}

TEST_CASE("numbered question headings keep asking headings inside answers; setext categories") {
    std::string md = "# Law\n\nContracts\n---------\n\n### Q1: What makes a contract valid?\n\nOffer and acceptance.\n\n"
                     "#### Why does it matter?\n\nCourts enforce it.\n\n"
                     "Torts\n=====\n\n### Q2: What is negligence?\n\nA breach of a duty of care.\n";
    bank::ImportResult r = bank::import_markdown(md, "T", "doc.md");
    CHECK(outline(r.bank) == "Contracts: What makes a contract valid? -> Offer and acceptance. #### Why does it "
                             "matter? Courts enforce it.\n"
                             "Torts: What is negligence? -> A breach of a duty of care.\n");
    CHECK(r.bank.notes.empty());
}

TEST_CASE("questions as #### headings under ### categories: the level above the questions makes categories") {
    std::string md = "# Biology\n\n### Cells\n\n#### What is a mitochondrion?\n\nThe powerhouse of the cell.\n\n"
                     "#### What is a ribosome?\n\nIt builds proteins.\n\n### Genetics\n\n#### What is DNA?\n\n"
                     "Deoxyribonucleic acid.\n";
    bank::ImportResult r = bank::import_markdown(md, "T", "doc.md");
    CHECK(outline(r.bank) == "Cells: What is a mitochondrion? -> The powerhouse of the cell.\n"
                             "Cells: What is a ribosome? -> It builds proteins.\n"
                             "Genetics: What is DNA? -> Deoxyribonucleic acid.\n");
    CHECK(r.bank.notes.empty());
    std::string numbered = "# Law\n\n### Contracts\n\n#### Q1: What makes a contract valid?\n\nOffer.\n\n"
                           "### Torts\n\n#### Q2: What is negligence?\n\nA breach.\n\n##### Example\n\nA wet floor.\n";
    r = bank::import_markdown(numbered, "T", "doc.md");
    CHECK(outline(r.bank) == "Contracts: What makes a contract valid? -> Offer.\n"
                             "Torts: What is negligence? -> A breach. ##### Example A wet floor.\n");
}

TEST_CASE("numbered list items with a bold question, the answer indented below") {
    std::string md = "# Networking\n\n## Basics\n\n1. **What is a subnet?**\n   A smaller network.\n\n"
                     "   It uses a mask such as `/24`.\n\n2. **What does DNS do?**\n\n   Maps names to addresses.\n\n"
                     "   | Record | Meaning |\n   |---|---|\n   | A | IPv4 |\n\n"
                     "10. **Which port does HTTPS use?**\n    Port 443.\n\n## Routing\n\n1. **What is BGP?**\n"
                     "   Routing between networks:\n\n   1. **not a question**\n   2. plain item?\n";
    bank::ImportResult r = bank::import_markdown(md, "T", "doc.md");
    CHECK(outline(r.bank) == "Basics: What is a subnet? -> A smaller network. It uses a mask such as `/24`.\n"
                             "Basics: What does DNS do? -> Maps names to addresses. | Record | Meaning | "
                             "|---|---| | A | IPv4 |\n"
                             "Basics: Which port does HTTPS use? -> Port 443.\n"
                             "Routing: What is BGP? -> Routing between networks: 1. **not a question** "
                             "2. plain item?\n");
    REQUIRE(r.bank.question_count() == 4);
    CHECK(r.bank.categories[0].questions[1].a.find("\n| Record | Meaning |\n") != std::string::npos);  // dedented
    Diagnostics diags;
    round_trip(r.bank, "list-questions", diags);
    CHECK_MESSAGE(diags.error_count() == 0, dump(diags));
}

TEST_CASE("a heading of question marks only is no question") {
    std::string md = "## Misc\n\n## What is X?\n\nA letter.\n\n## ???\n\nPuzzled.\n";
    bank::ImportResult r = bank::import_markdown(md, "T", "doc.md");
    CHECK(outline(r.bank) == "Misc: What is X? -> A letter.\n");
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].title == "???");
    CHECK(r.bank.notes[0].body == "Puzzled.");
}

TEST_CASE("a document with lone CR line endings (classic Mac OS) imports like one with LF") {
    // It was one long line: 'no questions found'.
    const std::string lf = "# Bank\n\n## Cat\n\n### Q1: What is X?\n\nX is x.\n\n### Q2: Why?\n\nBecause.\n";
    std::string cr = lf;
    std::replace(cr.begin(), cr.end(), '\n', '\r');
    bank::ImportResult from_cr = bank::import_markdown(cr, "Untitled", "doc.md");
    bank::ImportResult from_lf = bank::import_markdown(lf, "Untitled", "doc.md");
    REQUIRE(from_cr.bank.question_count() == 2);
    CHECK(bank::emit_bank_files(from_cr.bank) == bank::emit_bank_files(from_lf.bank));
}

TEST_CASE("remote images become links, a badge its link's text, so that the imported bank checks clean") {
    auto r = bank::import_markdown("[![Awesome](https://awesome.re/badge.svg)](https://awesome.re) ![Stars](https://img.io/s.svg)\n\n"
                                   "## Basics\n\n### 1. What is X?\n\n![diagram](img/x.png) ![](//cdn.io/y.png)\n\n"
                                   "```md\n![kept](https://code.io/z.png)\n```\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].body == "[Awesome](https://awesome.re) [Stars](https://img.io/s.svg)");
    CHECK(r.bank.categories[0].questions[0].a ==
          "![diagram](img/x.png) [image](//cdn.io/y.png)\n\n```md\n![kept](https://code.io/z.png)\n```");
    CHECK(std::find(r.summary.remarks.begin(), r.summary.remarks.end(),
                    "lines 1, 7: remote images turned into links (a bank shows images from its folder only)") !=
          r.summary.remarks.end());
}

TEST_CASE("an HTML <h1> that opens the document is the bank's title") {
    auto r = bank::import_markdown("\n<h1 align=\"center\">Awesome <b>Java</b> Interview Questions</h1>\n\n"
                                   "## Basics\n\n### 1. What is X?\n\nX.\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Awesome Java Interview Questions");
    CHECK(r.bank.notes.empty());
}

TEST_CASE("a question heading without its number, among numbered ones of its level, is a question too") {
    auto r = bank::import_markdown("## Hooks\n\n### 1. What is useState?\n\nState.\n\n### What is useMemo?\n\nMemo.\n\n"
                                   "#### Why?\n\nSpeed.\n\n### 2. What is useRef?\n\nA box.\n\n### Summary\n\nHooks.\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    const auto& q = r.bank.categories[0].questions;
    REQUIRE(q.size() == 3);
    CHECK(q[1].q == "What is useMemo?");
    CHECK(q[1].a == "Memo.\n\n#### Why?\n\nSpeed.");
    CHECK(q[2].a == "A box.\n\n### Summary\n\nHooks.");
}

TEST_CASE("a setext title ('Title' over '=====') that opens the document is the bank's title") {
    auto r = bank::import_markdown("Networking Questions\n====================\n\nTCP\n---\n\n"
                                   "**What is the handshake?**\n\nSYN, SYN-ACK, ACK.\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Networking Questions");
    CHECK(r.bank.notes.empty());
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].title == "TCP");
}

TEST_CASE("a heading that is only a question label ('## Question 1') takes its question from the line below") {
    auto r = bank::import_markdown("# C++\n\n## Question 1\n\nWhat is RAII?\n\n**Answer:** Lifetime-bound resources.\n\n"
                                   "## Q.2\nWhat is a virtual\ndestructor for?\n\nDeleting through a base pointer.\n\n"
                                   "## Question 3:\n\n```cpp\nint x;\n```\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    const auto& q = r.bank.categories[0].questions;
    REQUIRE(q.size() == 3);
    CHECK(q[0].q == "What is RAII?");
    CHECK(q[0].a == "Lifetime-bound resources.");
    CHECK(q[1].q == "What is a virtual destructor for?");
    CHECK(q[1].a == "Deleting through a base pointer.");
    CHECK(q[2].q == "Question 3:");
    CHECK(q[2].a == "```cpp\nint x;\n```");
}

TEST_CASE("'#' categories over '## What is X?' questions; a first '#' without questions is the title") {
    auto r = bank::import_markdown("# Python\n\n## What is a list?\n\nMutable.\n\n# SQL\n\n## What is a join?\n\nRows.\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Fallback");
    REQUIRE(r.bank.categories.size() == 2);
    CHECK(r.bank.categories[0].title == "Python");
    CHECK(r.bank.categories[1].title == "SQL");
    auto titled = bank::import_markdown("# Prep\n\nIntro.\n\n# Python\n\n## What is a list?\n\nMutable.\n\n"
                                        "# SQL\n\n## What is a join?\n\nRows.\n",
                                        "Fallback", "doc.md");
    CHECK(titled.bank.title == "Prep");
    REQUIRE(titled.bank.categories.size() == 2);
    CHECK(titled.bank.categories[0].title == "Python");
    REQUIRE(titled.bank.notes.size() == 1);
    CHECK(titled.bank.notes[0].body == "Intro.");
}

TEST_CASE("HTML headings on their own lines are headings: '<h3>What is X?</h3>' asks") {
    auto r = bank::import_markdown("<h1 align=\"center\">Java</h1>\n\n<h2>Basics</h2>\n\n<h3>What is E?</h3>\n\nE.\n\n"
                                   "```html\n<h3>What is F?</h3>\n```\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Java");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].title == "Basics");
    REQUIRE(r.bank.categories[0].questions.size() == 1);
    CHECK(r.bank.categories[0].questions[0].a == "E.\n\n```html\n<h3>What is F?</h3>\n```");
}

TEST_CASE("a README whose questions sit under its table of contents: no 'Table of Contents' category, no anchors") {
    auto r = bank::import_markdown("# JS Questions\n\n## Table of Contents\n\n| No. | Questions |\n| --- | --------- |\n"
                                   "| 1 | [What is a closure?](#what-is-a-closure) |\n| 2 | [What is hoisting?](#what-is-hoisting) |\n\n"
                                   "<a name=\"what-is-a-closure\"></a>\n1. ### What is a closure?\n\n   A function and its scope.\n\n"
                                   "   **[⬆ Back to Top](#table-of-contents)**\n\n<a name=\"what-is-hoisting\"></a>\n"
                                   "2. ### What is hoisting?\n\n   Declarations move up.\n",
                                   "Fallback", "doc.md");
    CHECK(deckpress::test::pairs(r) == std::vector<std::string>{"What is a closure? => A function and its scope.",
                                                                "What is hoisting? => Declarations move up."});
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].title == "Questions");
    CHECK(r.bank.notes.empty());
    CHECK(r.summary.toc_entries == 2);
}

TEST_CASE("a chat export's closing line after the last '---' is a note, not the end of the last answer") {
    const std::string doc = "Here are 3 questions:\n\n---\n\n**1. What is a list?**\n\nMutable.\n\n---\n\n"
                            "**2. What is a tuple?**\n\nImmutable.\n\n---\n\n**3. What is a set?**\n\nUnique items.\n\n---\n\n"
                            "Let me know if you'd like more!\n";
    auto r = bank::import_markdown(doc, "Chat", "chat.md");
    CHECK(deckpress::test::pairs(r) == std::vector<std::string>{"What is a list? => Mutable.", "What is a tuple? => Immutable.",
                                                                "What is a set? => Unique items."});
    REQUIRE(r.bank.notes.size() == 2);
    CHECK(r.bank.notes[1].title == "Closing remarks");
    CHECK(r.bank.notes[1].body == "Let me know if you'd like more!");
    CHECK(r.summary.separators == 4);
    auto kept = bank::import_markdown("**1. What is a list?**\n\nMutable.\n\n**2. What is a tuple?**\n\nImmutable.\n\n"
                                      "**3. What is a set?**\n\nUnique.\n\n---\n\nMore on sets.\n", "Chat", "chat.md");
    CHECK(deckpress::test::pairs(kept).back() == "What is a set? => Unique.\n\n---\n\nMore on sets.");
}
