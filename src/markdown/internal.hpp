// markdown: helpers shared by the markdown stage's translation units (not a public interface).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "doc/model.hpp"
#include "markdown/markdown.hpp"

namespace deckpress::markdown::detail {

/// Warns once, at the first such character, when `text` holds a right-to-left script
/// (Hebrew, Arabic, ...): it is set left to right with its letters unjoined.
void warn_right_to_left(std::string_view text, const Context& ctx, Diagnostics& diags);

/// Returns `text` with every invalid UTF-8 sequence replaced by U+FFFD and NUL bytes by U+FFFD.
std::string sanitize_utf8(std::string_view text);

/// Expands tabs to tab stops every 4 columns (columns count code points); lines split at '\n'.
std::string expand_tabs(std::string_view text);

/// Appends `span` to `spans`, merging it into the last span when both look the same
/// (style, token, link; neither a hard break). Empty non-break spans are dropped.
void append_span(std::vector<doc::Span>& spans, doc::Span span);

/// Removes leading whitespace of the first span and trailing whitespace of the last one, and
/// whitespace around hard breaks; drops spans that become empty and leading/trailing breaks.
void trim_spans(std::vector<doc::Span>& spans);

/// A parsed HTML tag: lower-case name, closing (`</x>`) or self-closing/void.
struct HtmlTag {
    std::string name;
    bool closing = false;
    bool comment = false;  ///< `<!-- -->`, `<!DOCTYPE>`, `<?...?>`: no text
};

/// Parses the tag at the start of `html` (which starts with '<'); returns its length in bytes,
/// 0 when it is not a tag.
std::size_t parse_html_tag(std::string_view html, HtmlTag& tag);

/// Whether the tag `html` is (an opening or closing tag on its own) names an HTML element as
/// one writes it: a known element in lower case or capitals (`<b>`, `<BR>`). `List<T>`,
/// `Optional<String>` or `List<Object>` name types in prose, not elements.
bool names_html_element(std::string_view tag_text);

/// The length of the CDATA section `<![CDATA[...]]>` that `html` starts with (0 when none,
/// or when it is not closed), its text going to `text`: text kept as it is, not markup.
std::size_t parse_cdata(std::string_view html, std::string& text);

/// Decodes the entity at the start of `text` (which starts with '&'); appends UTF-8 to `out`
/// and returns the bytes consumed, or 0 when it is not a known entity.
std::size_t decode_entity(std::string_view text, std::string& out);

/// Inline styles HTML tags switch on and off (b/strong, i/em, code/kbd/tt/samp, s/del/strike, sup, sub).
struct HtmlStyle {
    int bold = 0;
    int italic = 0;
    int code = 0;
    int strike = 0;
    int sup = 0;
    int sub = 0;
    /// Applies an opening or closing tag; returns true when the tag was a style tag.
    bool apply(const HtmlTag& tag);
    std::uint8_t bits() const;
};

/// The text content of an HTML block: tags stripped, entities decoded, whitespace collapsed,
/// `<br>` and block-level tags (p, div, li, ...) turned into hard breaks.
std::vector<doc::Span> html_block_text(std::string_view html);

/// The location of cmark position (line, column) in the file, given where the text starts.
SourceLoc file_loc(const Context& ctx, int line, int column);

/// file_loc of an inline (an image's `![`, a link's `[`: `marker`) that cmark put at (line,
/// column) of `text`. cmark gives columns on a paragraph's continuation lines without their
/// leading spaces, so with a text map the marker is looked for from there to as far as those
/// spaces reach: one found gives its exact place, none or several the start of the text.
SourceLoc inline_loc(const Context& ctx, std::string_view text, int line, int column, std::string_view marker);

/// The first line of an HTML snippet, shortened, for messages.
std::string html_excerpt(std::string_view html);

/// Appends " (in <subject>)" when the context names a subject.
std::string with_subject(const Context& ctx, std::string message);

/// A block marker escaped on a continuation line of one-line text: the author meant a block.
struct EscapedBlock {
    int line = 0;    ///< 1-based line in the text (0: none)
    int column = 0;  ///< 1-based column of the marker
    char marker = 0;
};

/// Escapes block-level Markdown markers at line starts (`#`, `>`, list markers, fences,
/// thematic breaks, setext underlines, indentation) so that a question line stays inline.
/// `block` (when given) receives the first marker escaped on a line after the first.
std::string escape_block_markers(std::string_view text, EscapedBlock* block = nullptr);

}  // namespace deckpress::markdown::detail
