// tests: import of Obsidian notes: callouts get a title line, wiki links become their text.
#include <doctest/doctest.h>

#include <algorithm>

#include "bank/import.hpp"

using namespace deckpress;

TEST_CASE("Obsidian callouts keep their title on its own line and wiki links show their text") {
    auto r = bank::import_markdown("---\ntitle: SD\n---\n\n## Caching\n\n### What is cache-aside?\n\n"
                                   "> [!tip]- Short answer\n> Read the cache first.\n\n> [!warning]\n> Data loss.\n\n"
                                   "See [[Redis]] and [[Databases#Keys|key notes]]; ![[diagram.png]] stays.\n\n"
                                   "```md\n> [!note] in code\n[[kept]]\n```\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].questions[0].a ==
          "> **Short answer**\\\n> Read the cache first.\n\n> **Warning**\\\n> Data loss.\n\n"
          "See Redis and key notes; ![[diagram.png]] stays.\n\n```md\n> [!note] in code\n[[kept]]\n```");
    CHECK(std::find(r.summary.remarks.begin(), r.summary.remarks.end(),
                    "4 callouts, admonitions and wiki links (Obsidian, MkDocs) turned into Markdown") != r.summary.remarks.end());
}

TEST_CASE("MkDocs admonitions become block quotes with a bold title line") {
    auto r = bank::import_markdown("## Kafka\n\n### What is a partition?\n\nA log.\n\n!!! note \"Ordering\"\n    Kept per partition.\n\n"
                                   "    Not across them.\n\nAfter.\n\n??? tip\n    Folded.\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].questions[0].a ==
          "A log.\n\n> **Ordering**\\\n> Kept per partition.\n>\n> Not across them.\n\nAfter.\n\n> **Tip**\\\n> Folded.");
}
