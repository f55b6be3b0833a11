// layout: document blocks to a stack of unbreakable slices (lines, code rows, rules, images).
#pragma once

#include <memory>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "doc/model.hpp"
#include "layout/engine.hpp"
#include "layout/frame.hpp"
#include "layout/style.hpp"

namespace deckpress::layout {

/// An unbreakable horizontal strip of a column. Decorations (code shading, quote bars) are
/// drawn per slice, so a block split across columns or pages keeps them on both sides.
struct Slice {
    double height = 0;
    double gap_before = 0;   ///< space above; dropped at the top of a region
    bool breakable = true;   ///< a column/page break may come before this slice
    bool break_before = false;    ///< always start a new region (a new page or column)
    bool keep_with_next = false;  ///< no break between this slice and the next (headings)
    /// Dropped where it would start a region (a thematic break: a separator at the top of a
    /// page or card separates nothing, and one left over would take a page of its own).
    bool discard_at_top = false;
    double baseline = 0;     ///< first baseline from the top (for list markers)
    Frame frame;             ///< items relative to the slice's top-left; width = column width
    /// A table's header row, drawn above this slice (and counted in the region's height) when
    /// this slice starts a region: a table broken across regions repeats its header.
    std::shared_ptr<const Slice> repeat_header;
};

using Stack = std::vector<Slice>;

enum class Align { Justify, Left, Center, Right };

/// How a paragraph set through BlockSetter::paragraph looks, relative to the base size.
struct ParaLook {
    double scale = 1;
    int face_style = text::Regular;
    bool use_color = false;
    Color color;
    Align align = Align::Justify;  ///< Justify follows the layout's `justify`
    double leading = 0;            ///< 0: the layout's leading
    bool mono = false;
    bool hyphenate = true;         ///< false: never hyphenate (titles, contents entries)
};

/// Everything needed to set blocks at one base size.
struct SetterEnv {
    text::Typesetter ts;
    const Families* families = nullptr;
    const Theme* theme = nullptr;
    const TextStyle* text = nullptr;
    double size = 11;  ///< base size (a fit search varies this, not the layout)
    /// Height of the region (page body, column, card) that unbreakable blocks must fit in:
    /// taller images are scaled down to it. 0: no limit.
    double max_block_height = 0;
    /// Footnotes that are one paragraph each are set run-in, as one small paragraph without a
    /// rule (cheat sheets); others as a numbered list under a short rule.
    bool run_in_notes = false;
};

/// Sets blocks into slices. One instance per text source (question, note) so that missing-glyph
/// warnings name where the text came from.
class BlockSetter {
public:
    BlockSetter(const SetterEnv& env, text::TextSource source);

    /// The bank texts this setter sets, in order: missing glyphs are reported at their exact
    /// place in them (text::TextSource::texts).
    BlockSetter& from(const SourceText& first, const SourceText& second = {}) {
        source_.texts = {first, second};
        return *this;
    }

    /// Appends slices for `blocks` set `width` wide; the first slice gets `gap_before`.
    void blocks(const doc::Blocks& blocks, double width, Stack& out, double gap_before = 0);
    /// Appends one paragraph's lines.
    void paragraph(const std::vector<doc::Span>& spans, double width, Stack& out,
                   const ParaLook& look = {}, double gap_before = 0);
    /// Appends a code block (shaded, labelled, wrapped with a continuation mark).
    void code(const doc::Block& block, double width, Stack& out, double gap_before = 0);
    /// Appends a table: one slice per line of each row (a break may come between rows; a
    /// row taller than a region is broken between its lines), the header repeated after a
    /// break. Never wider than `width`: a table whose columns would be cut every few
    /// characters is stacked instead (stacked_table).
    void table(const doc::Block& block, double width, Stack& out, double gap_before = 0);

    /// Makes footnote references links to their notes, which get anchors `<prefix>-<number>`
    /// (the prefix must be unique in the document); "" (the default): no links.
    void link_footnotes(std::string prefix) { note_anchor_ = std::move(prefix); }

    /// Base size and paragraph gap of this setter, in points.
    double size() const { return env_.size; }
    double gap() const { return env_.size * env_.text->paragraph_gap; }
    text::Look look_for(const doc::Span& span, const ParaLook& para) const;
    const SetterEnv& env() const { return env_; }
    const text::TextSource& source() const { return source_; }

private:
    void block(const doc::Block& b, double width, Stack& out, double gap_before, int depth);
    void list(const doc::Block& b, double width, Stack& out, double gap_before, int depth);
    /// One item's blocks (`inner_gap` between them), or a blank line when it has none.
    void list_item(const doc::Block& item, double width, Stack& out, double gap_before,
                   double inner_gap, int depth);
    void quote(const doc::Block& b, double width, Stack& out, double gap_before, int depth);
    void rule(double width, Stack& out, double gap_before);
    /// A cell's width on one line and its widest word, in points (table column widths).
    std::pair<double, double> cell_widths(const std::vector<doc::Span>& spans, const ParaLook& look) const;
    /// Each column's (natural, minimum) width: the widest of its cells.
    std::vector<std::pair<double, double>> column_widths(const doc::Block& table) const;
    ParaLook cell_look(const doc::Block& table, std::size_t row, std::size_t column) const;
    /// The lines of each cell of row `row`, set as wide as its column; the cells of column c
    /// are hyphenated when `hyphenate[c]` (a column narrower than its longest word).
    std::vector<Stack> row_cells(const doc::Block& table, std::size_t row, const std::vector<double>& widths,
                                 const std::vector<bool>& hyphenate);
    /// A table whose columns cannot be readable side by side: each row as "Header: text"
    /// paragraphs, a rule after each row.
    void stacked_table(const doc::Block& b, double width, Stack& out, double gap_before);
    /// Shades a header row's slices and draws the rule under a row.
    void decorate_row(Stack& slices, double width, bool header) const;
    void image(const doc::Block& b, double width, Stack& out, double gap_before);
    Stack image_caption(const doc::Block& b, double width);
    void heading(const doc::Block& b, double width, Stack& out, double gap_before);
    /// A text's notes: a short thin rule, then each note numbered, at the footnote size.
    void footnotes(const doc::Block& b, double width, Stack& out, double gap_before, int depth);
    /// The notes set run-in as one paragraph; false when a note is more than one paragraph.
    bool run_in_notes(const doc::Block& b, double width, Stack& out, double gap_before);
    /// `spans` with footnote references linked to their notes (only when linking).
    const std::vector<doc::Span>& linked_notes(const std::vector<doc::Span>& spans, std::vector<doc::Span>& storage) const;
    std::string note_anchor(int number) const;
    /// The indent of a list's items: the layout's, or more for wide numbers.
    double list_indent(const doc::Block& b) const;
    double marker_gap() const;  ///< between a list marker and its item
    void add_marker(Slice& slice, const std::string& marker, double indent);

    SetterEnv env_;
    text::TextSource source_;
    std::string note_anchor_;  ///< prefix of footnote anchors; "": references are not links
    int list_level_ = 0;       ///< lists around the one being set (picks its bullet)
};

/// Turns set lines into slices of a uniform line height (`size * leading`, grown when a line
/// holds taller glyphs). `align` centres lines when asked. The lines' texts move into the slices.
void lines_to_slices(std::vector<text::Line>&& lines, double width, double line_height,
                     Align align, Stack& out, double gap_before);

/// Shifts every item of the slices from `first` on by `dx` (their repeated headers too).
void indent_slices(Stack& stack, std::size_t first, double dx);

/// Applies `change` to a copy of each table header the slices from `first` on repeat (the
/// original may be shared), so that decorations of the slices reach their repeated headers.
template <class Change>
void change_repeated_headers(Stack& stack, std::size_t first, Change&& change) {
    std::shared_ptr<const Slice> original, changed;  // the slices of one table share their header
    for (std::size_t i = first; i < stack.size(); ++i) {
        std::shared_ptr<const Slice>& header = stack[i].repeat_header;
        if (!header) continue;
        if (header != original) {
            original = header;
            auto copy = std::make_shared<Slice>(*original);
            change(*copy);
            changed = std::move(copy);
        }
        header = changed;
    }
}

/// Total height of a stack laid out in one region (gaps included, except the first).
double stack_height(std::span<const Slice> stack);

/// Keeps the slices from `first` on together and with the slice that follows them (a
/// heading's lines, a question's title): no break among them, unless they are taller than a
/// region, where the flow breaks them where they overflow.
void keep_with_next(Stack& stack, std::size_t first);

}  // namespace deckpress::layout
