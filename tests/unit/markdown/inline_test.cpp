// tests: parse_inline keeps a question line inline and loses no text.
#include <doctest/doctest.h>

#include "md_test_util.hpp"

namespace md = deckpress::markdown;
namespace doc = deckpress::doc;
using deckpress::Diagnostics;

namespace {

std::string dump_spans(const std::vector<doc::Span>& spans) {
    std::string out;
    for (const doc::Span& s : spans) out += fmt::format("{}\n", s);
    return out;
}

std::string inline_md(std::string_view text, Diagnostics& diags) {
    return dump_spans(md::parse_inline(text, deckpress::test::md_context(), diags));
}

std::string inline_md(std::string_view text) {
    Diagnostics diags;
    std::string out = inline_md(text, diags);
    CHECK(diags.items().empty());
    return out;
}

}  // namespace

TEST_CASE("inline styles of a question") {
    CHECK(inline_md("What does `Depends` do in **FastAPI**?") ==
          "span \"What does \"\nspan \"Depends\" code\nspan \" do in \"\n"
          "span \"FastAPI\" bold\nspan \"?\"\n");
}

TEST_CASE("block markers at the start of a question stay text") {
    CHECK(inline_md("# of pods in a *cluster*?") ==
          "span \"# of pods in a \"\nspan \"cluster\" italic\nspan \"?\"\n");
    CHECK(inline_md("1. What is x?") == "span \"1. What is x?\"\n");
    CHECK(inline_md("2024) was a year") == "span \"2024) was a year\"\n");
    CHECK(inline_md("- dash?") == "span \"- dash?\"\n");
    CHECK(inline_md("> quote?") == "span \"> quote?\"\n");
    CHECK(inline_md("    indented?") == "span \"indented?\"\n");
    CHECK(inline_md("```py is a fence?") == "span \"```py is a fence?\"\n");
    Diagnostics underline;  // a block marker on a later line: said to be text (see below)
    CHECK(inline_md("line one\n===", underline) == "span \"line one ===\"\n");
    CHECK(underline.warning_count() == 1);
    CHECK(inline_md("**bold** first") == "span \"bold\" bold\nspan \" first\"\n");
}

TEST_CASE("a block (code, list) on a later line of a question is kept as text, with a warning where it starts") {
    // A multi-line `q: |` with a fenced code block or a list lost its layout without a word.
    Diagnostics code;
    CHECK(inline_md("What does this print?\n\n  ```rust\nfn main() {}\n```\n", code) ==
          "span \"What does this print? ```rust fn main() {} ```\"\n");
    REQUIRE(code.items().size() == 1);
    CHECK(code.items()[0].severity == deckpress::Severity::Warning);
    CHECK(code.items()[0].loc.line == 3);
    CHECK(code.items()[0].loc.column == 3);
    CHECK(code.items()[0].message.starts_with("a fenced code block in one-line text is shown as running text"));

    Diagnostics list;
    inline_md("Which are true?\n- one\n- two\n3. three", list);
    REQUIRE(list.items().size() == 1);
    CHECK(list.items()[0].loc.line == 2);
    CHECK(list.items()[0].message.starts_with("a list item or rule in one-line text"));

    CHECK(inline_md("What is\nwrapped onto # two lines?") == "span \"What is wrapped onto # two lines?\"\n");
}

TEST_CASE("several blocks are flattened into spans separated by spaces") {
    CHECK(inline_md("first para\n\nsecond *para*") ==
          "span \"first para second \"\nspan \"para\" italic\n");
}

TEST_CASE("HTML in a question is rendered as text with one warning") {
    Diagnostics diags;
    CHECK(inline_md("What is <b>this</b>?<br>next", diags) ==
          "span \"What is \"\nspan \"this\" bold\nspan \"?\"\nbreak\nspan \"next\"\n");
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].severity == deckpress::Severity::Warning);
    CHECK(diags.items()[0].message.find("HTML rendered as text") == 0);
}

TEST_CASE("a comment in a question is hidden without a warning") {
    Diagnostics diags;
    CHECK(inline_md("What is <!-- reword? --> this?", diags) == "span \"What is  this?\"\n");
    CHECK(diags.items().empty());
}

TEST_CASE("an image in a question keeps its alt text, with a warning") {
    Diagnostics diags;
    CHECK(inline_md("Look at ![the graph](g.png)?", diags) == "span \"Look at the graph?\"\n");
    CHECK(diags.warning_count() == 1);
}

TEST_CASE("an in-page link in a question keeps its text without the link, with a warning") {
    Diagnostics diags;
    CHECK(inline_md("What is [this](#q-other)?", diags) == "span \"What is this?\"\n");
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].message.starts_with("link to '#q-other' shown as plain text"));
}

TEST_CASE("type parameters in prose are text, not HTML: List<T>, Optional<String>, List<Object>") {
    Diagnostics diags;
    CHECK(inline_md("Is List<T> an Optional<String> or a List<Object>, </T>?", diags) ==
          "span \"Is List<T> an Optional<String> or a List<Object>, </T>?\"\n");
    CHECK(diags.items().empty());
    // Elements are HTML however they are written, in lower case or in capitals.
    CHECK(inline_md("a <B>bold</B> <object>x</object>", diags) == "span \"a \"\nspan \"bold\" bold\nspan \" x\"\n");
    CHECK(diags.items().size() == 1);
}

TEST_CASE("~~text~~ is struck through; unpaired, spaced or tripled tildes stay text") {
    CHECK(inline_md("Use ~~Python 2~~ Python 3") == "span \"Use \"\nspan \"Python 2\" strike\nspan \" Python 3\"\n");
    CHECK(inline_md("~~a *b* c~~") == "span \"a \" strike\nspan \"b\" italic,strike\nspan \" c\" strike\n");
    CHECK(inline_md("about ~~ 5 ~~ min, ~~~x~~~, ~~open") == "span \"about ~~ 5 ~~ min, ~~~x~~~, ~~open\"\n");
    Diagnostics html;  // warned about as HTML
    CHECK(inline_md("`~~code~~` and <del>gone</del>", html) == "span \"~~code~~\" code\nspan \" and \"\nspan \"gone\" strike\n");
}

TEST_CASE("HTML <sup> and <sub> raise and lower their text instead of dropping the meaning") {
    // "E = mc<sup>2</sup>" read "E = mc2", "H<sub>2</sub>O" "H2O".
    Diagnostics diags;
    CHECK(inline_md("E = mc<sup>2</sup> and H<sub>2</sub>O", diags) ==
          "span \"E = mc\"\nspan \"2\" super\nspan \" and H\"\nspan \"2\" sub\nspan \"O\"\n");
    CHECK(diags.warning_count() == 1);  // still HTML, rendered as text with styles
}
