// layout: tables: column widths from natural and minimum widths, rows cut into line-high slices.
#include <algorithm>

#include "layout/blocks.hpp"

namespace deckpress::layout {

namespace {

constexpr double kUnbounded = 1e7;  // points: a measure no cell text reaches, for natural widths
/// A column narrower than this many ems and than its longest word makes the table stacked.
constexpr double kReadableColumnEms = 3;

/// A column's widths without padding: on one line (natural) and its widest unbreakable word.
struct ColumnNeed {
    double natural = 0;
    double minimum = 0;
};

Align align_of(doc::CellAlign a) {
    switch (a) {
    case doc::CellAlign::Center: return Align::Center;
    case doc::CellAlign::Right: return Align::Right;
    default: return Align::Left;
    }
}

/// The width L at which columns capped to min(minimum, L) fill `room` exactly, for minimums
/// that add up to more than `room` > 0: columns with short words keep them whole, and only
/// the columns with the longest words give up room, as far as they must.
double minimum_cap(const std::vector<ColumnNeed>& need, double room) {
    std::vector<double> minimums;
    for (const ColumnNeed& c : need) minimums.push_back(c.minimum);
    std::sort(minimums.begin(), minimums.end());
    double below = 0;  // the minimums of the columns that keep theirs
    for (std::size_t i = 0; i < minimums.size(); ++i) {
        const double cap = (room - below) / static_cast<double>(minimums.size() - i);
        if (cap <= minimums[i]) return cap;
        below += minimums[i];
    }
    return minimums.back();
}

/// Text widths of the columns (padding excluded) fitted into `room` as browsers fit
/// automatic tables: natural widths when they fit, else each column gets its minimum plus a
/// share of what is left in proportion to how much more it wants; when even the minimums
/// do not fit, the widest minimums are capped to one width (the line breaker then breaks
/// inside those columns' longest words only, not inside every column's).
std::vector<double> fit_columns(const std::vector<ColumnNeed>& need, double room) {
    double natural = 0, minimum = 0;
    for (const ColumnNeed& c : need) natural += c.natural, minimum += c.minimum;
    const double cap = minimum > room && room > 0 ? minimum_cap(need, room) : 0;
    std::vector<double> widths;
    for (const ColumnNeed& c : need) {
        if (natural <= room) widths.push_back(c.natural);
        else if (minimum <= room)
            widths.push_back(c.minimum + (c.natural - c.minimum) * (room - minimum) / (natural - minimum));
        else if (cap > 0) widths.push_back(std::min(c.minimum, cap));
        else if (minimum > 0) widths.push_back(c.minimum * room / minimum);
        else widths.push_back(room / static_cast<double>(need.size()));
    }
    return widths;
}

/// Whether fitting squeezed a column below both its longest word and `readable` points: its
/// text would be cut every few characters (a table of dozens of columns, a wide table on a card).
bool crushed(const std::vector<ColumnNeed>& need, const std::vector<double>& widths, double readable) {
    for (std::size_t c = 0; c < need.size(); ++c)
        if (widths[c] < need[c].minimum - 1e-6 && widths[c] < readable) return true;
    return false;
}

/// A cell of a stacked table: "Header: text", the header in bold (the text alone when the
/// header is empty).
std::vector<doc::Span> labelled_cell(const std::vector<doc::Span>& header, const std::vector<doc::Span>& cell) {
    std::vector<doc::Span> spans;
    if (doc::shows_text(header)) {
        for (doc::Span s : header) {
            s.style |= doc::Bold;
            spans.push_back(std::move(s));
        }
        spans.push_back(doc::span(": ", doc::Bold));
    }
    spans.insert(spans.end(), cell.begin(), cell.end());
    return spans;
}

/// The slices of one row's cell: its lines, set as wide as its column.
using CellLines = Stack;

/// Everything a table's rows share once its columns are known.
struct TableGeometry {
    std::vector<double> x;       ///< left edge of each column's text
    std::vector<double> widths;  ///< text width of each column
    double width = 0;            ///< the whole table, padding included
    double pad_y = 0;
    double line_height = 0;
};

/// Cuts a row's cells into slices one line high: slice k holds line k of every cell, so a
/// row too tall for a region can still break between its lines.
Stack row_slices(std::vector<CellLines>&& cells, const TableGeometry& g) {
    std::size_t lines = 1;
    for (const CellLines& c : cells) lines = std::max(lines, c.size());
    Stack out(lines);
    for (std::size_t k = 0; k < lines; ++k) {
        Slice& s = out[k];
        const double top = k == 0 ? g.pad_y : 0;
        // The cells' lines share one baseline (a line of code sits lower in its own slice).
        double baseline = 0, height = 0;
        for (const CellLines& c : cells)
            if (k < c.size()) baseline = std::max(baseline, c[k].baseline);
        for (const CellLines& c : cells)
            if (k < c.size()) height = std::max(height, baseline - c[k].baseline + c[k].height);
        if (height == 0) {  // a row of empty cells
            height = g.line_height;
            baseline = height * 0.8;
        }
        s.height = top + height + (k + 1 == lines ? g.pad_y : 0);
        s.baseline = top + baseline;
        s.breakable = k == 0;
        s.frame.size = {g.width, s.height};
        for (std::size_t i = 0; i < cells.size(); ++i)
            if (k < cells[i].size())
                s.frame.place(std::move(cells[i][k].frame), {g.x[i], top + baseline - cells[i][k].baseline});
    }
    return out;
}

/// One slice made of `rows` stacked (the header that is repeated after a break).
Slice merged(const Stack& rows, double width) {
    Slice s;
    s.frame.size.width = width;
    for (const Slice& r : rows) {
        s.frame.place(r.frame, {0, s.height});
        s.height += r.height;
    }
    s.frame.size.height = s.height;
    return s;
}

}  // namespace

std::pair<double, double> BlockSetter::cell_widths(const std::vector<doc::Span>& spans, const ParaLook& look) const {
    text::ParagraphParams params;
    params.width = kUnbounded;
    params.hyphenate = false;
    auto styler = [&](const doc::Span& s) { return look_for(s, look); };
    double natural = 0;
    for (const text::Line& line : text::set_paragraph(env_.ts, spans, styler, params, source_))
        natural = std::max(natural, line.width);
    double minimum = 0;
    for (const doc::Span& span : spans) {
        std::size_t from = 0;
        while (from < span.text.size()) {
            std::size_t end = std::min(span.text.find(' ', from), span.text.size());
            if (end > from)
                minimum = std::max(minimum, text::measure(env_.ts, span.text.substr(from, end - from), look_for(span, look)));
            from = end + 1;
        }
    }
    return {natural, std::min(minimum, natural)};
}

std::vector<std::pair<double, double>> BlockSetter::column_widths(const doc::Block& b) const {
    std::vector<std::pair<double, double>> need(b.aligns.size());
    for (std::size_t r = 0; r < b.children.size(); ++r) {
        const doc::Blocks& row = b.children[r].children;
        for (std::size_t c = 0; c < need.size() && c < row.size(); ++c) {
            const auto [natural, minimum] = cell_widths(row[c].spans, cell_look(b, r, c));
            need[c].first = std::max(need[c].first, natural);
            need[c].second = std::max(need[c].second, minimum);
        }
    }
    return need;
}

void BlockSetter::table(const doc::Block& b, double width, Stack& out, double gap_before) {
    const std::size_t columns = b.aligns.size();
    if (columns == 0 || b.children.empty()) return;
    const double em = env_.size * env_.text->table_padding;
    // Narrow regions keep at least half their width for text, whatever the padding says.
    const double pad_x = std::min(em, width / (4.0 * static_cast<double>(columns)));
    std::vector<ColumnNeed> need;
    for (const auto& [natural, minimum] : column_widths(b)) need.push_back({natural, minimum});
    TableGeometry g;
    g.widths = fit_columns(need, width - 2 * pad_x * static_cast<double>(columns));
    if (columns > 1 && crushed(need, g.widths, env_.size * kReadableColumnEms))
        return stacked_table(b, width, out, gap_before);
    g.pad_y = em / 2;
    g.line_height = env_.size * env_.text->table_scale * env_.text->leading;
    for (std::size_t c = 0; c < columns; ++c) {
        g.x.push_back(g.width + pad_x);
        g.width += g.widths[c] + 2 * pad_x;
    }
    g.width = std::min(g.width, width);
    std::shared_ptr<const Slice> header;
    // A column narrower than its longest word breaks words: at hyphenation points, not
    // wherever the width runs out ("con-sis-tent", not "co-nsistent").
    std::vector<bool> hyphenate;
    for (std::size_t c = 0; c < columns; ++c) hyphenate.push_back(g.widths[c] < need[c].minimum - 1e-6);
    for (std::size_t r = 0; r < b.children.size(); ++r) {
        Stack slices = row_slices(row_cells(b, r, g.widths, hyphenate), g);
        decorate_row(slices, g.width, r == 0);
        if (r == 0) {
            slices.front().gap_before = gap_before;
            slices.back().keep_with_next = true;  // never a header alone at a region's end
            header = std::make_shared<const Slice>(merged(slices, g.width));
        }
        for (Slice& s : slices) {
            if (r > 0) s.repeat_header = header;
            s.frame.size.width = width;
            out.push_back(std::move(s));
        }
    }
}

void BlockSetter::stacked_table(const doc::Block& b, double width, Stack& out, double gap_before) {
    const doc::Blocks& header = b.children.front().children;
    ParaLook look;
    look.scale = env_.text->table_scale;
    look.align = Align::Left;
    for (std::size_t r = b.children.size() == 1 ? 0 : 1; r < b.children.size(); ++r) {
        const doc::Blocks& row = b.children[r].children;
        const std::size_t first = out.size();
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (!doc::shows_text(row[c].spans) && r > 0) continue;  // nothing to label
            const auto spans = labelled_cell(r == 0 ? std::vector<doc::Span>{} : header[c].spans, row[c].spans);
            paragraph(spans, width, out, look, out.size() == first ? gap_before : 0);
        }
        if (out.size() == first) continue;
        gap_before = gap() * 0.25;
        Slice& last = out.back();  // a quarter gap, then the row's rule at its bottom
        last.height += gap() * 0.25;
        last.frame.size.height = last.height;
        const double rule = env_.text->table_rule;
        const double y = last.height - rule / 2;
        if (rule > 0) last.frame.push(LineItem{{0, y}, {width, y}, rule, env_.theme->rule});
    }
}

std::vector<Stack> BlockSetter::row_cells(const doc::Block& b, std::size_t r, const std::vector<double>& widths,
                                          const std::vector<bool>& hyphenate) {
    std::vector<Stack> cells(widths.size());
    const doc::Blocks& row = b.children[r].children;
    for (std::size_t c = 0; c < widths.size() && c < row.size(); ++c) {
        ParaLook look = cell_look(b, r, c);
        look.hyphenate = hyphenate[c];
        paragraph(row[c].spans, widths[c], cells[c], look);
    }
    return cells;
}

ParaLook BlockSetter::cell_look(const doc::Block& table, std::size_t row, std::size_t column) const {
    ParaLook look;
    look.scale = env_.text->table_scale;
    look.align = align_of(table.aligns[column]);
    // Columns are at least as wide as their longest word when the table allows it, so
    // hyphens would only even out ragged cells (row_cells hyphenates narrower columns).
    look.hyphenate = false;
    if (row == 0) look.face_style = text::BoldFace;
    return look;
}

void BlockSetter::decorate_row(Stack& slices, double width, bool header) const {
    const Theme& theme = *env_.theme;
    const double rule = env_.text->table_rule * (header ? 2 : 1);  // the header's rule is heavier
    if (header)
        for (Slice& s : slices)
            s.frame.items.insert(s.frame.items.begin(), FillItem{{0, 0, width, s.height}, theme.code_background});
    Slice& last = slices.back();
    if (rule > 0) last.frame.push(LineItem{{0, last.height - rule / 2}, {width, last.height - rule / 2}, rule, theme.rule});
}

}  // namespace deckpress::layout
