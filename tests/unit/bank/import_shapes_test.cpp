// tests: import of Q&A tables, bold question lines, bulleted questions and block-quoted answers.
#include <doctest/doctest.h>

#include <algorithm>

#include "bank/import.hpp"
#include "import_pairs.hpp"

using namespace deckpress;
using deckpress::test::has_remark;
using deckpress::test::pairs;

TEST_CASE("a Q&A table: each row is a question, <br> breaks lines, escaped pipes stay, a row without a "
          "question continues the answer above") {
    auto r = bank::import_markdown("# Go\n\n## Basics\n\nIntro text.\n\n"
                                   "| # | **Question** | Answer |\n|---|:---|---|\n"
                                   "| 1 | What is a goroutine? | A light thread.<br>Cheap to start. |\n"
                                   "| 2 | What does `a \\| b` do? | Bitwise or. |\n"
                                   "|   |  | orphan answer |\n\n"
                                   "| Name | Value |\n|---|---|\n| GOMAXPROCS | threads |\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a goroutine? => A light thread.\nCheap to start.",
                                               "What does `a | b` do? => Bitwise or.\norphan answer\n\n| Name | Value |\n|---|---|\n"
                                               "| GOMAXPROCS | threads |"});
    CHECK(has_remark(r, "2 table rows read as questions (the question column the question, the answer column its answer, other columns a list under it)"));
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].body == "Intro text.");
}

TEST_CASE("a term/definition table without outer pipes imports too") {
    auto r = bank::import_markdown("## Words\n\nTerm | Definition\n--- | ---\nIdempotent | Same result twice.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"Idempotent => Same result twice."});
}

TEST_CASE("a bold line that asks is a question, and so is a bulleted bold question") {
    auto r = bank::import_markdown("## Basics\n\n**What is a goroutine?**\n\nA light thread.\n\n**Note:** cheap.\n\n"
                                   "- **What is a channel?**\n  A typed conduit.\n\n  It blocks.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a goroutine? => A light thread.\n\n**Note:** cheap.",
                                               "What is a channel? => A typed conduit.\n\nIt blocks."});
}

TEST_CASE("a list item that asks, followed by a block quote, is a question and the quote its answer") {
    auto r = bank::import_markdown("## Basics\n\n1. What is a goroutine?\n> A light thread.\n>\n> Cheap.\n\n"
                                   "2. What is a channel?\n\n   > A typed conduit.\n\n"
                                   "3. Not a question\n> a quote\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a goroutine? => A light thread.\n\nCheap.",
                                               "What is a channel? => A typed conduit.\n\n3. Not a question\n> a quote"});
    CHECK(has_remark(r, "2 list items with a block quote read as questions (the quote is the answer)"));
}

TEST_CASE("in a document with numbered question headings, tables and bold lines stay in the answers") {
    const std::string doc = "## Basics\n\n### 1. What is X?\n\n| Question | Answer |\n|---|---|\n| a? | b |\n\n"
                            "**Why does it matter?**\n\nBecause.\n";
    auto r = bank::import_markdown(doc, "Fallback", "doc.md");
    REQUIRE(pairs(r).size() == 1);
    CHECK(r.bank.categories[0].questions[0].a.find("| a? | b |") != std::string::npos);
    CHECK(r.bank.categories[0].questions[0].a.find("**Why does it matter?**") != std::string::npos);
}

TEST_CASE("study notes without any question shape: the deepest headings are the questions") {
    auto r = bank::import_markdown("# Go\n\nAbout Go.\n\n## Concurrency\n\n### Goroutines\n\nLight threads.\n\n"
                                   "### Channels\n\nTyped conduits.\n\n```\n### not a heading\n```\n\n## Tooling\n\n"
                                   "### go vet\n\nFinds mistakes.\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Go");
    REQUIRE(r.bank.categories.size() == 2);
    CHECK(r.bank.categories[0].title == "Concurrency");
    CHECK(pairs(r) == std::vector<std::string>{"Goroutines => Light threads.",
                                               "Channels => Typed conduits.\n\n```\n### not a heading\n```",
                                               "go vet => Finds mistakes."});
    CHECK(has_remark(r, "no question shapes found: each level-3 heading read as a question, the text under it as "
                        "its answer"));
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].body == "About Go.");
}

TEST_CASE("in a document whose headings ask, bold lines, bulleted questions and Q&A tables stay in the answers") {
    auto r = bank::import_markdown("## Basics\n\n### What is X?\n\nX.\n\n**Why does it matter?**\n\nBecause.\n\n"
                                   "- **Is it fast?**\n  Yes.\n\n| Question | Answer |\n|---|---|\n| a? | b |\n\n"
                                   "1. Is it safe?\n> Mostly.\n",
                                   "Fallback", "doc.md");
    REQUIRE(pairs(r).size() == 1);
    const std::string& a = r.bank.categories[0].questions[0].a;
    for (const char* kept : {"**Why does it matter?**", "- **Is it fast?**", "| a? | b |", "> Mostly."})
        CHECK_MESSAGE(a.find(kept) != std::string::npos, kept);
}

TEST_CASE("a numbered item that asks, with its answer indented under it, is a question") {
    auto r = bank::import_markdown("# JS\n\n1. What is the difference between `let` and `var`?\n\n"
                                   "   `let` is block-scoped.\n\n   ```js\n   let x = 1;\n   ```\n\n"
                                   "2. Explain event delegation.\n\n   One listener on the parent.\n\n"
                                   "10. What is `this`?\n    The receiver.\n\n11. Is this a question?\n\nNot indented: not an answer.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{
                          "What is the difference between `let` and `var`? => `let` is block-scoped.\n\n```js\nlet x = 1;\n```",
                          "Explain event delegation. => One listener on the parent.",
                          "What is `this`? => The receiver.\n\n11. Is this a question?\n\nNot indented: not an answer."});
    CHECK(has_remark(r, "3 numbered items that ask read as questions (the text indented under each is its answer)"));
}

TEST_CASE("a numbered or labelled bold question with its answer after it on the same line") {
    auto r = bank::import_markdown("## Networking\n\n**1. What is DNS?** Names to addresses.\n\nMore on DNS.\n\n"
                                   "**Q: What is TLS?** Encryption.\n\n**Q:** What is a CDN? Edge caches.\n\n"
                                   "**Note:** not a question.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is DNS? => Names to addresses.\n\nMore on DNS.",
                                               "What is TLS? => Encryption.",
                                               "What is a CDN? Edge caches. => **Note:** not a question."});
}

TEST_CASE("remarks name the document's lines after Q&A tables and <details> blocks were rewritten") {
    auto r = bank::import_markdown("# T\n\n| Question | Answer |\n|---|---|\n| What is A? | a1 <br> a2 <br> a3 |\n"
                                   "| What is B? | b |\n\n<details><summary>What is D?</summary> d1\n</details>\n\n"
                                   "**What is A?**\n\nAgain.\n\n**What is C?**\n",
                                   "Fallback", "doc.md");
    CHECK(has_remark(r, "line 11: question 'What is A?' repeats line 5; both kept (ids q1 and q4)"));
    CHECK(has_remark(r, "line 15: question 'What is C?' has no answer (placeholder written)"));
    CHECK(pairs(r)[2] == "What is D? => d1");
}

TEST_CASE("a Q&A table's other columns are kept as a list under each answer, bold questions unwrapped") {
    auto r = bank::import_markdown("# T\n\n| # | Question | Answer | **Difficulty** | Tags |\n|---|---|---|---|---|\n"
                                   "| 1 | **What is A?** | a1 | Easy | x, y |\n| 2 | What is B? | b |  | z |\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is A? => a1\n\n- **Difficulty:** Easy\n- **Tags:** x, y",
                                               "What is B? => b\n\n- **Tags:** z"});
}

TEST_CASE("a block quote that opens with a 'Q:' line is a question, the rest of the quote its answer") {
    auto r = bank::import_markdown("## Basics\n\n> **Q:** What is A?\n> **A:** Answer A.\n>\n> More A.\n\n"
                                   "> Q2. What is B?\n> B.\n\n> A quote that asks nothing?\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is A? => Answer A.\n\nMore A.",
                                               "What is B? => B.\n\n> A quote that asks nothing?"});
    CHECK(has_remark(r, "2 block quotes read as questions (a 'Q:' line opens each)"));
}

TEST_CASE("numbered questions standing alone over unindented answers are questions (a Google Docs export)") {
    auto r = bank::import_markdown("# Prep #\n\n## Databases ##\n\n1\\. What is an index?\n\nA B\\-tree\\. It costs writes\\.\n\n"
                                   "2\\. What is normalization?\n\nRemoving redundancy:\n\n1. first form\n2. second form\n\n"
                                   "## Networking ##\n\n1\\. What is TCP?\n\nA reliable stream\\.\n\n"
                                   "```\n3\\. What is code?\n```\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is an index? => A B\\-tree\\. It costs writes\\.",
                                               "What is normalization? => Removing redundancy:\n\n1. first form\n2. second form",
                                               "What is TCP? => A reliable stream\\.\n\n```\n3\\. What is code?\n```"});
    REQUIRE(r.bank.categories.size() == 2);
    CHECK(r.bank.categories[0].title == "Databases");
    CHECK(has_remark(r, "3 escaped numbers ('1\\.') read as numbers (Google Docs and Pandoc write a number typed as text so)"));
    CHECK(has_remark(r, "3 numbered items that ask read as questions (the paragraphs after each are its answer)"));
}

TEST_CASE("a single numbered item that asks, or numbered items in a row, stay text") {
    auto one = bank::import_markdown("# Notes\n\n## Tips\n\nSome text.\n\n1. What is next?\n\nMore text.\n", "Fallback", "doc.md");
    CHECK(pairs(one) == std::vector<std::string>{"Tips => Some text.\n\n1. What is next?\n\nMore text."});
    auto list = bank::import_markdown("# Notes\n\n## Tips\n\n1. What is next?\n2. What is last?\n\nText.\n\n"
                                      "1. Why?\n\n2. How?\n\nMore.\n", "Fallback", "doc.md");
    CHECK(pairs(list).size() == 1);
}

TEST_CASE("'Q. ... A. ...': the 'A.' lead is dropped, on the question's line or below it, and counted") {
    auto r = bank::import_markdown("# Quick\n\nQ. What is Docker? A. A container tool.\n\nQ. What is a volume?\nA. Storage.\n\n"
                                   "Q: What is X? A: The x thing.\n\nQ. Which is right?\n\nA. 12\nB. 13\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is Docker? => A container tool.", "What is a volume? => Storage.",
                                               "What is X? => The x thing.", "Which is right? => A. 12\nB. 13"});
    CHECK(r.summary.answer_leads == 3);
}

TEST_CASE("a definition list's terms are questions, their definitions the answers") {
    auto r = bank::import_markdown("# Glossary\n\n## Networking\n\nLatency\n: The time a packet takes.\n\n"
                                   "Throughput\n\n:   Data moved per second.\n:   Measured in bit/s.\n\n"
                                   "## Storage\n\nRAID 5\n: Striping with parity.\n\n    Survives one disk.\n\nPlain text: not a term.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"Latency => The time a packet takes.",
                                               "Throughput => Data moved per second.\nMeasured in bit/s.",
                                               "RAID 5 => Striping with parity.\n\nSurvives one disk.\n\nPlain text: not a term."});
    CHECK(r.bank.categories.size() == 2);
    CHECK(has_remark(r, "3 definition list terms read as questions (the definition is the answer)"));
}

TEST_CASE("an answer written as a bullet with a lead ('- Answer: Y') under its question loses the bullet and the lead") {
    auto r = bank::import_markdown("# K8s\n\n1. What is a pod?\n   - Answer: The smallest unit.\n"
                                   "2. What is a service?\n   - **A:** A stable endpoint.\n   - Note: load-balanced.\n"
                                   "3. What is a node?\n   - A machine.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a pod? => The smallest unit.",
                                               "What is a service? => A stable endpoint.\n- Note: load-balanced.",
                                               "What is a node? => - A machine."});
    CHECK(r.summary.answer_leads == 2);
}

TEST_CASE("tab-indented answers under bullet questions read like space-indented ones; code at the margin keeps its tabs") {
    auto r = bank::import_markdown("# Go\n\n- What is a goroutine?\n\t- A light thread.\n\t- Started with `go`.\n"
                                   "- What is a channel?\n\t- A typed conduit.\n\n\t```go\n\tfunc f() {\n\t\treturn\n\t}\n\t```\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a goroutine? => - A light thread.\n- Started with `go`.",
                                               "What is a channel? => - A typed conduit.\n\n```go\nfunc f() {\n    return\n}\n```"});
    auto margin = bank::import_markdown("# Go\n\n## What is Go?\n\n```go\n\tfunc f() {}\n```\n", "Fallback", "doc.md");
    CHECK(pairs(margin) == std::vector<std::string>{"What is Go? => ```go\n\tfunc f() {}\n```"});
}

TEST_CASE("a level-2 numbered heading that asks ('## **1. What is X?**') is a question without its number") {
    auto r = bank::import_markdown("# Docker\n\n## **1. What is Docker?**\nA platform.\n\n## 2. Difference between CMD and ENTRYPOINT\n"
                                   "Defaults and the executable.\n\n## 3. Python\n\nNot a question.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is Docker? => A platform.",
                                               "Difference between CMD and ENTRYPOINT => Defaults and the executable."});
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].title == "Python");
}

TEST_CASE("a bullet question with a label over its labelled answer ('- Q: What is X?' / '  A: Y') loses both labels") {
    auto r = bank::import_markdown("# Linux\n\n- Q: What does `chmod 755` do?\n  A: Owner rwx, others r-x.\n"
                                   "- Q: What is a zombie?\n  A: An unreaped process.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What does `chmod 755` do? => Owner rwx, others r-x.",
                                               "What is a zombie? => An unreaped process."});
}

TEST_CASE("a question after a bold number ('**1.** What is X?') is a question; a statement after one is not") {
    auto r = bank::import_markdown("# Git\n\n**1.** What is a rebase?\n\nReplays commits.\n\n**2)** What does `git stash` do?\n\nShelves changes.\n\n"
                                   "**3.** Always pull first.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a rebase? => Replays commits.",
                                               "What does `git stash` do? => Shelves changes.\n\n**3.** Always pull first."});
}
