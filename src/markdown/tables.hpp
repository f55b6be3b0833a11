// markdown: GitHub-style pipe tables found in the lines of a CommonMark paragraph.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "doc/model.hpp"
#include "markdown/markdown.hpp"

namespace deckpress::markdown::detail {

/// One source line of a paragraph, container markers (`>`) and indentation removed.
struct ParagraphLine {
    std::string_view text;
    int line = 0;    ///< cmark line number (1-based, in the parsed text)
    int column = 0;  ///< cmark column of text[0] (1-based bytes)
};

/// One cell of a row: its Markdown text (trimmed, `\|` unescaped) and where it starts.
struct CellText {
    std::string text;
    int column = 0;  ///< cmark column of the cell's first byte
};

/// Splits a row at its unescaped pipes (GFM): a leading and a trailing pipe are optional,
/// `\|` is a literal pipe (also inside code spans), cells are trimmed.
std::vector<CellText> split_row(const ParagraphLine& line);

/// Whether `text` is a delimiter row (`| :-- | :-: | --: |`, at least one pipe, each cell
/// dashes with optional colons); its column alignments go to `aligns`.
bool delimiter_row(std::string_view text, std::vector<doc::CellAlign>& aligns);

/// The index of the line that starts a table (a header row with a pipe whose next line is a
/// delimiter row with as many cells), or lines.size() when there is none.
std::size_t find_table(const std::vector<ParagraphLine>& lines);

/// Builds the table that starts at lines[from] (find_table's answer): cells are parsed as
/// inline Markdown; a row with more cells than the header loses the extra ones with a warning
/// at the first dropped cell, a shorter row is padded with empty cells.
doc::Block build_table(const std::vector<ParagraphLine>& lines, std::size_t from, const Context& ctx,
                       Diagnostics& diags);

/// Inline Markdown to spans, as parse_inline but without the right-to-left warning (the
/// caller's text was checked as a whole).
std::vector<doc::Span> parse_inline_spans(std::string_view text, const Context& ctx, Diagnostics& diags);

}  // namespace deckpress::markdown::detail
