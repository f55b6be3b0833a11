// tests: struck-through text (~~x~~) gets a line across exactly its glyphs, on every line it is on.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "core/utf8.hpp"
#include "layout/blocks.hpp"
#include "layout/engine.hpp"
#include "markdown/markdown.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

struct Setter {
    layout::Engine engine;
    layout::LayoutFile file;
    layout::Families families;
    Setter() {
        Diagnostics diags;
        file = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", diags);
        REQUIRE(!diags.has_errors());
        families = layout::load_families(engine, file.fonts);
    }
    /// Every text and line item of `markdown` set `width` wide, in page coordinates.
    void set(const std::string& markdown, double width, std::vector<layout::TextItem>& texts,
             std::vector<layout::LineItem>& lines) {
        Diagnostics diags;
        doc::Blocks blocks = markdown::parse_blocks(markdown, {{"t.md", 1, 1}, ".", "t"}, diags);
        layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, 10};
        layout::Stack stack;
        layout::BlockSetter(env, {&diags, {}, "t"}).blocks(blocks, width, stack);
        double top = 0;
        for (const layout::Slice& slice : stack) {
            top += slice.gap_before;
            for (const layout::Item& item : slice.frame.items) {
                if (const auto* t = std::get_if<layout::TextItem>(&item)) {
                    texts.push_back(*t);
                    texts.back().pos.y += top;
                } else if (const auto* l = std::get_if<layout::LineItem>(&item)) {
                    lines.push_back(*l);
                    lines.back().from.y += top;
                    lines.back().to.y += top;
                }
            }
            top += slice.height;
        }
    }
    double width(const layout::TextItem& t) {
        double w = 0;
        const text::Face& face = engine.fonts().face(t.font);
        for_each_codepoint(t.text, [&](char32_t cp) { w += face.width(cp) * t.size / 1000; });
        return w;
    }
};

}  // namespace

TEST_CASE("a struck-through run has one line across its glyphs, through the middle of the letters") {
    Setter s;
    std::vector<layout::TextItem> texts;
    std::vector<layout::LineItem> lines;
    s.set("Keep ~~Python two~~ now.", 300, texts, lines);
    REQUIRE(lines.size() == 1);
    const layout::TextItem* struck = nullptr;
    for (const layout::TextItem& t : texts)
        if (t.text.find("Python") != std::string::npos) struck = &t;
    REQUIRE(struck != nullptr);
    CHECK(struck->text == "Python two");
    const layout::LineItem& line = lines[0];
    CHECK(line.from.x == doctest::Approx(struck->pos.x));
    CHECK(line.to.x == doctest::Approx(struck->pos.x + s.width(*struck)).epsilon(0.01));
    CHECK(line.from.y == line.to.y);
    CHECK(line.from.y < struck->pos.y - struck->size * 0.15);  // above the baseline (y grows down)
    CHECK(line.from.y > struck->pos.y - struck->size * 0.45);  // below the top of the lower-case letters
    CHECK(line.color == struck->color);
}

TEST_CASE("struck-through text broken over lines is struck on each line from its first to its last glyph") {
    Setter s;
    std::vector<layout::TextItem> texts;
    std::vector<layout::LineItem> lines;
    // Struck words are in lower case, the others in capitals.
    s.set("ALPHA BETA, ~~then many struck words which will never fit in one narrow line~~ GAMMA DELTA.", 120,
          texts, lines);
    REQUIRE(lines.size() >= 2);
    for (const layout::LineItem& line : lines) {
        double left = 1e9, right = -1e9;
        for (const layout::TextItem& t : texts) {
            if (std::abs(t.pos.y - t.size * 0.27 - line.from.y) > 0.01) continue;  // another line
            const bool struck = std::none_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            const double l = t.pos.x, r = t.pos.x + s.width(t);
            if (struck) left = std::min(left, l), right = std::max(right, r);
            else CHECK_MESSAGE((r <= line.from.x + 0.01 || l >= line.to.x - 0.01), t.text);  // not under the line
        }
        CHECK(line.from.x == doctest::Approx(left));
        CHECK(line.to.x == doctest::Approx(right).epsilon(0.01));
    }
    CHECK(lines[0].from.y < lines[1].from.y);
}
