// markdown: GitHub-style footnotes (`text[^1]`, `[^1]: the note`), which cmark 0.30 lacks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/text_map.hpp"
#include "doc/model.hpp"
#include "markdown/markdown.hpp"

namespace deckpress::markdown::detail {

/// Replaces the `^` of a reference in the text cmark reads: `[^label]` becomes `[`, kNoteMark,
/// `label]`. The length stays (cmark's positions stay right), the brackets still pair as they
/// did, and only our marked references carry the byte.
constexpr char kNoteMark = '\x1F';
/// Replaces the `[` of a definition inside a quote or list item, which cmark would otherwise
/// take for a link reference definition and drop: `[^label]:` becomes kNestedMark, `^label]:`.
constexpr char kNestedMark = '\x1E';

/// A reference `[^label]` found in a text before it was marked.
struct NoteRef {
    std::string label;  ///< normalised: ASCII letters in lower case (labels ignore case)
    int line = 0;       ///< 1-based line and byte column of its `[` in the text
    int column = 0;
};

/// A footnote definition cut out of a text: `[^label]: first line` and the lines that continue
/// it (indented four spaces, blank lines between them, or lazy paragraph lines right after).
struct NoteDef {
    std::string label;  ///< normalised
    std::string shown;  ///< as written, for messages
    int line = 0;       ///< 1-based line and byte column of its `[` in the text
    int column = 0;
    std::string text;   ///< its Markdown: the rest of the first line, then the continuation
                        ///< lines less their indentation; references marked
    TextMap map;        ///< where the note's bytes are in the text (file_line and file_column
                        ///< are positions in the text, not yet in its file)
    std::vector<NoteRef> refs;  ///< the note's own references, in order
    std::vector<NoteRef> nested;  ///< definitions inside its quotes or list items (kept as text)
};

/// A text with its footnote definitions cut out and its references marked.
struct NoteCut {
    std::string text;  ///< definitions' lines emptied (every other line keeps its number)
    std::vector<NoteRef> refs;  ///< references outside code and HTML blocks, in order
    std::vector<NoteDef> defs;  ///< definitions in order, duplicates included
    std::vector<NoteRef> nested;  ///< definitions inside quotes or list items (kept as text)
};

/// Finds the definitions that start a line (indented at most three spaces, not in a code or
/// HTML block; one after a quote's or list item's marker is listed in `nested` and stays text) and marks the
/// references on the other lines outside code and HTML blocks (a backslash before `[` keeps one
/// text). Labels are one or more characters other than spaces, brackets and backslashes.
NoteCut cut_footnotes(std::string_view text);

/// Whether `text` holds a mark.
inline bool has_note_mark(std::string_view text) {
    // Two memchr scans: find_first_of would test the set at every byte.
    return text.find(kNoteMark) != std::string_view::npos || text.find(kNestedMark) != std::string_view::npos;
}

/// Writes every marked reference and definition in `text` back as it was written (a reference
/// mark whose `[` cmark took for a link's bracket too).
void unmark_notes(std::string& text);

/// `text` (nullptr: "") with its marked references written back, in `storage` when it has any.
std::string_view unmarked(const char* text, std::string& storage);

/// parse_blocks for a text with footnote syntax: references become superscript note numbers
/// (numbered by first reference; notes' own references come after), definitions go to a
/// Footnotes block after the text. A reference without a definition stays as written, a
/// definition never referenced is dropped, a second definition of a label is ignored: each
/// with a warning at its place.
doc::Blocks parse_with_footnotes(std::string_view text, const Context& ctx, Diagnostics& diags);

/// The blocks of a text without the footnote pass (parse_blocks without its checks).
doc::Blocks build_blocks(std::string_view text, const Context& ctx, Diagnostics& diags);

}  // namespace deckpress::markdown::detail
