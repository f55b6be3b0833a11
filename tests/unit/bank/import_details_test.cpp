// tests: collapsible `<details><summary>Question?</summary>` blocks imported as questions.
#include <doctest/doctest.h>

#include "bank/import.hpp"
#include "import_pairs.hpp"

using namespace deckpress;

TEST_CASE("<details> blocks whose summary asks are questions; their content is the answer") {
    auto r = bank::import_markdown("# Python\n\n## Basics\n\n<details>\n<summary>What is a list?</summary>\n\n"
                                   "A mutable sequence.\n\n</details>\n\n"
                                   "<details><summary><b>What is a tuple?</b></summary>\nAn immutable one.\n</details>\n\n"
                                   "<details>\n  <summary>Show the table of contents</summary>\n\n- a\n</details>\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    const auto& q = r.bank.categories[0].questions;
    REQUIRE(q.size() == 2);
    CHECK(q[0].q == "What is a list?");
    CHECK(q[0].a == "A mutable sequence.");
    CHECK(q[1].q == "What is a tuple?");
    // The block that does not ask stays where it is, in the answer before it.
    CHECK(q[1].a.find("An immutable one.") == 0);
    CHECK(q[1].a.find("<summary>Show the table of contents</summary>") != std::string::npos);
    bool noted = false;
    for (const std::string& remark : r.summary.remarks) noted |= remark == "2 <details> blocks read as questions (the <summary> is the question)";
    CHECK(noted);
}

TEST_CASE("in a document with numbered question headings a <details> block stays in its answer") {
    auto r = bank::import_markdown("## Basics\n\n### 1. What is X?\n\nX.\n\n<details>\n<summary>Why?</summary>\n\nY.\n</details>\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    REQUIRE(r.bank.categories[0].questions.size() == 1);
    CHECK(r.bank.categories[0].questions[0].a.find("<summary>Why?</summary>") != std::string::npos);
}

TEST_CASE("a line that is all one HTML bold ('<b>Q1. What is X?</b><br>') is a bold question line") {
    auto r = bank::import_markdown("# SQL\n\n<b>Q1. What is a JOIN?</b><br>\nIt combines rows.\n\n"
                                   "<STRONG>What is a key?</STRONG>\n\nA unique column.\n\n<b>Note</b> and <b>more</b>\n",
                                   "Fallback", "doc.md");
    CHECK(test::pairs(r) == std::vector<std::string>{"What is a JOIN? => It combines rows.",
                                                     "What is a key? => A unique column.\n\n<b>Note</b> and <b>more</b>"});
}

TEST_CASE("a collapsed answer ('<details><summary><b>Answer</b></summary>') is unwrapped; its headings open no category") {
    auto r = bank::import_markdown("# JS Quiz\n\n###### 1. What's logged?\n\n- A: `\"null\"`\n- B: `\"object\"`\n\n"
                                   "<details><summary><b>Answer</b></summary>\n<p>\n\n#### Answer: B\n\nA historic bug.\n\n</p>\n</details>\n\n---\n\n"
                                   "###### 2. Is 0.1 + 0.2 === 0.3?\n\n<details>\n<summary>Show solution</summary>\n\nNo: rounding.\n\n</details>\n\n"
                                   "<details><summary>Example</summary>\n\nKept as it is.\n\n</details>\n",
                                   "Fallback", "doc.md");
    CHECK(test::pairs(r) == std::vector<std::string>{
                                "What's logged? => - A: `\"null\"`\n- B: `\"object\"`\n\n\n\n\n**Answer: B**\n\nA historic bug.",
                                "Is 0.1 + 0.2 === 0.3? => No: rounding.\n\n\n\n<details><summary>Example</summary>\n\nKept as it is.\n\n</details>"});
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.notes.empty());
    CHECK(test::has_remark(r, "2 collapsed answers ('<details><summary>Answer') unwrapped (a printed answer need not be opened)"));
}

TEST_CASE("'<br>' tags that end a paragraph are dropped; one inside a paragraph stays a line break") {
    auto r = bank::import_markdown("# SQL\n\n<b>Q1. What is a JOIN?</b><br>\nIt combines rows.<br><br>\n\n"
                                   "<b>Q2. What is a key?</b><br>\nA unique column,<br>\nnever null.<BR />\n",
                                   "Fallback", "doc.md");
    CHECK(test::pairs(r) == std::vector<std::string>{"What is a JOIN? => It combines rows.",
                                                     "What is a key? => A unique column,<br>\nnever null."});
}
