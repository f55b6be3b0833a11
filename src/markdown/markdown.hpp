// markdown: CommonMark (cmark) to document blocks, and a small syntax highlighter.
#pragma once

#include <string>
#include <string_view>

#include "core/text_map.hpp"
#include "doc/model.hpp"

namespace deckpress::markdown {

struct Context {
    /// Where the Markdown text starts in its file (line 1 of the text). An origin with line 0
    /// keeps cmark's own numbers. With a `map`, a position in the text is reported exactly when
    /// the map's pieces hold its byte, and at `origin` otherwise; so a location is exact or the
    /// start of the text, never a wrong or out-of-range position (the bank maps literal and
    /// folded blocks, plain and quoted scalars; bank/scalar_map.hpp says what it leaves out).
    /// Without a map, lines are origin.line + line - 1 and columns are shifted by
    /// origin.column - 1 on every line, which is right only for a uniformly indented text.
    SourceLoc origin;
    std::string base_dir;  ///< folder images are relative to; paths leaving it are refused
    std::string subject;   ///< what the text belongs to, e.g. "question fastapi-depends"
    const TextMap* map = nullptr;  ///< where the text's pieces are in the file; not owned
};

/// Parses CommonMark block content. HTML is rendered as its text content, with a warning;
/// a missing image is an error naming the file. Nothing is dropped silently.
/// Images become Image blocks (a paragraph around an image is split there); a refused image
/// (missing, remote, absolute, leaving base_dir) is an error and its alt text stays as a
/// paragraph. Lists and quotes nested deeper than 64 levels are flattened into the deepest
/// kept level (one warning), so the returned tree is at most ~130 blocks deep. A GitHub-style
/// pipe table (a header row, a delimiter row, body rows) in a paragraph becomes a Table block
/// (lines before its header stay a paragraph; extra cells of a row are dropped with a
/// warning); lines that start with `|` but make no table stay a paragraph whose rows are
/// separated by hard breaks. Invalid UTF-8 becomes U+FFFD.
doc::Blocks parse_blocks(std::string_view text, const Context& ctx, Diagnostics& diags);

/// Parses inline Markdown (a question line) into spans. Block markers at line starts
/// (`#`, `>`, `- `, `1.`, fences, ...) are escaped first so they stay text; any remaining
/// blocks are flattened into spans separated by spaces. HTML and images warn (text kept).
std::vector<doc::Span> parse_inline(std::string_view text, const Context& ctx,
                                    Diagnostics& diags);

/// Splits code into highlighted spans per line for `lang` (python, bash/sh/shell/console, sql,
/// yaml/yml, javascript/js/typescript/ts, json, dockerfile; case-insensitive; anything else is
/// plain Text). Lines split at '\n' (a final '\n' ends the last line; a '\r' before '\n' is
/// dropped); "" gives no lines. Every span has style Code; a line's spans concatenate to the
/// line exactly (an empty line has no spans). Strings and block comments continue across lines.
std::vector<std::vector<doc::Span>> highlight(std::string_view code, std::string_view lang);

}  // namespace deckpress::markdown
