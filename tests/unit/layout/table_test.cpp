// tests: table geometry: columns side by side within the width, header repeated after breaks.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>

#include "core/utf8.hpp"
#include "layout/blocks.hpp"
#include "layout/engine.hpp"
#include "layout/flow.hpp"
#include "markdown/markdown.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

/// A text item and the horizontal extent of its glyphs.
struct Placed {
    std::string text;
    double left = 0, right = 0, y = 0;
};

struct Setup {
    layout::Engine engine;
    layout::LayoutFile file;
    layout::Families families;
    Setup() {
        Diagnostics diags;
        file = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", diags);
        REQUIRE(!diags.has_errors());
        families = layout::load_families(engine, file.fonts);
    }
    layout::Stack set(const std::string& markdown, double width) {
        Diagnostics diags;
        doc::Blocks blocks = markdown::parse_blocks(markdown, {{"t.md", 1, 1}, ".", "t"}, diags);
        REQUIRE(blocks.size() == 1);
        REQUIRE(blocks[0].kind == doc::BlockKind::Table);
        layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, 10};
        layout::Stack stack;
        layout::BlockSetter(env, {&diags, {}, "t"}).blocks(blocks, width, stack);
        return stack;
    }
    std::vector<Placed> texts(const layout::Frame& frame) {
        std::vector<Placed> out;
        for (const layout::Item& item : frame.items) {
            const auto* t = std::get_if<layout::TextItem>(&item);
            if (!t) continue;
            const text::Face& face = engine.fonts().face(t->font);
            double w = 0;
            for_each_codepoint(t->text, [&](char32_t cp) { w += face.width(cp) * t->size / 1000; });
            out.push_back({t->text, t->pos.x, t->pos.x + w, t->pos.y});
        }
        return out;
    }
};

/// A table whose cells in column c only hold words made of letter 'a' + c.
std::string lettered_table(int columns, int rows, int word_length, int words) {
    std::string md;
    for (int r = 0; r < rows + 1; ++r) {
        md += '|';
        for (int c = 0; c < columns; ++c) {
            for (int w = 0; w < words; ++w) md += ' ' + std::string(static_cast<std::size_t>(word_length), static_cast<char>('a' + c));
            md += " |";
        }
        md += '\n';
        if (r == 0) {
            for (int c = 0; c < columns; ++c) md += "|---";
            md += "|\n";
        }
    }
    return md;
}

/// Checks that in every slice, column c's text lies left of column c + 1's and all within `width`.
void check_columns(Setup& setup, const layout::Stack& stack, double width, int columns) {
    for (const layout::Slice& slice : stack) {
        CHECK(slice.frame.size.width <= width + 1e-6);
        std::map<int, std::pair<double, double>> extent;  // column -> leftmost, rightmost
        for (const Placed& p : setup.texts(slice.frame)) {
            CHECK(p.left >= -1e-6);
            CHECK(p.right <= width + 0.01);
            const int c = p.text.front() - 'a';
            REQUIRE(c >= 0);
            REQUIRE(c < columns);
            auto [it, fresh] = extent.try_emplace(c, p.left, p.right);
            it->second.first = std::min(it->second.first, p.left);
            it->second.second = std::max(it->second.second, p.right);
        }
        for (auto it = extent.begin(); std::next(it) != extent.end(); ++it)
            CHECK(it->second.second < std::next(it)->second.first);
    }
}

}  // namespace

TEST_CASE("a wide four-column table wraps its cells into columns that fit the width") {
    Setup setup;
    const layout::Stack stack = setup.set(lettered_table(4, 3, 7, 6), 220);
    CHECK(stack.size() > 4 * 2);  // cells wrapped: more slices than rows
    check_columns(setup, stack, 220, 4);
}

TEST_CASE("a table too wide even for its longest words still never leaves the width") {
    Setup setup;
    const layout::Stack stack = setup.set(lettered_table(5, 2, 40, 1), 150);
    check_columns(setup, stack, 150, 5);
}

TEST_CASE("a narrow table keeps its natural width") {
    Setup setup;
    const layout::Stack stack = setup.set("| a | b |\n|---|---|\n| aa | bb |\n", 300);
    double right = 0;
    for (const layout::Slice& s : stack)
        for (const Placed& p : setup.texts(s.frame)) right = std::max(right, p.right);
    CHECK(right < 60);
    check_columns(setup, stack, 300, 2);
}

TEST_CASE("right-aligned cells end at the same x; centred ones share a centre") {
    Setup setup;
    const layout::Stack stack = setup.set("| Name | n | c |\n|---|--:|:-:|\n| x | 1 | i |\n| y | 12345 | mmmmmm |\n", 300);
    std::vector<double> number_right, centre;
    for (const layout::Slice& s : stack)
        for (const Placed& p : setup.texts(s.frame)) {
            if (p.text == "n" || p.text == "1" || p.text == "12345") number_right.push_back(p.right);
            if (p.text == "c" || p.text == "i" || p.text == "mmmmmm") centre.push_back((p.left + p.right) / 2);
        }
    REQUIRE(number_right.size() == 3);
    CHECK(number_right[1] == doctest::Approx(number_right[2]).epsilon(0.001));
    CHECK(number_right[0] == doctest::Approx(number_right[2]).epsilon(0.01));
    REQUIRE(centre.size() == 3);
    CHECK(centre[1] == doctest::Approx(centre[2]).epsilon(0.01));
}

TEST_CASE("a table longer than a page breaks between rows and repeats its header row") {
    Setup setup;
    std::string md = "| Key | Value |\n|---|---|\n";
    for (int i = 0; i < 60; ++i) md += "| row" + std::to_string(i) + " | value " + std::to_string(i) + " |\n";
    layout::Stack stack = setup.set(md, 250);
    layout::PageStyle page;
    page.size = {290, 300};
    page.margins = {20, 20, 20, 20};
    const std::vector<layout::Frame> pages = layout::flow_pages(stack, page);
    REQUIRE(pages.size() >= 3);
    std::map<std::string, int> seen;
    for (const layout::Frame& f : pages) {
        std::vector<Placed> texts = setup.texts(f);
        REQUIRE(!texts.empty());
        const auto top = std::min_element(texts.begin(), texts.end(), [](auto& a, auto& b) { return a.y < b.y; });
        CHECK(top->text == "Key");  // every page starts with the header row
        for (const Placed& p : texts) {
            ++seen[p.text];
            CHECK(p.y <= 300 - 20 + 0.01);  // nothing below the bottom margin
        }
    }
    CHECK(seen["Key"] == static_cast<int>(pages.size()));
    for (int i = 0; i < 60; ++i) CHECK(seen["row" + std::to_string(i)] == 1);  // each row once
}

TEST_CASE("a row taller than a page is broken between its lines, nothing lost") {
    Setup setup;
    std::string md = "| K | V |\n|---|---|\n| k | ";
    for (int i = 0; i < 120; ++i) md += "word" + std::to_string(i) + " ";
    md += "|\n";
    layout::Stack stack = setup.set(md, 120);
    layout::PageStyle page;
    page.size = {160, 200};
    page.margins = {20, 20, 20, 20};
    const std::vector<layout::Frame> pages = layout::flow_pages(stack, page);
    REQUIRE(pages.size() >= 2);
    std::string all;
    for (const layout::Frame& f : pages)
        for (const Placed& p : setup.texts(f)) {
            all += p.text + ' ';
            CHECK(p.y <= 200 - 20 + 0.01);
        }
    for (int i = 0; i < 120; ++i) CHECK(all.find("word" + std::to_string(i) + " ") != std::string::npos);
}

TEST_CASE("a region with room for a row but not for the header too gets the row alone") {
    Setup setup;
    layout::Stack stack = setup.set("| Key | Value |\n|---|---|\n| a | b |\n| c | d |\n| e | f |\n", 250);
    REQUIRE(stack.size() == 4);
    const double header = stack[0].height, row = stack[1].height;
    REQUIRE(stack[2].repeat_header);
    const double room = row + header / 2;  // one row, not a row and a header
    auto regions = layout::distribute(stack, [&](std::size_t) { return room; });
    for (const layout::Region& region : regions)
        for (const layout::Placed& p : region) CHECK(p.y + stack[p.index].height <= room + 0.001);
    layout::PageStyle page;
    page.size = {290, room + 40};
    page.margins = {20, 20, 20, 20};
    const std::vector<layout::Frame> pages = layout::flow_pages(stack, page);
    std::map<std::string, int> seen;
    for (const layout::Frame& f : pages)
        for (const Placed& p : setup.texts(f)) {
            ++seen[p.text];
            CHECK(p.y <= room + 20 + 0.01);
        }
    CHECK(seen["Key"] == 1);  // no room to repeat it
    for (const char* cell : {"a", "b", "c", "d", "e", "f"}) CHECK(seen[cell] == 1);
}

TEST_CASE("a table that fits as columns keeps its cells side by side on one baseline") {
    Setup setup;
    const layout::Stack stack = setup.set(lettered_table(4, 3, 7, 6), 220);
    bool side_by_side = false;
    for (const layout::Slice& s : stack) {
        std::map<double, std::set<char>> letters_at;  // baseline -> first letters of its texts
        for (const Placed& p : setup.texts(s.frame)) letters_at[p.y].insert(p.text.front());
        for (const auto& [y, letters] : letters_at) side_by_side |= letters.size() >= 4;
    }
    CHECK(side_by_side);
}

TEST_CASE("a table of thirty columns is stacked: every cell after its bold header, within the width") {
    Setup setup;
    std::string md = "|", rule = "|", row = "|";
    for (int c = 0; c < 30; ++c) {
        md += " H" + std::to_string(c) + " |";
        rule += "---|";
        row += " v" + std::to_string(c) + " |";
    }
    const layout::Stack stack = setup.set(md + "\n" + rule + "\n" + row + "\n", 300);
    std::map<std::string, Placed> found;
    for (const layout::Slice& s : stack)
        for (const Placed& p : setup.texts(s.frame)) {
            CHECK(p.right <= 300 + 1e-6);
            found[p.text] = p;
        }
    for (int c = 0; c < 30; ++c) {
        const std::string header = "H" + std::to_string(c) + ":", value = "v" + std::to_string(c);
        REQUIRE_MESSAGE(found.count(header) == 1, header);
        REQUIRE_MESSAGE(found.count(value) == 1, value);
        CHECK(found[header].left == doctest::Approx(0));      // each cell starts its own line
        CHECK(found[value].left > found[header].right);        // its text follows the header
        CHECK(found[value].y == doctest::Approx(found[header].y));
    }
}

TEST_CASE("when the longest words do not all fit, only the columns with the longest words break") {
    // Scaling every column's minimum down alike broke the short words too ("throughp-ut",
    // "latenc-y" beside a column of long ones).
    Setup setup;
    const std::string a(8, 'a'), b(8, 'b'), c(40, 'c');
    const std::string md = "| " + a + " | " + b + " | " + c + " |\n|---|---|---|\n| " + a + " | " + b + " | " + c + " |\n";
    const layout::Stack stack = setup.set(md, 200);
    int whole = 0, cut = 0;
    for (const layout::Slice& s : stack)
        for (const Placed& p : setup.texts(s.frame)) {
            if (p.text.front() == 'c') cut += p.text.find(c) == std::string::npos;
            else whole += p.text == a || p.text == b;
        }
    CHECK(whole == 4);  // both short columns, both rows, unbroken
    CHECK(cut > 0);     // the long word is what breaks
    check_columns(setup, stack, 200, 3);
}

TEST_CASE("a column narrower than its longest word breaks it at hyphenation points") {
    // Cells were never hyphenated, so a squeezed column cut its words wherever the width ran
    // out: "co-nsistent", "r-eques-ts" in an eight-column table on a tablet page.
    Setup setup;
    const std::string md = "| id | text |\n|---|---|\n| aaaa | consistency consistency |\n";
    int squeezed = 0;
    for (double width = 40; width <= 140; width += 2) {
        std::string column;  // the second column's pieces, in order, one per line
        for (const layout::Slice& s : setup.set(md, width))
            for (const Placed& p : setup.texts(s.frame))
                if (p.text != "id" && p.text != "text" && p.text != "aaaa") column += p.text + "\n";
        if (column.find("consistency") != std::string::npos || column.find("text:") != std::string::npos ||
            column.find("id:") != std::string::npos)
            continue;  // the word fits whole, or the table is stacked
        ++squeezed;
        // en_US: con-sis-tency; the pieces may only end where a hyphen may go.
        for (std::size_t at = column.find("-\n"); at != std::string::npos; at = column.find("-\n", at + 1)) {
            const std::size_t space = column.find_last_of(" \n", at);
            const std::size_t start = space == std::string::npos ? 0 : space + 1;
            const std::string piece = column.substr(start, at - start);
            CHECK_MESSAGE((piece == "con" || piece == "consis" || piece == "sis"), width, ": ", column);
        }
    }
    CHECK(squeezed > 0);
}
