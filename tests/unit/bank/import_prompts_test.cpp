// tests: import of questions that are prompts ("Explain X", "Tell me about yourself:") and of
// question labels and answer leads in other languages ("Frage 1:", "Antwort:").
#include <doctest/doctest.h>

#include "bank/import.hpp"
#include "import_pairs.hpp"

using namespace deckpress;
using deckpress::test::has_remark;
using deckpress::test::pairs;

TEST_CASE("a heading that prompts ('Explain X.') is a question beside the headings that ask") {
    auto r = bank::import_markdown("# Frontend\n\n## CSS\n\n#### What is the box model?\n\nContent, padding.\n\n"
                                   "#### Explain specificity.\n\nInline > ID > class.\n\n"
                                   "#### List comprehensions\n\nNot a prompt: a title.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is the box model? => Content, padding.",
                                               "Explain specificity. => Inline > ID > class.\n\n"
                                               "#### List comprehensions\n\nNot a prompt: a title."});
}

TEST_CASE("bold prompts in a list, ending with ':' or '.', are questions; bold labels are not") {
    auto r = bank::import_markdown("## About you\n\n- **Tell me about yourself:**\n  Two minutes.\n"
                                   "- **Describe a conflict with a coworker:**\n  Use STAR.\n\n  **Note:** be honest.\n"
                                   "- **Why here?**\n  Mission.\n\n## Python\n\n1. **What is a generator?**\n   - lazy\n"
                                   "2. **Explain list comprehensions.**\n   - `[x for x in y]`\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"Tell me about yourself: => Two minutes.",
                                               "Describe a conflict with a coworker: => Use STAR.\n\n**Note:** be honest.",
                                               "Why here? => Mission.", "What is a generator? => - lazy",
                                               "Explain list comprehensions. => - `[x for x in y]`"});
}

TEST_CASE("a <details> block whose summary prompts is a question; 'Show the answer' is not") {
    auto r = bank::import_markdown("## Collections\n\n<details>\n<summary>Explain fail-fast iterators</summary>\n\n"
                                   "They throw.\n\n<details><summary>Show the answer</summary>\nX\n</details>\n</details>\n",
                                   "Fallback", "doc.md");
    REQUIRE(pairs(r).size() == 1);
    CHECK(r.bank.categories[0].questions[0].q == "Explain fail-fast iterators");
}

TEST_CASE("German and Spanish question labels and answer leads") {
    auto r = bank::import_markdown("## Grundlagen\n\n### Frage 1: Was ist „Garbage Collection“?\n\n**Antwort:** Speicherbereinigung.\n\n"
                                   "### Frage 2: Erklären Sie `volatile`:\n\nSichtbarkeit.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"Was ist „Garbage Collection“? => Speicherbereinigung.",
                                               "Erklären Sie `volatile`: => Sichtbarkeit."});
    auto es = bank::import_markdown("**Pregunta 1:** ¿Qué es una tupla?\n\nRespuesta: Una secuencia inmutable.\n",
                                    "Fallback", "doc.md");
    CHECK(pairs(es) == std::vector<std::string>{"¿Qué es una tupla? => Una secuencia inmutable."});
}

TEST_CASE("'Q.1 text', 'Q4 - text' and '**Q.5** text' are question lines; 'Ans.' leads are dropped") {
    auto r = bank::import_markdown("# DBMS\n\nQ.1 What is normalization?\nAns. Less redundancy.\n\n"
                                   "Q 2. Define deadlock.\nAns: Waiting forever.\n\nQ4 - What is an index?\nAns - A lookup structure.\n\n"
                                   "Q5 \xE2\x80\x93 What is a view?\nA stored query.\n\n**Q.6** What is a cursor?\n\n**Ans.** A row pointer.\n\n"
                                   "Queue: not a label. Q3 results - not one either.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is normalization? => Less redundancy.",
                                               "Define deadlock. => Waiting forever.",
                                               "What is an index? => A lookup structure.",
                                               "What is a view? => A stored query.",
                                               "What is a cursor? => A row pointer.\n\nQueue: not a label. Q3 results - not one either."});
}

TEST_CASE("a question heading that is a link, ends with an emoji or a full-width question mark asks") {
    auto r = bank::import_markdown("## Links\n\n### [What is C?](https://example.com/c)\n\nC.\n\n"
                                   "### What is D? \xF0\x9F\xA4\x94\n\nD.\n\n### \xE4\xBB\x80\xE4\xB9\x88\xE6\x98\xAF\xEF\xBC\x9F\n\nE.\n\n"
                                   "### Notes \xE2\x9C\x85\n\nNot a question.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"[What is C?](https://example.com/c) => C.", "What is D? \xF0\x9F\xA4\x94 => D.",
                                               "\xE4\xBB\x80\xE4\xB9\x88\xE6\x98\xAF\xEF\xBC\x9F => E.\n\n### Notes \xE2\x9C\x85\n\nNot a question."});
}

TEST_CASE("'Difference between X and Y' asks, with or without a question mark") {
    auto r = bank::import_markdown("## OS\n\n### What is a process?\n\nA program running.\n\n"
                                   "### Difference between process and thread\n\nThreads share memory.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a process? => A program running.",
                                               "Difference between process and thread => Threads share memory."});
}

TEST_CASE("SQL commands and two-word titles that open with a prompt verb do not ask") {
    auto r = bank::import_markdown("## Postgres\n\n### How do you read a query plan?\n\nRun it:\n\n### EXPLAIN ANALYZE\n\n"
                                   "Runs the query.\n\n### Explain Plan\n\nOracle's name.\n\n### Describe table\n\nIn psql.\n",
                                   "Fallback", "doc.md");
    REQUIRE(pairs(r).size() == 1);
    CHECK(r.bank.categories[0].questions[0].a ==
          "Run it:\n\n### EXPLAIN ANALYZE\n\nRuns the query.\n\n### Explain Plan\n\nOracle's name.\n\n### Describe table\n\nIn psql.");
}

TEST_CASE("a question line that holds its answer, with nothing below it, is split at its '?'") {
    auto r = bank::import_markdown("## Docker\n\n**Q:** What is a container? A process sharing the host kernel.\n\n"
                                   "**Q:** What is an image? **A:** A read-only template.\n\n"
                                   "**Q:** What is a volume? How is it mounted? Storage outside the container.\n\n"
                                   "**Q:** What is Compose? Why use it?\n\n"
                                   "**Q:** What does `a ? b : c` do in a Dockerfile\n\n"
                                   "**Q:** What is a layer? It is explained below.\n\nA filesystem diff.\n\n"
                                   "**Q:** What is the GIL? Explain its impact on threads.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{
                          "What is a container? => A process sharing the host kernel.",
                          "What is an image? => A read-only template.",
                          "What is a volume? How is it mounted? => Storage outside the container.",
                          "What is Compose? Why use it? => *(No answer in the source document.)*",
                          "What does `a ? b : c` do in a Dockerfile => *(No answer in the source document.)*",
                          "What is a layer? It is explained below. => A filesystem diff.",
                          "What is the GIL? Explain its impact on threads. => *(No answer in the source document.)*"});
    CHECK(has_remark(r, "line 3: question 'What is a container?' had its answer on its line (split after its '?')"));
}

TEST_CASE("bullets that ask over indented answers (Notion toggles) are questions when nothing else asks") {
    auto r = bank::import_markdown("# Docker\n\n## Basics\n\n- What is a container?\n    A process sharing the kernel.\n\n"
                                   "    - isolated\n- Why pin image tags?\n    Reproducible builds.\n- Not a question\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Docker");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].title == "Basics");
    CHECK(pairs(r) == std::vector<std::string>{"What is a container? => A process sharing the kernel.\n\n- isolated",
                                               "Why pin image tags? => Reproducible builds.\n- Not a question"});
    CHECK(has_remark(r, "2 bullet items that ask read as questions (the text indented under each is its answer)"));
}

TEST_CASE("bullets that ask stay answer text where questions were found otherwise") {
    auto r = bank::import_markdown("## Basics\n\n**Q:** What is a container?\n\n- Why does it matter?\n  Isolation.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is a container? => - Why does it matter?\n  Isolation."});
}

TEST_CASE("Chinese, Japanese and Korean question labels and answer leads, with a full-width colon") {
    auto r = bank::import_markdown("# Java 面试题\n\n## 基础\n\n问题：什么是 JVM？\n答案：Java 虚拟机。\n\n"
                                   "**问题：** 什么是线程池？\n\n**答：** 复用线程。\n\n"
                                   "Q：synchronized 和 Lock 的区别？\n\n答：Lock 是接口。\n\n"
                                   "質問：GCとは？\n答え：メモリの回収。\n\n질문: 스레드란?\n답변: 실행 흐름.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"什么是 JVM？ => Java 虚拟机。", "什么是线程池？ => 复用线程。",
                                               "synchronized 和 Lock 的区别？ => Lock 是接口。", "GCとは？ => メモリの回収。",
                                               "스레드란? => 실행 흐름."});
    CHECK(r.summary.answer_leads == 5);
}

TEST_CASE("numbered answer leads ('A1:', '**A2:**', 'Answer 3:', 'A4 -') are dropped like 'A:'") {
    auto r = bank::import_markdown("# CSS\n\n**Q1:** What is the box model?\n**A1:** Content to margin.\n\n"
                                   "**Q2:** What is specificity?\n**A2**: Rule weight.\n\nQuestion 3: What is flexbox?\nAnswer 3: One axis.\n\n"
                                   "Q4 - What is grid?\nA4 - Two axes.\n\nQ5: What is A4?\nA4 paper is 210 mm wide.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is the box model? => Content to margin.", "What is specificity? => Rule weight.",
                                               "What is flexbox? => One axis.", "What is grid? => Two axes.",
                                               "What is A4? => A4 paper is 210 mm wide."});
    CHECK(r.summary.answer_leads == 4);
}

TEST_CASE("a label alone on its line ('**Question 1**') with the question below, and '**Answer**' alone over the answer") {
    auto r = bank::import_markdown("# Interview\n\n**Question 1**\n\nWhat is dependency\ninjection?\n\n**Answer**\n\nPassing them in.\n\n"
                                   "Question 2:\n\nWhat is SOLID?\n\nAnswer\n\nFive principles.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is dependency injection? => Passing them in.", "What is SOLID? => Five principles."});
    CHECK(r.summary.answer_leads == 2);
    CHECK(has_remark(r, "2 labels alone on their lines ('Question 1') read as questions (the paragraph below each is the question)"));
}

TEST_CASE("labelled questions and answer leads in italics ('*Q1: What is X?*', '_A: Y._') read as without them") {
    auto r = bank::import_markdown("# CSS\n\n*Q1: What is z-index?*\n*A: The stacking order.*\n\n_Q2: What is :hover?_\n_A: A state._\n\n"
                                   "*An aside in italics.*\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What is z-index? => The stacking order.",
                                               "What is :hover? => A state.\n\n*An aside in italics.*"});
}

TEST_CASE("an 'Answer' heading over the answer ('#### Answer', '#### Answer:') is dropped like an 'Answer:' lead") {
    auto r = bank::import_markdown("# Algorithms\n\n## Sorting\n\n### Q1: What does quicksort cost?\n\n#### Answer\n\nO(n log n).\n\n"
                                   "### Q2: Is merge sort stable?\n\n#### Answer:\n\nYes.\n\n#### Follow-up\n\nFor multi-key sorts.\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"What does quicksort cost? => O(n log n).",
                                               "Is merge sort stable? => Yes.\n\n#### Follow-up\n\nFor multi-key sorts."});
    CHECK(r.summary.answer_leads == 2);
}

TEST_CASE("lettered choices ('A: 12' over 'B: 13', '- A:' over '- B:') keep their 'A:': it is a choice, not an answer lead") {
    auto r = bank::import_markdown("# Quiz\n\nQ1: Which is prime?\nA: 12\nB: 13\n\nQ2: Which is even?\n- A: 3\n- B: 4\n\n"
                                   "Q3: Which is odd?\n- Answer: 5\n",
                                   "Fallback", "doc.md");
    CHECK(pairs(r) == std::vector<std::string>{"Which is prime? => A: 12\nB: 13", "Which is even? => - A: 3\n- B: 4",
                                               "Which is odd? => 5"});
}
