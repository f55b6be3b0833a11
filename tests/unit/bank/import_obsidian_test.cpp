// tests: import of Obsidian notes: callouts get a title line, wiki links become their text.
#include <doctest/doctest.h>

#include <algorithm>

#include "bank/import.hpp"
#include "import_pairs.hpp"

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

TEST_CASE("Quarto, Pandoc and Docusaurus fenced divs: callouts become titled block quotes, other divs their content") {
    auto r = bank::import_markdown("# R\n\n## Frames\n\n### What is a tibble?\n\nA data frame.\n\n::: {.callout-note}\nNo factors.\n:::\n\n"
                                   "### How do you join?\n\n::: {.callout-tip collapse=\"true\"}\n## An example\n```r\nleft_join(a, b)\n```\n:::\n\n"
                                   "### What is a pipe?\n\n:::warning Careful\nIt is `|>`.\n:::\n\n"
                                   "::: {.columns}\n:::: {.column}\nLeft.\n::::\n:::\n\n"
                                   "```\n::: {.callout-note}\n```\n",
                                   "Fallback", "doc.md");
    auto p = test::pairs(r);
    REQUIRE(p.size() == 3);
    CHECK(p[0] == "What is a tibble? => A data frame.\n\n> **Note**\\\n> No factors.");
    CHECK(p[1] == "How do you join? => > **An example**\n> ```r\n> left_join(a, b)\n> ```");
    CHECK(p[2] == "What is a pipe? => > **Careful**\\\n> It is `|>`.\n\n\n\n\nLeft.\n\n\n\n```\n::: {.callout-note}\n```");
    CHECK(test::has_remark(r, "4 ':::' fenced divs (Quarto, Pandoc, Docusaurus) turned into Markdown"));
}

TEST_CASE("a code chunk's braced language ('```{r}', '```{python echo=FALSE}', '```{.js}') is the plain language") {
    auto r = bank::import_markdown("# R\n\n## Q\n\n### What is R?\n\n```{r}\nx <- 1\n```\n\n~~~{python echo=FALSE}\nx = 1\n~~~\n\n"
                                   "```{.js}\nlet x;\n```\n\n````md\n```{r}\n````\n",
                                   "Fallback", "doc.md");
    CHECK(test::pairs(r) == std::vector<std::string>{"What is R? => ```r\nx <- 1\n```\n\n~~~python\nx = 1\n~~~\n\n```js\nlet x;\n```\n\n"
                                                     "````md\n```{r}\n````"});
}

TEST_CASE("a Notion callout ('<aside>' ... '</aside>') becomes a block quote of its text") {
    auto r = bank::import_markdown("# CSS\n\n## What is specificity?\n\nRule weight.\n\n<aside>\n💡 Inline beats IDs.\n\nIDs beat classes.\n\n</aside>\n\n"
                                   "```html\n<aside>\n</aside>\n```\n",
                                   "Fallback", "doc.md");
    CHECK(test::pairs(r) == std::vector<std::string>{"What is specificity? => Rule weight.\n\n\n> 💡 Inline beats IDs.\n>\n> IDs beat classes.\n\n\n\n"
                                                     "```html\n<aside>\n</aside>\n```"});
    CHECK(test::has_remark(r, "1 '<aside>' callout (Notion) turned into Markdown"));
}
