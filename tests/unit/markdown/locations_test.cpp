// tests: block locations are file positions (answer origin + cmark line/column).
#include <doctest/doctest.h>

#include "md_test_util.hpp"

namespace md = deckpress::markdown;
namespace doc = deckpress::doc;
using deckpress::Diagnostics;

TEST_CASE("a block at line N of an answer starting at file line L reports line L+N-1") {
    md::Context ctx = deckpress::test::md_context();
    ctx.origin = deckpress::SourceLoc{"bank/python.yaml", 40, 7};
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks("first\n\n- item\n\n  > quote\n\n```sh\nls\n```\n",
                                                ctx, diags);
    REQUIRE(blocks.size() == 3);
    CHECK(blocks[0].loc.file == "bank/python.yaml");
    CHECK(blocks[0].loc.line == 40);
    CHECK(blocks[0].loc.column == 7);
    CHECK(blocks[1].loc.line == 42);
    const doc::Block& item = blocks[1].children.at(0);
    CHECK(item.children.at(1).kind == doc::BlockKind::Quote);
    CHECK(item.children.at(1).loc.line == 44);
    CHECK(item.children.at(1).loc.column == 9);  // column 3 of the text, shifted by 6
    CHECK(blocks[2].kind == doc::BlockKind::Code);
    CHECK(blocks[2].loc.line == 46);
}

TEST_CASE("diagnostics point at the file line of the offending block") {
    md::Context ctx = deckpress::test::md_context();
    ctx.origin = deckpress::SourceLoc{"bank.yaml", 100, 1};
    Diagnostics diags;
    md::parse_blocks("ok\n\nstill ok\n\n<p>html</p>\n", ctx, diags);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].loc.line == 104);
}

TEST_CASE("an unknown origin keeps cmark's own line numbers") {
    md::Context ctx;
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks("a\n\nb\n", ctx, diags);
    REQUIRE(blocks.size() == 2);
    CHECK(blocks[1].loc.line == 3);
    CHECK(blocks[1].loc.column == 1);
}
