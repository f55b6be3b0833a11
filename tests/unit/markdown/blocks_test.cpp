// tests: Markdown -> document model goldens, one per CommonMark feature.
#include <doctest/doctest.h>

#include "md_test_util.hpp"

using deckpress::Diagnostics;
using deckpress::Severity;
using deckpress::test::dump_md;
using deckpress::test::golden;

TEST_CASE("paragraph styles nest into style bits; links carry their URL") {
    CHECK(dump_md("Plain *em* **strong** ***both*** `code` "
                  "[link **bold**](https://example.com/a?b=1) <https://auto.link>\n") == golden(R"g(
paragraph @1:1
  span "Plain "
  span "em" italic
  span " "
  span "strong" bold
  span " "
  span "both" bold,italic
  span " "
  span "code" code
  span " "
  span "link " link=https://example.com/a?b=1
  span "bold" bold link=https://example.com/a?b=1
  span " "
  span "https://auto.link" link=https://auto.link
)g"));
}

TEST_CASE("soft breaks become spaces, hard breaks become break spans") {
    CHECK(dump_md("one\ntwo\\\nthree  \nfour") == golden(R"g(
paragraph @1:1
  span "one two"
  break
  span "three"
  break
  span "four"
)g"));
}

TEST_CASE("lists nest three deep with start numbers and tightness") {
    CHECK(dump_md("3. three\n4. four\n\n   10. ten\n\n       - deep *one*\n       - deep two\n"
                  "5. five") == golden(R"g(
list ordered start=3 loose @1:1
  item @1:1
    paragraph @1:4
      span "three"
  item @2:1
    paragraph @2:4
      span "four"
    list ordered start=10 loose @4:4
      item @4:4
        paragraph @4:8
          span "ten"
        list bullet tight @6:8
          item @6:8
            paragraph @6:10
              span "deep "
              span "one" italic
          item @7:8
            paragraph @7:10
              span "deep two"
  item @8:1
    paragraph @8:4
      span "five"
)g"));
}

TEST_CASE("an ordered list records a parenthesis delimiter") {
    CHECK(dump_md("2) two\n3) three") == golden(R"g(
list ordered start=2 delimiter=) tight @1:1
  item @1:1
    paragraph @1:4
      span "two"
  item @2:1
    paragraph @2:4
      span "three"
)g"));
}

TEST_CASE("a blank line between items makes a bullet list loose") {
    CHECK(dump_md("- a\n\n- b") == golden(R"g(
list bullet loose @1:1
  item @1:1
    paragraph @1:3
      span "a"
  item @3:1
    paragraph @3:3
      span "b"
)g"));
}

TEST_CASE("block quotes hold blocks and nest") {
    CHECK(dump_md("> quoted **text**\n>\n> > nested\n\nafter") == golden(R"g(
quote @1:1
  paragraph @1:3
    span "quoted "
    span "text" bold
  quote @3:3
    paragraph @3:5
      span "nested"
paragraph @5:1
  span "after"
)g"));
}

TEST_CASE("ATX and setext headings keep their level; a thematic break is a rule") {
    CHECK(dump_md("# H1\n## H2 `c`\nSetext\n------\n\n***\n") == golden(R"g(
heading level=1 @1:1
  span "H1"
heading level=2 @2:1
  span "H2 "
  span "c" code
heading level=2 @3:1
  span "Setext"
rule @6:1
)g"));
}

TEST_CASE("code blocks: lower-cased first word of the info string, tabs expanded, no final newline") {
    CHECK(dump_md("```Python {.x}\nprint(\"a\\tb\")\n\tx = 1  # tab\n```\n\n    plain indented\n\n"
                  "~~~\n~~~\n") == golden(R"g(
code lang=python @1:1
  line builtin"print" punct"(" string"\"a\\tb\"" punct")"
  line "    x " punct"=" " " number"1" "  " comment"# tab"
code @6:5
  line "plain indented"
code @8:1
)g"));
}

TEST_CASE("tabs expand to the next multiple of four columns") {
    CHECK(dump_md("```\na\tb\nabcd\te\n```\n") == golden(R"g(
code @1:1
  line "a   b"
  line "abcd    e"
)g"));
}

TEST_CASE("HTML is rendered as its text content, with a warning") {
    Diagnostics diags;
    const std::string out = dump_md(
        "Text with <span class=\"x\">inline</span> &amp; <b>bold</b> <!-- c -->.\n\n"
        "<div class=\"note\">\n  <p>Block &lt;tag&gt; &quot;q&quot; &#39;s&#39; &#x41;&#66;"
        "&nbsp;x</p>\n  <p>second <em>para</em><br/>line</p>\n</div>\n\n<!-- only a comment -->\n",
        diags);
    CHECK(out == golden(R"g(
paragraph @1:1
  span "Text with inline & "
  span "bold" bold
  span " ."
paragraph @3:1
  span "Block <tag> \"q\" 's' AB)g" "\u00A0" R"g(x"
  break
  span "second "
  span "para" italic
  break
  span "line"
)g"));
    REQUIRE(diags.items().size() == 2);  // the closed comment is a hidden note: no warning
    CHECK(diags.error_count() == 0);
    CHECK(format_diagnostic(diags.items()[0]) ==
          "bank.yaml:1:11: warning: HTML rendered as text: <span class=\"x\"> (in question q1)");
    CHECK(format_diagnostic(diags.items()[1]) ==
          "bank.yaml:3:1: warning: HTML rendered as text: <div class=\"note\"> (in question q1)");
}

TEST_CASE("generic types in an answer stay as written, warned about only where real HTML is") {
    Diagnostics diags;
    const std::string out = dump_md("Use List<T> or Map<K, V>; Vec<Option<T>> too.\n\nA <kbd>key</kbd>.\n", diags);
    CHECK(out == golden(R"g(
paragraph @1:1
  span "Use List<T> or Map<K, V>; Vec<Option<T>> too."
paragraph @3:1
  span "A "
  span "key" code
  span "."
)g"));
    REQUIRE(diags.items().size() == 1);
    CHECK(format_diagnostic(diags.items()[0]) == "bank.yaml:3:3: warning: HTML rendered as text: <kbd> (in question q1)");
}

TEST_CASE("HTML comments are silent notes; one left open, which hides the rest, is a warning") {
    Diagnostics diags;
    std::string out = dump_md("Before.\n\n<!-- TODO: add an example -->\n<!-- two -->\n\nAfter.\n", diags);
    CHECK(out == golden(R"g(
paragraph @1:1
  span "Before."
paragraph @6:1
  span "After."
)g"));
    CHECK(diags.items().empty());
    out = dump_md("Before.\n\n<!-- TODO: add an example\n\nHidden by the open comment.\n", diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].message.starts_with("HTML comment not closed (it hides all text after it): <!-- TODO"));
    diags = {};
    dump_md("<br>\n", diags);
    REQUIRE(diags.items().size() == 1);  // markup that shows nothing is still reported
}

TEST_CASE("a comment inside a line is a silent note too: hidden, without a warning that it is shown") {
    // It was reported as "HTML rendered as text: <!-- check the numbers -->", which it was not.
    Diagnostics diags;
    std::string out = dump_md("Before <!-- check the numbers --> after.\n", diags);
    CHECK(out == golden(R"g(
paragraph @1:1
  span "Before  after."
)g"));
    CHECK(diags.items().empty());
    dump_md("A <!-- note --> and <span>x</span>.\n", diags);  // real markup after it is still reported, at its tag
    REQUIRE(diags.items().size() == 1);
    CHECK(format_diagnostic(diags.items()[0]) == "bank.yaml:1:21: warning: HTML rendered as text: <span> (in question q1)");
}

TEST_CASE("an HTML table keeps its cells apart: ' | ' between the cells of a row, rows on lines of their own") {
    // The cells ran together ("Cell ACell B").
    Diagnostics diags;
    const std::string out = dump_md(
        "<table>\n<tr><th>Name</th><th>Born</th></tr>\n<tr>\n  <td>Ada <b>L.</b></td>\n  <td>1815</td>\n</tr>\n"
        "<tr><td></td><td>x</td></tr>\n</table>\n",
        diags);
    CHECK(out == golden(R"g(
paragraph @1:1
  span "Name | Born"
  break
  span "Ada "
  span "L." bold
  span " | 1815"
  break
  span "x"
)g"));
}

TEST_CASE("pipe rows without a delimiter row stay a paragraph whose rows are kept apart by hard breaks") {
    CHECK(dump_md("| a | b |\n| 1 | **2** |\n") == golden(R"g(
paragraph @1:1
  span "| a | b |"
  break
  span "| 1 | "
  span "2" bold
  span " |"
)g"));
}

TEST_CASE("entities in Markdown text are decoded; invalid UTF-8 becomes U+FFFD") {
    CHECK(dump_md("a &amp; b &copy; \xff\xc3(") ==
          "paragraph @1:1\n  span \"a & b \u00A9 \uFFFD\uFFFD(\"\n");
}

TEST_CASE("CRLF line endings parse like LF, also inside code blocks") {
    CHECK(dump_md("a\r\nb\r\n\r\n```py\r\nx = 1\r\n```\r\n") == golden(R"g(
paragraph @1:1
  span "a b"
code lang=py @4:1
  line "x " punct"=" " " number"1"
)g"));
}

TEST_CASE("right-to-left scripts are set, with one warning at the first such letter") {
    Diagnostics diags;
    const std::string out = dump_md("Plain *text*.\n\nHello is \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D, or "
                                    "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7.\n",
                                    diags);
    CHECK(out.find("Hello is \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D, or") != std::string::npos);  // kept, not dropped
    REQUIRE(diags.items().size() == 1);
    CHECK(format_diagnostic(diags.items()[0]) ==
          "bank.yaml:3:10: warning: right-to-left text (U+05E9 '\xD7\xA9') is set left to right with its letters "
          "unjoined: deckpress does not lay out right-to-left scripts (in question q1)");

    Diagnostics none;
    dump_md("caf\xC3\xA9 \xCE\xB1\xCE\xB2 \xD0\xB4\xD0\xB0 \xE2\x86\x92 \xEF\xBB\xBFx \xE4\xB8\xAD\n", none);
    CHECK(none.items().empty());  // accents, Greek, Cyrillic, arrows, U+FEFF, CJK: left to right
}

TEST_CASE("an in-page link (#anchor) keeps its text without the link, with a warning at it") {
    // The PDF writer knows only its own anchors: '[see](#intro)' failed the whole render with
    // 'link to unknown anchor #intro', no location.
    Diagnostics diags;
    const std::string out = dump_md("See [the intro](#intro) and [web](https://x.org).\n\n# Head [h](#top)\n", diags);
    CHECK(out == golden(R"g(
paragraph @1:1
  span "See the intro and "
  span "web" link=https://x.org
  span "."
heading level=1 @3:1
  span "Head h"
)g"));
    REQUIRE(diags.items().size() == 2);
    CHECK(format_diagnostic(diags.items()[0]) ==
          "bank.yaml:1:5: warning: link to '#intro' shown as plain text: in-page links have no target in the PDF "
          "(in question q1)");
    CHECK(format_diagnostic(diags.items()[1]).starts_with("bank.yaml:3:8: warning: link to '#top' shown as plain text"));
}

TEST_CASE("the text of a CDATA section is kept, as text, in blocks and inline") {
    // It was dropped with 'HTML without text ignored: <![CDATA[ x < y ]]>'.
    Diagnostics diags;
    const std::string out = dump_md("<![CDATA[ if a > b && c ]]>\n\nInline <![CDATA[x > y]]> here.\n", diags);
    CHECK(out == golden(R"g(
paragraph @1:1
  span "if a > b && c"
paragraph @3:1
  span "Inline x > y here."
)g"));
    REQUIRE(diags.items().size() == 2);
    CHECK(diags.items()[0].message.starts_with("HTML rendered as text"));
}

TEST_CASE("task list items lose their [ ] and [x] to a check box; other brackets stay text") {
    Diagnostics diags;
    const std::string out = dump_md("- [ ] write **tests**\n- [x] ship\n- [X] done too\n- [y] not a box\n- text [ ] later\n", diags);
    CHECK(out == golden(R"g(
list bullet tight @1:1
  item to-do @1:1
    paragraph @1:3
      span "write "
      span "tests" bold
  item done @2:1
    paragraph @2:3
      span "ship"
  item done @3:1
    paragraph @3:3
      span "done too"
  item @4:1
    paragraph @4:3
      span "[y] not a box"
  item @5:1
    paragraph @5:3
      span "text [ ] later"
)g"));
    CHECK(diags.items().empty());
    CHECK(dump_md("[ ] not in a list\n", diags) == golden(R"g(
paragraph @1:1
  span "[ ] not in a list"
)g"));
}
