// tests: footnotes: references numbered in order, definitions gathered last, mistakes located.
#include <doctest/doctest.h>

#include "md_test_util.hpp"

namespace md = deckpress::markdown;
namespace doc = deckpress::doc;
using deckpress::Diagnostics;
using deckpress::test::dump_md;
using deckpress::test::golden;

namespace {

std::vector<std::string> messages(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const auto& d : diags.items()) out.push_back(deckpress::format_diagnostic(d));
    return out;
}

}  // namespace

TEST_CASE("references are numbered by first use, reused, and their notes gathered last") {
    CHECK(dump_md("One[^b] two[^A] again[^B].\n\n[^a]: Note a.\n[^b]: Note b,\n"
                  "lazy line.\n\n    Second paragraph.\n\nAfter.\n") == golden(R"(
paragraph @1:1
  span "One"
  span "1" super note=1
  span " two"
  span "2" super note=2
  span " again"
  span "1" super note=1
  span "."
paragraph @9:1
  span "After."
footnotes @4:1
  item number=1 @4:1
    paragraph @4:7
      span "Note b, lazy line."
    paragraph @7:5
      span "Second paragraph."
  item number=2 @3:1
    paragraph @3:7
      span "Note a."
)"));
}

TEST_CASE("a note's own references are numbered after the text's") {
    CHECK(dump_md("Text[^x].\n\n[^y]: Inner.\n[^x]: Outer[^y] and **bold[^x]**.\n") == golden(R"(
paragraph @1:1
  span "Text"
  span "1" super note=1
  span "."
footnotes @4:1
  item number=1 @4:1
    paragraph @4:7
      span "Outer"
      span "2" super note=2
      span " and "
      span "bold" bold
      span "1" bold,super note=1
      span "."
  item number=2 @3:1
    paragraph @3:7
      span "Inner."
)"));
}

TEST_CASE("footnote syntax in code spans, code blocks and after a backslash stays as written") {
    CHECK(dump_md("Use `x[^1]` or \\[^1].\n\n```\n[^1]: kept\ny[^1]\n```\n\n    [^1]: indented code\n") == golden(R"(
paragraph @1:1
  span "Use "
  span "x[^1]" code
  span " or [^1]."
code @3:1
  line "[^1]: kept"
  line "y[^1]"
code @8:5
  line "[^1]: indented code"
)"));
}

TEST_CASE("a reference without a definition stays as written, with a warning at its place") {
    Diagnostics diags;
    CHECK(dump_md("ok\nsee[^Missing] here\n", diags) == golden(R"(
paragraph @1:1
  span "ok see[^Missing] here"
)"));
    REQUIRE(diags.items().size() == 1);
    CHECK(messages(diags)[0] ==
          "bank.yaml:2:4: warning: footnote [^Missing] has no definition: shown as written (in question q1)");
}

TEST_CASE("a definition never referenced is dropped with a warning") {
    Diagnostics diags;
    CHECK(dump_md("Text.\n\n  [^lost]: Nobody cites me.\n", diags) == golden(R"(
paragraph @1:1
  span "Text."
)"));
    REQUIRE(diags.items().size() == 1);
    CHECK(messages(diags)[0] == "bank.yaml:3:3: warning: footnote [^lost] is never referenced: dropped (in question q1)");
}

TEST_CASE("a label defined twice keeps its first definition, with a warning at the second") {
    Diagnostics diags;
    const std::string dump = dump_md("A[^n].\n\n[^n]: First.\n[^N]: Second.\n", diags);
    CHECK(dump.find("First.") != std::string::npos);
    CHECK(dump.find("Second.") == std::string::npos);
    REQUIRE(diags.items().size() == 1);
    CHECK(messages(diags)[0] ==
          "bank.yaml:4:1: warning: footnote [^N] is defined twice: the first definition (line 3) is kept (in question q1)");
}

TEST_CASE("positions in notes are file positions: the answer's origin, then the note's own shift") {
    md::Context ctx = deckpress::test::md_context();
    ctx.origin = deckpress::SourceLoc{"bank/python.yaml", 40, 7};
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks("Hi[^1] and[^2].\n\n[^1]: See <b>x</b>.\n\n    <i>y</i> too\n", ctx, diags);
    REQUIRE(blocks.size() == 2);
    const doc::Block& notes = blocks[1];
    CHECK(notes.kind == doc::BlockKind::Footnotes);
    REQUIRE(notes.children.size() == 1);
    CHECK(notes.children[0].loc.line == 42);
    CHECK(notes.children[0].loc.column == 7);
    CHECK(notes.children[0].children.at(1).loc.line == 44);
    CHECK(notes.children[0].children.at(1).loc.column == 11);  // column 5 of the text, shifted by 6
    const std::vector<std::string> got = messages(diags);
    REQUIRE(got.size() == 3);
    CHECK(got[0] == "bank/python.yaml:40:17: warning: footnote [^2] has no definition: shown as written (in question q1)");
    // Warnings inside a note are at their tags: after `[^1]: See `, and in a continuation
    // paragraph after its four spaces of indentation.
    CHECK(got[1] == "bank/python.yaml:42:17: warning: HTML rendered as text: <b> (in question q1)");
    CHECK(got[2] == "bank/python.yaml:44:11: warning: HTML rendered as text: <i> (in question q1)");
}

TEST_CASE("a text without footnote syntax parses as before, and a lone '[^' changes nothing") {
    Diagnostics diags;
    CHECK(dump_md("a [^ b] c[^]\n", diags) == golden(R"(
paragraph @1:1
  span "a [^ b] c[^]"
)"));
    CHECK(diags.items().empty());
}

TEST_CASE("a definition inside a quote stays text with a warning (cmark would drop it as a link definition)") {
    Diagnostics diags;
    CHECK(dump_md("Text[^q].\n\n> [^q]: quoted note\n", diags) == golden(R"(
paragraph @1:1
  span "Text[^q]."
quote @3:1
  paragraph @3:3
    span "[^q]: quoted note"
)"));
    const std::vector<std::string> got = messages(diags);
    REQUIRE(got.size() == 2);
    CHECK(got[0] == "bank.yaml:3:3: warning: footnote definitions inside a quote or list item are not supported: "
                    "shown as written (start it at the beginning of a line) (in question q1)");
    CHECK(got[1] == "bank.yaml:1:5: warning: footnote [^q] has no definition: shown as written (in question q1)");
}

TEST_CASE("a reference cmark reads as a link's text keeps its caret") {
    CHECK(dump_md("[^n](https://x.org)\n\n[^n]: note\n").find("span \"^n\" link=https://x.org") != std::string::npos);
}
