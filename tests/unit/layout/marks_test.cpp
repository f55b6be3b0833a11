// tests: raised and lowered text (HTML <sup>, <sub>) and list bullets: what the block setter draws where.
#include <doctest/doctest.h>

#include "layout/blocks.hpp"
#include "layout/engine.hpp"
#include "markdown/markdown.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

/// The one line of a paragraph set from `markdown` with the tablet reader's layout.
layout::Slice one_line(const std::string& markdown) {
    layout::Engine engine;
    Diagnostics diags;
    layout::LayoutFile file = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", diags);
    REQUIRE(!diags.has_errors());
    layout::Families families = layout::load_families(engine, file.fonts);
    doc::Blocks blocks = markdown::parse_blocks(markdown, {{"t.md", 1, 1}, ".", "t"}, diags);
    layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, 10};
    layout::Stack stack;
    layout::BlockSetter(env, {&diags, {}, "t"}).blocks(blocks, 300, stack);
    REQUIRE(stack.size() == 1);
    return stack.front();
}

/// The baseline and size of the text item that reads `text`.
std::pair<double, double> item(const layout::Slice& line, const std::string& text) {
    for (const layout::Item& i : line.frame.items)
        if (const auto* t = std::get_if<layout::TextItem>(&i); t && t->text == text) return {t->pos.y, t->size};
    FAIL("no item ", text);
    return {};
}

}  // namespace

TEST_CASE("a subscript is smaller and lower, a superscript smaller and higher; the line keeps its height") {
    const layout::Slice plain = one_line("H2O and mc2");
    const layout::Slice marked = one_line("H<sub>2</sub>O and mc<sup>2</sup>");
    CHECK(marked.height == doctest::Approx(plain.height));
    CHECK(marked.baseline == doctest::Approx(plain.baseline));
    const auto [h_y, h_size] = item(marked, "H");
    const auto [o_y, o_size] = item(marked, "O and mc");
    CHECK(o_y == doctest::Approx(h_y));
    double sub_y = 0, sup_y = 0, sub_size = 0;
    int twos = 0;
    for (const layout::Item& i : marked.frame.items)
        if (const auto* t = std::get_if<layout::TextItem>(&i); t && t->text == "2") {
            (twos++ == 0 ? sub_y : sup_y) = t->pos.y;
            sub_size = t->size;
        }
    REQUIRE(twos == 2);
    CHECK(sub_size < h_size);
    CHECK(sub_y > h_y);  // y grows downwards
    CHECK(sup_y < h_y);
}

namespace {

/// The list markers of `markdown` set with the tablet reader's layout, in order.
std::vector<std::string> markers(const std::string& markdown) {
    layout::Engine engine;
    Diagnostics diags;
    layout::LayoutFile file = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", diags);
    layout::Families families = layout::load_families(engine, file.fonts);
    doc::Blocks blocks = markdown::parse_blocks(markdown, {{"t.md", 1, 1}, ".", "t"}, diags);
    layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, 10};
    layout::Stack stack;
    layout::BlockSetter(env, {&diags, {}, "t"}).blocks(blocks, 300, stack);
    std::vector<std::string> out;
    for (const layout::Slice& s : stack)
        for (const layout::Item& i : s.frame.items)
            if (const auto* t = std::get_if<layout::TextItem>(&i); t && (t->text == "\u2022" || t->text == "\u25e6" || t->text == "\u25aa"))
                out.push_back(t->text);
    return out;
}

}  // namespace

TEST_CASE("a list's bullet follows the lists around it, not the quotes") {
    // A list at the top of a quote got the second level's hollow bullet.
    CHECK(markers("> - a\n> - b\n") == std::vector<std::string>{"\u2022", "\u2022"});
    CHECK(markers("- a\n\n  > - b\n") == std::vector<std::string>{"\u2022", "\u25e6"});
    CHECK(markers("- a\n  - b\n    - c\n- d\n") == std::vector<std::string>{"\u2022", "\u25e6", "\u25aa", "\u2022"});
}

TEST_CASE("a task's check box keeps the marker gap before its text where the list indent is narrow") {
    // The cheat sheets' 1-em indent fits a bullet, not a box: '☐open task' touched.
    layout::Engine engine;
    Diagnostics diags;
    layout::LayoutFile file = layout::load_layout(test::source_root() + "/layouts/cheatsheet-a4.yaml", diags);
    layout::Families families = layout::load_families(engine, file.fonts);
    doc::Blocks blocks = markdown::parse_blocks("- [ ] open task\n- [x] done task\n", {{"t.md", 1, 1}, ".", "t"}, diags);
    layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, 10};
    layout::Stack stack;
    layout::BlockSetter(env, {&diags, {}, "t"}).blocks(blocks, 300, stack);
    REQUIRE(stack.size() == 2);
    for (const layout::Slice& s : stack) {
        const layout::TextItem* box = nullptr;
        const layout::TextItem* body = nullptr;
        for (const layout::Item& i : s.frame.items)
            if (const auto* t = std::get_if<layout::TextItem>(&i)) (t->text == "\u2610" || t->text == "\u2611" ? box : body) = t;
        REQUIRE(box != nullptr);
        REQUIRE(body != nullptr);
        const text::Look look{&families.body, text::Regular, 10, {}, false, 0};
        const double box_end = box->pos.x + text::measure(engine.typesetter(), box->text, look);
        CHECK(body->pos.x - box_end == doctest::Approx(10 * 0.35));
    }
}
