// markdown: a paragraph's source lines, for the pipe tables CommonMark leaves in paragraphs.
#include "markdown/source_lines.hpp"

#include <algorithm>

#include <cmark.h>

#include "markdown/internal.hpp"

namespace deckpress::markdown::detail {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }

int quote_depth(cmark_node* node) {
    int depth = 0;
    for (cmark_node* p = cmark_node_parent(node); p != nullptr; p = cmark_node_parent(p))
        if (cmark_node_get_type(p) == CMARK_NODE_BLOCK_QUOTE) ++depth;
    return depth;
}

/// Skips up to `depth` quote markers (`>` and one space after it) and then all indentation;
/// a lazy continuation line has fewer markers.
std::size_t content_start(std::string_view line, int depth) {
    std::size_t at = 0;
    for (int i = 0; i < depth; ++i) {
        std::size_t p = at;
        while (p < line.size() && is_space(line[p])) ++p;
        if (p >= line.size() || line[p] != '>') break;
        at = p + 1;
    }
    while (at < line.size() && is_space(line[at])) ++at;
    return at;
}

ParagraphLine make_line(std::string_view raw, int number, std::size_t from) {
    from = std::min(from, raw.size());
    std::string_view text = raw.substr(from);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return {text, number, static_cast<int>(from) + 1};
}

}  // namespace

std::string_view SourceLines::line(int number) {
    if (!indexed_) {
        indexed_ = true;
        clean_ = sanitize_utf8(text_);
        std::string_view rest = clean_;
        for (std::size_t eol; (eol = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(eol + 1))
            lines_.push_back(rest.substr(0, eol));
        lines_.push_back(rest);
    }
    if (number < 1 || static_cast<std::size_t>(number) > lines_.size()) return {};
    return lines_[static_cast<std::size_t>(number) - 1];
}

std::vector<ParagraphLine> SourceLines::paragraph_lines(cmark_node* node, int count) {
    const int start = cmark_node_get_start_line(node);
    const int column = cmark_node_get_start_column(node);
    const int depth = quote_depth(node);
    std::vector<ParagraphLine> out;
    if (start < 1 || column < 1) return out;
    // Link reference definitions cmark took from the paragraph's start stay in its position:
    // the paragraph's lines are the last `count` of it.
    const int first = std::max(start, cmark_node_get_end_line(node) - count + 1);
    for (int i = 0; i < count; ++i) {
        const std::string_view raw = line(first + i);
        const std::size_t from = i == 0 && first == start ? static_cast<std::size_t>(column - 1) : content_start(raw, depth);
        out.push_back(make_line(raw, first + i, from));
    }
    return out;
}

}  // namespace deckpress::markdown::detail
