// markdown: cmark block tree to doc::Blocks, built iteratively with a bounded nesting depth.
#include <algorithm>
#include <cctype>

#include <cmark.h>
#include <fmt/format.h>

#include "markdown/footnotes.hpp"
#include "markdown/images.hpp"
#include "markdown/inlines.hpp"
#include "markdown/internal.hpp"
#include "markdown/parse_tree.hpp"
#include "markdown/source_lines.hpp"
#include "markdown/tables.hpp"

namespace deckpress::markdown {
namespace {

using detail::file_loc;
using detail::html_excerpt;
using detail::with_subject;

/// Containers (lists, quotes) nested deeper than this are flattened into the deepest kept
/// one. 64 is far beyond any real answer and keeps every consumer's recursion shallow.
constexpr std::size_t kMaxDepth = 64;

std::string code_language(cmark_node* node) {
    const char* info = cmark_node_get_fence_info(node);
    std::string lang;
    for (const char* p = info; p != nullptr && *p != '\0' && !std::isspace(*p & 0xFF); ++p)
        lang += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    return lang;
}

/// Whether the text has a '|' (every pipe table does, in its delimiter row at least).
bool has_pipe(const std::vector<doc::Span>& spans) {
    return std::any_of(spans.begin(), spans.end(),
                       [](const doc::Span& s) { return s.text.find('|') != std::string::npos; });
}

/// Whether `html` is nothing but closed comments (`<!-- ... -->`) and white space.
bool only_closed_comments(std::string_view html) {
    constexpr std::string_view kSpace = " \t\r\n";
    for (std::size_t at = html.find_first_not_of(kSpace); at != std::string_view::npos;
         at = html.find_first_not_of(kSpace, at)) {
        if (html.substr(at, 4) != "<!--") return false;
        const std::size_t end = html.find("-->", at + 4);
        if (end == std::string_view::npos) return false;
        at = end + 3;
    }
    return true;
}

class BlockBuilder {
public:
    BlockBuilder(const Context& ctx, Diagnostics& diags, detail::SourceLines& source, std::string_view text)
        : ctx_(ctx), diags_(diags), source_(source), text_(text) {}

    doc::Blocks build(cmark_node* document) {
        detail::CmarkIter iter(document);
        cmark_event_type event;
        while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
            cmark_node* node = cmark_iter_get_node(iter.get());
            on_event(iter.get(), event, node);
        }
        return std::move(root_);
    }

private:
    void on_event(cmark_iter* iter, cmark_event_type event, cmark_node* node) {
        const bool enter = event == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_BLOCK_QUOTE:
            if (enter) open(node);
            else close(node);
            break;
        case CMARK_NODE_PARAGRAPH: paragraph(iter, node); break;
        case CMARK_NODE_HEADING: heading(iter, node); break;
        case CMARK_NODE_CODE_BLOCK: code_block(node); break;
        case CMARK_NODE_HTML_BLOCK: html_block(node); break;
        case CMARK_NODE_THEMATIC_BREAK: add(make(doc::BlockKind::Rule, node)); break;
        default: break;  // the document node; inlines are consumed by their block
        }
    }

    doc::Block make(doc::BlockKind kind, cmark_node* node) const {
        doc::Block block;
        block.kind = kind;
        block.loc = loc_of(node);
        return block;
    }

    SourceLoc loc_of(cmark_node* node) const {
        return file_loc(ctx_, cmark_node_get_start_line(node), cmark_node_get_start_column(node));
    }

    /// Where new blocks go: the open container's children (inside a list: its last item).
    doc::Blocks& target() {
        if (stack_.empty()) return root_;
        doc::Block& top = *stack_.back();
        if (top.kind != doc::BlockKind::List) return top.children;
        if (top.children.empty()) top.children.push_back(make_item_like(top));
        return top.children.back().children;
    }

    static doc::Block make_item_like(const doc::Block& list) {
        doc::Block item;
        item.kind = doc::BlockKind::ListItem;
        item.loc = list.loc;
        return item;
    }

    void add(doc::Block block) { target().push_back(std::move(block)); }

    void open(cmark_node* node) {
        const cmark_node_type type = cmark_node_get_type(node);
        // An item always follows its kept list, so lists never hold anything but items.
        const bool item_of_kept_list =
            type == CMARK_NODE_ITEM && !open_nodes_.empty() &&
            cmark_node_parent(node) == open_nodes_.back();
        if (type == CMARK_NODE_ITEM ? !item_of_kept_list : stack_.size() >= kMaxDepth) {
            warn_flattened(node);
            return;
        }
        doc::Block block = make(kind_of(type), node);
        if (type == CMARK_NODE_LIST) {
            block.ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
            block.start = block.ordered ? cmark_node_get_list_start(node) : 1;
            block.delimiter = cmark_node_get_list_delim(node) == CMARK_PAREN_DELIM ? ')' : '.';
            block.tight = cmark_node_get_list_tight(node) != 0;
        }
        doc::Blocks& into = type == CMARK_NODE_ITEM ? stack_.back()->children : target();
        into.push_back(std::move(block));
        stack_.push_back(&into.back());  // siblings may move later; open ancestors never do
        open_nodes_.push_back(node);
    }

    static doc::BlockKind kind_of(cmark_node_type type) {
        if (type == CMARK_NODE_LIST) return doc::BlockKind::List;
        if (type == CMARK_NODE_ITEM) return doc::BlockKind::ListItem;
        return doc::BlockKind::Quote;
    }

    void close(cmark_node* node) {
        if (open_nodes_.empty() || open_nodes_.back() != node) return;  // was flattened
        open_nodes_.pop_back();
        stack_.pop_back();
    }

    void warn_flattened(cmark_node* node) {
        if (warned_depth_) return;
        warned_depth_ = true;
        diags_.warning(loc_of(node),
                       with_subject(ctx_, fmt::format("lists and quotes nested deeper than {} "
                                                      "levels are flattened",
                                                      kMaxDepth)));
    }

    void warn_html(const SourceLoc& at, std::string_view html) {
        diags_.warning(at, with_subject(ctx_, fmt::format("HTML rendered as text: {}", html_excerpt(html))));
    }

    /// Warns at the first inline HTML tag of `content`, or at `node` when cmark gave no place.
    void warn_inline_html(cmark_node* node, const detail::InlineContent& content) {
        if (content.first_html.empty()) return;
        const int line = content.first_html_line, column = content.first_html_column;
        warn_html(line > 0 ? detail::inline_loc(ctx_, text_, line, column, "<") : loc_of(node), content.first_html);
    }

    void warn_page_links(const detail::InlineContent& content) {
        for (const detail::PageLinkRef& link : content.page_links)
            diags_.warning(detail::inline_loc(ctx_, text_, link.line, link.column, "["),
                           with_subject(ctx_, detail::page_link_message(link.url)));
    }

    void paragraph(cmark_iter* iter, cmark_node* node) {
        detail::InlineContent content = detail::collect_inlines(iter, node);
        if (content.line_ends > 0 && has_pipe(content.spans) && table(node, content.line_ends + 1)) return;
        warn_inline_html(node, content);
        warn_page_links(content);
        if (content.images.empty()) take_task_box(content.spans);
        std::size_t from = 0;
        for (detail::ImageRef& image : content.images) {
            add_text_piece(node, content.spans, from, image.at);
            add_image(node, image);
            from = image.at;
        }
        add_text_piece(node, content.spans, from, content.spans.size());
    }

    /// A list item's first paragraph that starts with `[ ] ` or `[x] ` (GitHub's task list):
    /// the box marks the item and leaves the text.
    void take_task_box(std::vector<doc::Span>& spans) {
        if (stack_.empty() || stack_.back()->kind != doc::BlockKind::ListItem || spans.empty()) return;
        doc::Block& item = *stack_.back();
        if (!item.children.empty()) return;  // not its first block
        doc::Span& first = spans.front();
        if (first.style != doc::Plain || !first.link.empty() || first.text.size() < 4) return;
        const std::string_view box = std::string_view(first.text).substr(0, 4);
        const doc::Task task = box == "[ ] " ? doc::Task::Open
                               : (box == "[x] " || box == "[X] ") ? doc::Task::Done : doc::Task::None;
        if (task == doc::Task::None) return;
        first.text.erase(0, 4);
        if (first.text.empty()) spans.erase(spans.begin());
        item.task = task;
    }

    /// Adds the pipe table the paragraph holds, if any, and the paragraph lines before it.
    bool table(cmark_node* node, int line_count) {
        const std::vector<detail::ParagraphLine> lines = source_.paragraph_lines(node, line_count);
        const std::size_t start = detail::find_table(lines);
        if (start == lines.size()) return false;
        add_lines_before_table(lines, start);
        add(detail::build_table(lines, start, ctx_, diags_));
        return true;
    }

    /// Parses the lines before a table again as the paragraph they are (block markers escaped:
    /// they were continuation lines), so images and links in them work as anywhere else.
    void add_lines_before_table(const std::vector<detail::ParagraphLine>& lines, std::size_t count) {
        if (count == 0) return;
        std::string text;
        for (std::size_t i = 0; i < count; ++i) (text += lines[i].text) += '\n';
        Context at = ctx_;
        at.origin = file_loc(ctx_, lines[0].line, lines[0].column);
        at.map = nullptr;  // the map is of the whole text: these lines are shifted from their origin
        const std::string escaped = detail::escape_block_markers(text);
        const detail::CmarkDoc document(escaped);
        detail::SourceLines source(escaped);
        for (doc::Block& block : BlockBuilder(at, diags_, source, escaped).build(document.get())) add(std::move(block));
    }

    /// Adds spans [from, to) as a paragraph unless they are only whitespace.
    void add_text_piece(cmark_node* node, const std::vector<doc::Span>& spans, std::size_t from,
                        std::size_t to) {
        doc::Block block = make(doc::BlockKind::Paragraph, node);
        block.spans.assign(spans.begin() + static_cast<std::ptrdiff_t>(from),
                           spans.begin() + static_cast<std::ptrdiff_t>(to));
        detail::trim_spans(block.spans);
        if (!block.spans.empty()) add(std::move(block));
    }

    void add_image(cmark_node* paragraph, detail::ImageRef& image) {
        doc::Block block = make(doc::BlockKind::Image, paragraph);
        if (image.line > 0) block.loc = detail::inline_loc(ctx_, text_, image.line, image.column, "![");
        const detail::ImageResult found = detail::resolve_image(image.url, ctx_);
        detail::trim_spans(image.alt);
        if (!found.error.empty()) {
            diags_.error(block.loc, with_subject(ctx_, found.error));
            block.kind = doc::BlockKind::Paragraph;  // keep the alt text readable
            block.spans = std::move(image.alt);
            if (!block.spans.empty()) add(std::move(block));
            return;
        }
        block.path = found.path;
        block.spans = std::move(image.alt);
        add(std::move(block));
    }

    void heading(cmark_iter* iter, cmark_node* node) {
        const detail::InlineContent content = detail::collect_inlines(iter, node);
        warn_inline_html(node, content);
        warn_page_links(content);
        doc::Block block = make(doc::BlockKind::Heading, node);
        block.level = cmark_node_get_heading_level(node);
        block.spans = detail::images_as_alt_text(content);
        detail::trim_spans(block.spans);
        add(std::move(block));
    }

    void code_block(cmark_node* node) {
        doc::Block block = make(doc::BlockKind::Code, node);
        block.lang = code_language(node);
        std::string storage;  // footnote syntax in code stays as written
        const std::string_view literal = detail::unmarked(cmark_node_get_literal(node), storage);
        block.lines = highlight(detail::expand_tabs(literal), block.lang);
        add(std::move(block));
    }

    void html_block(cmark_node* node) {
        std::string storage;
        const std::string_view html = detail::unmarked(cmark_node_get_literal(node), storage);
        doc::Block block = make(doc::BlockKind::Paragraph, node);
        block.spans = detail::html_block_text(html);
        if (block.spans.empty()) {
            if (only_closed_comments(html)) return;  // a note to the author, meant to be hidden
            const bool open_comment =
                html.find("<!--") != std::string_view::npos && html.find("-->") == std::string_view::npos;
            const char* what = open_comment ? "HTML comment not closed (it hides all text after it)"
                                            : "HTML without text ignored";
            diags_.warning(block.loc, with_subject(ctx_, fmt::format("{}: {}", what, html_excerpt(html))));
            return;
        }
        warn_html(loc_of(node), html);
        add(std::move(block));
    }

    const Context& ctx_;
    Diagnostics& diags_;
    detail::SourceLines& source_;
    std::string_view text_;  ///< the Markdown text (image positions are checked against it)
    doc::Blocks root_;
    std::vector<doc::Block*> stack_;       ///< open containers, outermost first
    std::vector<cmark_node*> open_nodes_;  ///< the cmark node of each open container
    bool warned_depth_ = false;
};

}  // namespace

namespace detail {

doc::Blocks build_blocks(std::string_view text, const Context& ctx, Diagnostics& diags) {
    const CmarkDoc document(text);
    SourceLines source(text);
    return BlockBuilder(ctx, diags, source, text).build(document.get());
}

}  // namespace detail

doc::Blocks parse_blocks(std::string_view text, const Context& ctx, Diagnostics& diags) {
    detail::warn_right_to_left(text, ctx, diags);
    // A text with our marks' control bytes of its own keeps them: its footnote syntax stays text.
    if (text.find("[^") != std::string_view::npos && !detail::has_note_mark(text))
        return detail::parse_with_footnotes(text, ctx, diags);
    return detail::build_blocks(text, ctx, diags);
}

}  // namespace deckpress::markdown
