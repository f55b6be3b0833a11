// markdown: GitHub-style pipe tables (GFM spec, "Tables (extension)") from paragraph lines.
#include "markdown/tables.hpp"

#include <optional>

#include <fmt/format.h>

#include "markdown/internal.hpp"

namespace deckpress::markdown::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t'; }

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
    while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
    return s;
}

/// Whether the text has a pipe that no backslash escapes.
bool has_pipe(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\') ++i;
        else if (text[i] == '|') return true;
    }
    return false;
}

/// A cell's raw bytes [from, to) of the line, trimmed and with `\|` unescaped.
CellText make_cell(const ParagraphLine& line, std::size_t from, std::size_t to) {
    while (from < to && is_space(line.text[from])) ++from;
    while (to > from && is_space(line.text[to - 1])) --to;
    CellText cell;
    cell.column = line.column + static_cast<int>(from);
    for (std::size_t i = from; i < to; ++i) {
        if (line.text[i] == '\\' && i + 1 < to && line.text[i + 1] == '|') continue;
        cell.text += line.text[i];
    }
    return cell;
}

std::optional<doc::CellAlign> delimiter_cell(std::string_view cell) {
    cell = trimmed(cell);
    const bool left = !cell.empty() && cell.front() == ':';
    const bool right = cell.size() > 1 && cell.back() == ':';
    if (left) cell.remove_prefix(1);
    if (right) cell.remove_suffix(1);
    if (cell.empty() || cell.find_first_not_of('-') != std::string_view::npos) return std::nullopt;
    if (left && right) return doc::CellAlign::Center;
    if (left) return doc::CellAlign::Left;
    return right ? doc::CellAlign::Right : doc::CellAlign::None;
}

doc::Block cell_block(const CellText& cell, const ParagraphLine& line, const Context& ctx, Diagnostics& diags) {
    doc::Block block;
    block.kind = doc::BlockKind::TableCell;
    block.loc = file_loc(ctx, line.line, cell.column);
    Context at = ctx;
    at.origin = block.loc;
    at.map = nullptr;  // the map holds the whole text's bytes, not the cell's: positions from the cell
    block.spans = parse_inline_spans(cell.text, at, diags);
    trim_spans(block.spans);
    return block;
}

doc::Block row_block(const ParagraphLine& line, std::size_t columns, const Context& ctx, Diagnostics& diags) {
    doc::Block row;
    row.kind = doc::BlockKind::TableRow;
    row.loc = file_loc(ctx, line.line, line.column);
    std::vector<CellText> cells = split_row(line);
    if (cells.size() > columns) {
        diags.warning(file_loc(ctx, line.line, cells[columns].column),
                      with_subject(ctx, fmt::format("table row has {} cells but the header has {}: the extra "
                                                    "cells are left out",
                                                    cells.size(), columns)));
        cells.resize(columns);
    }
    for (const CellText& cell : cells) row.children.push_back(cell_block(cell, line, ctx, diags));
    while (row.children.size() < columns) {
        doc::Block empty;
        empty.kind = doc::BlockKind::TableCell;
        empty.loc = row.loc;
        row.children.push_back(std::move(empty));
    }
    return row;
}

}  // namespace

std::vector<CellText> split_row(const ParagraphLine& line) {
    const std::string_view text = line.text;
    std::size_t from = 0;
    while (from < text.size() && is_space(text[from])) ++from;
    if (from < text.size() && text[from] == '|') ++from;
    std::vector<CellText> cells;
    std::size_t start = from;
    for (std::size_t i = from; i < text.size(); ++i) {
        if (text[i] == '\\') {
            ++i;
        } else if (text[i] == '|') {
            cells.push_back(make_cell(line, start, i));
            start = i + 1;
        }
    }
    if (!trimmed(text.substr(std::min(start, text.size()))).empty()) cells.push_back(make_cell(line, start, text.size()));
    return cells;
}

bool delimiter_row(std::string_view text, std::vector<doc::CellAlign>& aligns) {
    if (text.find('|') == std::string_view::npos) return false;
    aligns.clear();
    for (const CellText& cell : split_row(ParagraphLine{text, 1, 1})) {
        const auto align = delimiter_cell(cell.text);
        if (!align) return false;
        aligns.push_back(*align);
    }
    return !aligns.empty();
}

std::size_t find_table(const std::vector<ParagraphLine>& lines) {
    std::vector<doc::CellAlign> aligns;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        if (has_pipe(lines[i].text) && delimiter_row(lines[i + 1].text, aligns) &&
            split_row(lines[i]).size() == aligns.size())
            return i;
    return lines.size();
}

doc::Block build_table(const std::vector<ParagraphLine>& lines, std::size_t from, const Context& ctx,
                       Diagnostics& diags) {
    doc::Block table;
    table.kind = doc::BlockKind::Table;
    table.loc = file_loc(ctx, lines[from].line, lines[from].column);
    delimiter_row(lines[from + 1].text, table.aligns);
    table.children.push_back(row_block(lines[from], table.aligns.size(), ctx, diags));
    for (std::size_t i = from + 2; i < lines.size(); ++i)
        table.children.push_back(row_block(lines[i], table.aligns.size(), ctx, diags));
    return table;
}

}  // namespace deckpress::markdown::detail
