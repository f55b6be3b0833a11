// markdown: one-line (question) text to spans; block markers are escaped, blocks flattened.
#include <algorithm>
#include <cctype>

#include <cmark.h>
#include <fmt/format.h>

#include "markdown/inlines.hpp"
#include "markdown/internal.hpp"
#include "markdown/parse_tree.hpp"
#include "markdown/tables.hpp"

namespace deckpress::markdown {
namespace detail {
namespace {

bool blank_or_end(std::string_view line, std::size_t i) {
    return i >= line.size() || line[i] == ' ' || line[i] == '\t';
}

/// A line made only of `c` and spaces, with at least three `c` (a thematic break).
bool only_marker(std::string_view line, char c) {
    int count = 0;
    for (char x : line) {
        if (x == c) ++count;
        else if (x != ' ' && x != '\t') return false;
    }
    return count >= 3;
}

bool opens_fence(std::string_view line) {
    std::size_t run = 0;
    while (run < line.size() && line[run] == '`') ++run;
    return run >= 3 && line.find('`', run) == std::string_view::npos;
}

/// Position where a backslash must go so that `line` cannot start a block, or npos.
std::size_t marker_position(std::string_view line) {
    if (line.empty()) return std::string_view::npos;
    const char c = line[0];
    if (c == '#' || c == '>' || c == '=' || c == '~') return 0;
    if ((c == '-' || c == '+' || c == '*') && (blank_or_end(line, 1) || only_marker(line, c)))
        return 0;
    if (c == '_' && only_marker(line, c)) return 0;
    if (c == '`' && opens_fence(line)) return 0;
    std::size_t digits = 0;
    while (digits < line.size() && std::isdigit(static_cast<unsigned char>(line[digits])))
        ++digits;
    if (digits >= 1 && digits <= 9 && digits < line.size() &&
        (line[digits] == '.' || line[digits] == ')') && blank_or_end(line, digits + 1))
        return digits;
    return std::string_view::npos;
}

}  // namespace

std::string escape_block_markers(std::string_view text, EscapedBlock* block) {
    std::string out;
    out.reserve(text.size() + 8);
    for (int number = 1; !text.empty(); ++number) {
        const std::size_t eol = text.find('\n');
        std::string_view line = text.substr(0, eol);
        text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
        const std::size_t indent = std::min(line.find_first_not_of(" \t"), line.size());
        line.remove_prefix(indent);
        const std::size_t at = marker_position(line);
        if (at == std::string_view::npos) {
            out += line;
        } else {
            out.append(line.substr(0, at)).append("\\").append(line.substr(at));
            if (block && number > 1 && block->line == 0)
                *block = {number, static_cast<int>(indent + at + 1), line[at]};
        }
        if (eol != std::string_view::npos) out += '\n';
    }
    return out;
}

}  // namespace detail

namespace {

/// Appends a block's spans to a flat run, separated from what came before by a space.
void append_flat(std::vector<doc::Span>& out, std::vector<doc::Span> spans) {
    detail::trim_spans(spans);
    if (spans.empty()) return;
    if (!out.empty()) detail::append_span(out, doc::Span{" ", doc::Plain, doc::Token::Text, "", false});
    for (doc::Span& s : spans) detail::append_span(out, std::move(s));
}

/// What a block marker would have started, for the warning about it.
const char* block_name(char marker) {
    switch (marker) {
    case '`':
    case '~': return "a fenced code block";
    case '#': return "a heading";
    case '>': return "a block quote";
    case '=': return "a heading underline";
    case '_': return "a rule";
    case '.':
    case ')': return "a numbered list item";
    default: return "a list item or rule";  // '-', '+', '*'
    }
}

void warn_escaped_block(const detail::EscapedBlock& block, const Context& ctx, Diagnostics& diags) {
    if (block.line == 0) return;
    diags.warning(detail::file_loc(ctx, block.line, block.column),
                  detail::with_subject(ctx, fmt::format("{} in one-line text is shown as running text, its "
                                                        "markers included (only inline Markdown is set here)",
                                                        block_name(block.marker))));
}

std::vector<doc::Span> code_as_spans(cmark_node* node) {
    const char* literal = cmark_node_get_literal(node);
    std::string text = detail::expand_tabs(literal != nullptr ? literal : "");
    while (!text.empty() && text.back() == '\n') text.pop_back();
    for (char& c : text)
        if (c == '\n') c = ' ';
    return {doc::Span{std::move(text), doc::Code, doc::Token::Text, "", false}};
}

}  // namespace

std::vector<doc::Span> parse_inline(std::string_view text, const Context& ctx,
                                    Diagnostics& diags) {
    detail::warn_right_to_left(text, ctx, diags);
    return detail::parse_inline_spans(text, ctx, diags);
}

std::vector<doc::Span> detail::parse_inline_spans(std::string_view text, const Context& ctx,
                                                  Diagnostics& diags) {
    detail::EscapedBlock block;
    const detail::CmarkDoc document(detail::escape_block_markers(text, &block));
    warn_escaped_block(block, ctx, diags);
    detail::CmarkIter iter(document.get());
    std::vector<doc::Span> out;
    bool warned_html = false;
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        std::string html;
        int html_line = cmark_node_get_start_line(node), html_column = 1;
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            const detail::InlineContent content = detail::collect_inlines(iter.get(), node);
            html = content.first_html;
            if (content.first_html_line > 0) html_line = content.first_html_line, html_column = content.first_html_column;
            if (!content.images.empty())
                diags.warning(detail::file_loc(ctx, 1, 1),
                              detail::with_subject(ctx, "image in inline text shown as its alt text"));
            for (const detail::PageLinkRef& link : content.page_links)
                diags.warning(detail::file_loc(ctx, link.line, 1),
                              detail::with_subject(ctx, detail::page_link_message(link.url)));
            append_flat(out, detail::images_as_alt_text(content));
        } else if (type == CMARK_NODE_CODE_BLOCK) {
            append_flat(out, code_as_spans(node));
        } else if (type == CMARK_NODE_HTML_BLOCK) {
            const char* literal = cmark_node_get_literal(node);
            html = literal != nullptr ? literal : "";
            append_flat(out, detail::html_block_text(html));
        }
        if (!html.empty() && !warned_html) {
            warned_html = true;
            diags.warning(detail::inline_loc(ctx, text, html_line, html_column, "<"),
                          detail::with_subject(ctx, "HTML rendered as text: " + detail::html_excerpt(html)));
        }
    }
    return out;
}

}  // namespace deckpress::markdown
