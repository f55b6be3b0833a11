// tests: empty list items (found by fuzzing) get one blank line with their marker, no crash.
#include <doctest/doctest.h>

#include "layout/blocks.hpp"
#include "layout/engine.hpp"
#include "markdown/markdown.hpp"
#include "support/run.hpp"

using namespace deckpress;

TEST_CASE("empty list items each get a slice with their marker") {
    layout::Engine engine;
    Diagnostics diags;
    layout::LayoutFile file = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", diags);
    REQUIRE(!diags.has_errors());
    layout::Families families = layout::load_families(engine, file.fonts);
    layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, 10};
    for (const char* text : {"*", "-\n-\n-\n", "1.\n2.\n", "- a\n-\n- c\n"}) {
        CAPTURE(text);
        doc::Blocks blocks = markdown::parse_blocks(text, {{"case.md", 1, 1}, ".", "case"}, diags);
        REQUIRE(blocks.size() == 1);
        layout::BlockSetter setter(env, {&diags, {"case.md", 1, 1}, "case"});
        layout::Stack stack;
        setter.blocks(blocks, 200, stack);
        REQUIRE(stack.size() == blocks[0].children.size());
        for (const layout::Slice& slice : stack) {
            CHECK(slice.height > 5);
            CHECK(slice.frame.items.size() >= 1);  // the marker
        }
    }
}
