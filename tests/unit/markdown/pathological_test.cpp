// tests: pathological inputs finish fast, do not crash, and keep all their text.
#include <doctest/doctest.h>

#include "md_test_util.hpp"
#include "support/timing.hpp"

namespace md = deckpress::markdown;
namespace doc = deckpress::doc;
using deckpress::Diagnostics;
using deckpress::test::CpuStopwatch;

namespace {

/// All span text of a tree, depth first, iteratively.
std::string all_text(const doc::Blocks& blocks) {
    std::string out;
    std::vector<const doc::Block*> todo;
    for (auto it = blocks.rbegin(); it != blocks.rend(); ++it) todo.push_back(&*it);
    while (!todo.empty()) {
        const doc::Block* b = todo.back();
        todo.pop_back();
        out += doc::plain_text(b->spans);
        for (const auto& line : b->lines) out += doc::plain_text(line) + "\n";
        for (auto it = b->children.rbegin(); it != b->children.rend(); ++it) todo.push_back(&*it);
    }
    return out;
}

int depth_of(const doc::Blocks& blocks) {
    int depth = 0;
    for (const doc::Blocks* level = &blocks; !level->empty(); level = &level->back().children)
        ++depth;
    return depth;
}

}  // namespace

TEST_CASE("1,000 indented list levels: flattened past the cap, no text lost, one warning") {
    // Indentation makes the input quadratic in depth (1 MB here); 10,000 levels follow below.
    std::string text;
    for (int i = 0; i < 1000; ++i) text += std::string(static_cast<std::size_t>(i) * 2, ' ') +
                                            "- item" + std::to_string(i) + "\n";
    const CpuStopwatch watch;
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks(text, deckpress::test::md_context(), diags);
    CHECK(watch.seconds() < 10.0);
    const std::string got = all_text(blocks);
    std::string expected;  // every item's text, in document order
    for (int i = 0; i < 1000; ++i) expected += "item" + std::to_string(i);
    CHECK(got == expected);
    CHECK(depth_of(blocks) <= 70);
    REQUIRE(diags.warning_count() == 1);
    CHECK(diags.items()[0].message.find("flattened") != std::string::npos);
}

TEST_CASE("10,000 nested quotes on one line: no crash, text kept") {
    const std::string text = std::string(10000, '>') + " deep text";
    const CpuStopwatch watch;
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks(text, deckpress::test::md_context(), diags);
    CHECK(watch.seconds() < 10.0);
    CHECK(all_text(blocks) == "deep text");
    CHECK(depth_of(blocks) <= 70);
    CHECK(diags.warning_count() == 1);
}

TEST_CASE("10,000 nested lists on one line: fast, text kept, lists hold only items") {
    std::string text;
    for (int i = 0; i < 10000; ++i) text += i % 2 == 0 ? "- " : "1. ";
    text += "leaf\n" + std::string(20000, ' ') + "lazy continuation\n\nafter";
    const CpuStopwatch watch;
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks(text, deckpress::test::md_context(), diags);
    CHECK(watch.seconds() < 10.0);
    CHECK(all_text(blocks) == "leaf lazy continuationafter");
    CHECK(depth_of(blocks) <= 70);
    CHECK(diags.warning_count() == 1);
    // Lists only ever hold items, even where nesting was flattened.
    std::vector<const doc::Block*> todo{&blocks.at(0)};
    while (!todo.empty()) {
        const doc::Block* b = todo.back();
        todo.pop_back();
        for (const doc::Block& c : b->children) {
            if (b->kind == doc::BlockKind::List) CHECK(c.kind == doc::BlockKind::ListItem);
            todo.push_back(&c);
        }
    }
}

TEST_CASE("deeply nested emphasis and links keep their text") {
    const std::string text = std::string(5000, '*') + "x" + std::string(5000, '*') + " " +
                             std::string(3000, '[') + "y" + std::string(3000, ']');
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks(text, deckpress::test::md_context(), diags);
    const std::string got = all_text(blocks);
    CHECK(got.find('x') != std::string::npos);
    CHECK(got.find('y') != std::string::npos);
}

TEST_CASE("a 100,000-line code block is parsed and highlighted fast") {
    std::string text = "```python\n";
    for (int i = 0; i < 100000; ++i) text += "x" + std::to_string(i) + " = f(\"s\", 1)  # c\n";
    text += "```\n";
    const CpuStopwatch watch;
    Diagnostics diags;
    const doc::Blocks blocks = md::parse_blocks(text, deckpress::test::md_context(), diags);
    CHECK(watch.seconds() < 10.0);
    REQUIRE(blocks.size() == 1);
    REQUIRE(blocks[0].lines.size() == 100000);
    CHECK(doc::plain_text(blocks[0].lines[99999]) == "x99999 = f(\"s\", 1)  # c");
    CHECK(blocks[0].lines[99999].back().token == doc::Token::Comment);
}

TEST_CASE("random bytes never crash the parser") {
    std::uint32_t seed = 12345;
    const auto next = [&] { return seed = seed * 1664525u + 1013904223u; };
    const std::string alphabet = "*_`[]()<>!#-+>\n \t&;\\|~=1.abc\xc3\xa9\xff";
    for (int round = 0; round < 200; ++round) {
        std::string text;
        const std::size_t len = next() % 400;
        for (std::size_t i = 0; i < len; ++i) text += alphabet[next() % alphabet.size()];
        Diagnostics diags;
        md::parse_blocks(text, deckpress::test::md_context(), diags);
        md::parse_inline(text, deckpress::test::md_context(), diags);
    }
    CHECK(true);
}
