// doc: the document model every output builds and layout consumes (blocks of styled runs).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace deckpress::doc {

/// Inline style bits; combine with |.
enum Style : std::uint8_t {
    Plain = 0,
    Bold = 1 << 0,
    Italic = 1 << 1,
    Code = 1 << 2,  ///< monospace
    Super = 1 << 3,  ///< superscript: smaller and raised (footnote references, HTML <sup>)
    Sub = 1 << 4,    ///< subscript: smaller and lowered (HTML <sub>)
    Strike = 1 << 5,  ///< struck through (`~~text~~`, `<s>`, `<del>`)
};

/// Syntax classes a code highlighter assigns; painted by weight/style and colour.
enum class Token : std::uint8_t { Text, Keyword, String, Comment, Number, Builtin, Punct };

/// A run of text in one style. `link` is a URI ("https://...") or an internal anchor ("#name").
struct Span {
    std::string text;  ///< UTF-8
    std::uint8_t style = Plain;
    Token token = Token::Text;
    std::string link;
    bool hard_break = false;  ///< a forced line break (text is empty)
    int note = 0;  ///< a footnote reference: the number of the note it refers to (0: none)
    bool operator==(const Span&) const = default;
};

enum class BlockKind {
    Paragraph,  ///< spans
    Heading,    ///< spans, level 1..6
    List,       ///< children are ListItem; ordered, start, tight
    ListItem,   ///< children are blocks
    Quote,      ///< children are blocks
    Code,       ///< lines (one vector of highlighted spans per source line), lang
    Rule,       ///< thematic break
    Image,      ///< path (resolved against the bank folder), spans = alt text
    Table,      ///< children are TableRow (the first is the header row); aligns per column
    TableRow,   ///< children are TableCell, as many as the table has columns
    TableCell,  ///< spans
    Footnotes,  ///< a text's notes, its last block: children are ListItem, `ordered`, numbered by `start`
};

/// A list item's check box (GitHub task lists: `- [ ] open`, `- [x] done`).
enum class Task : std::uint8_t { None, Open, Done };

/// A table column's alignment, from its delimiter row (`:--`, `:-:`, `--:`, or `---`: None).
enum class CellAlign : std::uint8_t { None, Left, Center, Right };

struct Block {
    BlockKind kind = BlockKind::Paragraph;
    std::vector<Span> spans;
    std::vector<Block> children;
    std::vector<std::vector<Span>> lines;  ///< code block lines
    std::string lang;                      ///< code block language ("" when none)
    std::string path;                      ///< image file
    int level = 0;                         ///< heading level
    bool ordered = false;
    int start = 1;  ///< first number of an ordered list; a footnote's number (its ListItem)
    char delimiter = '.';  ///< what follows an ordered list's numbers: '.' ("1.") or ')' ("1)")
    bool tight = true;
    Task task = Task::None;  ///< a list item's check box
    std::vector<CellAlign> aligns;  ///< a table's column alignments (one per column)
    SourceLoc loc;
};

using Blocks = std::vector<Block>;

/// A span of plain text in `style` (for text the outputs compose themselves).
inline Span span(std::string text, std::uint8_t style = Plain, std::string link = {}) {
    Span s;
    s.text = std::move(text);
    s.style = style;
    s.link = std::move(link);
    return s;
}

/// All text of spans joined (for tests and plain-text uses), footnote numbers left out.
std::string plain_text(const std::vector<Span>& spans);

/// Whether the spans have a character that shows: not only spaces (no-break ones included),
/// zero-width characters and soft hyphens.
bool shows_text(const std::vector<Span>& spans);

/// Whether the blocks show anything: text, a code line that shows text, or an image (a rule
/// alone, an empty code block or a link reference definition, which leaves no block, do not).
bool shows_anything(const Blocks& blocks);

}  // namespace deckpress::doc
