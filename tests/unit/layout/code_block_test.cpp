// tests: code blocks split over columns and pages: no fragment of one line and a blank one.
#include <doctest/doctest.h>

#include "layout/blocks.hpp"
#include "layout/engine.hpp"
#include "layout/flow.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

doc::Block code_block(const std::vector<std::string>& lines) {
    doc::Block b;
    b.kind = doc::BlockKind::Code;
    b.lang = "go";
    for (const std::string& line : lines) b.lines.push_back(line.empty() ? std::vector<doc::Span>{} : std::vector<doc::Span>{doc::span(line, doc::Code)});
    return b;
}

/// The code block's rows set with reader-tablet after a line of text, on a page with room for
/// that line and `rows` rows of the block: how many rows the page shows (the others go on).
std::size_t rows_shown(const doc::Block& block, std::size_t rows) {
    Diagnostics diags;
    layout::LayoutFile file = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", diags);
    REQUIRE(!diags.has_errors());
    layout::Engine engine;
    layout::Families families = layout::load_families(engine, file.fonts);
    layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, file.text.size};
    layout::BlockSetter setter(env, text::TextSource{});
    layout::Stack stack(1);
    stack[0].height = 12;  // the text before the block
    stack[0].frame.size = {300, 12};
    setter.code(block, 300, stack);
    REQUIRE(stack.size() > rows + 1);
    double room = 1;  // less than any row
    for (std::size_t i = 0; i <= rows; ++i) room += stack[i].height;
    auto regions = layout::distribute(stack, [&](std::size_t r) { return r == 0 ? room : 1e9; });
    REQUIRE(regions.size() == 2);
    return regions[0].size() - 1;
}

}  // namespace

TEST_CASE("a code block does not leave one line and a blank one at the bottom of a page") {
    doc::Block block = code_block({"package main", "", "import (", "    \"fmt\"", ")", "", "func main() {",
                                   "    fmt.Println(1)", "}"});
    // The first two rows ("package main" and the blank line) were all the page showed of it.
    CHECK(rows_shown(block, 2) == 0);
    // Three rows show two lines of code, and leave five rows (four lines) for the next page.
    CHECK(rows_shown(block, 3) == 3);
    // Breaks stay where they were in blocks without blank lines: two rows at either end.
    doc::Block dense = code_block({"a := 1", "b := 2", "c := 3", "d := 4", "e := 5"});
    CHECK(rows_shown(dense, 2) == 2);
    CHECK(rows_shown(dense, 4) == 3);
}
