// tests: GitHub-style pipe tables in answers -> Table blocks (GFM table rules).
#include <doctest/doctest.h>

#include "md_test_util.hpp"

using deckpress::Diagnostics;
using deckpress::Severity;
using deckpress::test::dump_md;
using deckpress::test::golden;

TEST_CASE("a pipe table becomes a table with a header row, body rows and alignments") {
    CHECK(dump_md("| Feature | SQL | NoSQL | n |\n|---|:---|:---:|--:|\n| **Schema** | fixed | `none` | 1 |\n") ==
          golden(R"g(
table align=none,left,center,right @1:1
  row @1:1
    cell @1:3
      span "Feature"
    cell @1:13
      span "SQL"
    cell @1:19
      span "NoSQL"
    cell @1:27
      span "n"
  row @3:1
    cell @3:3
      span "Schema" bold
    cell @3:16
      span "fixed"
    cell @3:24
      span "none" code
    cell @3:33
      span "1"
)g"));
}

TEST_CASE("leading and trailing pipes are optional; cells are trimmed; links keep their URL") {
    CHECK(dump_md("a | b\n--|--\n [x](https://x.org) |  *y*  \n") == golden(R"g(
table align=none,none @1:1
  row @1:1
    cell @1:1
      span "a"
    cell @1:5
      span "b"
  row @3:2
    cell @3:2
      span "x" link=https://x.org
    cell @3:24
      span "y" italic
)g"));
}

TEST_CASE("an escaped pipe is a literal pipe, in text and inside code spans") {
    CHECK(dump_md("| op | meaning |\n|---|---|\n| `a \\| b` | x \\| y |\n") == golden(R"g(
table align=none,none @1:1
  row @1:1
    cell @1:3
      span "op"
    cell @1:8
      span "meaning"
  row @3:1
    cell @3:3
      span "a | b" code
    cell @3:14
      span "x | y"
)g"));
}

TEST_CASE("short rows are padded; extra cells are dropped with a warning at the first one") {
    Diagnostics diags;
    const std::string dump = dump_md("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 | 4 |\n", diags);
    CHECK(dump == golden(R"g(
table align=none,none @1:1
  row @1:1
    cell @1:3
      span "a"
    cell @1:7
      span "b"
  row @3:1
    cell @3:3
      span "1"
    cell @3:1
  row @4:1
    cell @4:3
      span "1"
    cell @4:7
      span "2"
)g"));
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].severity == Severity::Warning);
    CHECK(format_diagnostic(diags.items()[0]).find("bank.yaml:4:11") != std::string::npos);
    CHECK(diags.items()[0].message.find("4 cells but the header has 2") != std::string::npos);
}

TEST_CASE("lines before the header row stay a paragraph") {
    CHECK(dump_md("Compare **them**:\n| a | b |\n|---|---|\n| 1 | 2 |\n") == golden(R"g(
paragraph @1:1
  span "Compare "
  span "them" bold
  span ":"
table align=none,none @2:1
  row @2:1
    cell @2:3
      span "a"
    cell @2:7
      span "b"
  row @4:1
    cell @4:3
      span "1"
    cell @4:7
      span "2"
)g"));
}

TEST_CASE("no table without a matching delimiter row: the rows stay lines of a paragraph") {
    // Header with 3 cells, delimiter with 2: not a table (GFM).
    CHECK(dump_md("| a | b | c |\n|---|---|\n") == golden(R"g(
paragraph @1:1
  span "| a | b | c |"
  break
  span "|---|---|"
)g"));
    // A delimiter cell needs a dash; a header alone is not a table.
    CHECK(dump_md("| a | b |\n| : | - |\n").find("table") == std::string::npos);
    CHECK(dump_md("| a | b |\n").find("table") == std::string::npos);
    CHECK(dump_md("a - b\nc --- d\n").find("table") == std::string::npos);
}

TEST_CASE("tables inside quotes and list items; a header-only table; one column") {
    CHECK(dump_md("> | a | b |\n> |---|--:|\n> | 1 | 2 |\n") == golden(R"g(
quote @1:1
  table align=none,right @1:3
    row @1:3
      cell @1:5
        span "a"
      cell @1:9
        span "b"
    row @3:3
      cell @3:5
        span "1"
      cell @3:9
        span "2"
)g"));
    CHECK(dump_md("- item\n\n  | x |\n  |---|\n  | y |\n") == golden(R"g(
list bullet loose @1:1
  item @1:1
    paragraph @1:3
      span "item"
    table align=none @3:3
      row @3:3
        cell @3:5
          span "x"
      row @5:3
        cell @5:5
          span "y"
)g"));
    CHECK(dump_md("| only | header |\n| --- | --- |\n") == golden(R"g(
table align=none,none @1:1
  row @1:1
    cell @1:3
      span "only"
    cell @1:10
      span "header"
)g"));
}

TEST_CASE("cell locations follow the text's origin in the YAML file") {
    deckpress::markdown::Context ctx = deckpress::test::md_context();
    ctx.origin = deckpress::SourceLoc{"bank.yaml", 10, 7};
    Diagnostics diags;
    const std::string dump = dump_md("| a | b |\n|---|---|\n| 1 | 2 | 3 |\n", diags, ctx);
    CHECK(dump.find("cell @12:13") != std::string::npos);  // "2": line 10 + 2, column 7 + 7 - 1
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].loc.line == 12);
    CHECK(diags.items()[0].loc.column == 17);
}

TEST_CASE("table cells show text; an all-empty table shows nothing") {
    Diagnostics diags;
    auto blocks = deckpress::markdown::parse_blocks("| a |\n|---|\n", deckpress::test::md_context(), diags);
    CHECK(deckpress::doc::shows_anything(blocks));
    blocks = deckpress::markdown::parse_blocks("| |\n|---|\n| |\n", deckpress::test::md_context(), diags);
    REQUIRE(blocks.size() == 1);
    CHECK(blocks[0].kind == deckpress::doc::BlockKind::Table);
    CHECK_FALSE(deckpress::doc::shows_anything(blocks));
}

TEST_CASE("a link reference definition before the header row is not taken for a row") {
    const std::string dump = dump_md("[x]: https://x.org\n| a | b |\n|---|---|\n| 1 | 2 |\n");
    CHECK(dump == golden(R"g(
table align=none,none @2:1
  row @2:1
    cell @2:3
      span "a"
    cell @2:7
      span "b"
  row @4:1
    cell @4:3
      span "1"
    cell @4:7
      span "2"
)g"));
}
