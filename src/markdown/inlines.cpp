// markdown: inline nodes (text, emphasis, code, links, breaks, inline HTML) to spans.
#include "markdown/inlines.hpp"

#include <cmark.h>
#include <fmt/format.h>

#include <optional>
#include <string_view>

#include "markdown/autolinks.hpp"
#include "markdown/footnotes.hpp"
#include "markdown/internal.hpp"

namespace deckpress::markdown::detail {
namespace {

/// Marks a soft break until the paragraph is complete (cmark text never contains '\n').
constexpr char kSoftBreak = '\n';
/// GitHub's strike-through mark: `~~struck~~`.
constexpr std::string_view kTildes = "~~";

std::string literal_of(cmark_node* node) {
    const char* text = cmark_node_get_literal(node);
    return text != nullptr ? std::string(text) : std::string();
}

/// Walks the inline events of one container, keeping the current style as counters.
class Collector {
public:
    InlineContent take() {
        strike_between_tildes();
        return std::move(out_);
    }

    void on_event(cmark_event_type event, cmark_node* node) {
        const bool enter = event == CMARK_EVENT_ENTER;
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT: add_prose(literal_of(node)); break;
        case CMARK_NODE_SOFTBREAK:
            ++out_.line_ends;
            add_text(std::string(1, kSoftBreak), doc::Plain);
            break;
        case CMARK_NODE_LINEBREAK:
            ++out_.line_ends;
            add_break();
            break;
        case CMARK_NODE_CODE: add_text(literal_of(node), doc::Code); break;
        case CMARK_NODE_HTML_INLINE: add_html(literal_of(node), node); break;
        case CMARK_NODE_EMPH: emph_ += enter ? 1 : -1; break;
        case CMARK_NODE_STRONG: strong_ += enter ? 1 : -1; break;
        case CMARK_NODE_LINK: on_link(enter, node); break;
        case CMARK_NODE_IMAGE: on_image(enter, node); break;
        default: break;
        }
    }

private:
    std::vector<doc::Span>& target() {
        return image_depth_ > 0 ? out_.images.back().alt : out_.spans;
    }

    doc::Span styled(std::string text, std::uint8_t extra) const {
        doc::Span span;
        span.text = std::move(text);
        span.style = extra | html_.bits();
        if (strong_ > 0) span.style |= doc::Bold;
        if (emph_ > 0) span.style |= doc::Italic;
        if (!links_.empty()) span.link = links_.back();
        return span;
    }

    void add_text(std::string text, std::uint8_t extra, const std::string& link = {}) {
        doc::Span span = styled(std::move(text), extra);
        if (!link.empty()) span.link = link;
        if (barrier_ && image_depth_ == 0) {
            if (span.text.empty()) return;
            out_.spans.push_back(std::move(span));  // never merge across an image
            barrier_ = false;
            return;
        }
        append_span(target(), std::move(span));
    }

    /// Text with its `~~` marks apart, each a span of its own, to be paired once all is read.
    void add_prose(const std::string& text) {
        std::size_t from = 0;
        for (std::size_t at = text.find("~~"); at != std::string::npos && image_depth_ == 0; at = text.find("~~", at)) {
            const std::size_t end = text.find_first_not_of('~', at);
            const std::size_t after = end == std::string::npos ? text.size() : end;
            if (after - at == 2) {  // "~~~" and longer runs are text
                if (at > from) add_linked(std::string_view(text).substr(from, at - from));
                add_tilde_mark(after == text.size() || !is_space(text[after]), at == 0 || !is_space(text[at - 1]));
                from = after;
            }
            at = after;
        }
        if (from < text.size()) add_linked(std::string_view(text).substr(from));
    }

    /// Text with its bare web addresses made links (not within a link or an image's text).
    void add_linked(std::string_view text) {
        std::size_t from = 0;
        if (links_.empty() && image_depth_ == 0)
            for (const Autolink& link : find_autolinks(text)) {
                if (link.begin > from) add_text(std::string(text.substr(from, link.begin - from)), doc::Plain);
                const std::string_view address = text.substr(link.begin, link.end - link.begin);
                add_text(std::string(address), doc::Plain, autolink_url(address));
                from = link.end;
            }
        if (from < text.size()) add_text(std::string(text.substr(from)), doc::Plain);
    }

    static bool is_space(char c) { return c == ' ' || c == '\t' || c == kSoftBreak; }

    void add_tilde_mark(bool can_open, bool can_close) {
        doc::Span mark = styled(std::string(kTildes), doc::Plain);
        mark.token = doc::Token::Punct;  // kept apart: no text merges into it
        out_.spans.push_back(std::move(mark));
        barrier_ = false;
        tildes_.push_back({out_.spans.size() - 1, can_open, can_close});
    }

    /// Pairs `~~` marks as GitHub does (an opener not followed by a space, a closer not after
    /// one) and strikes the spans between each pair through; unpaired marks stay text.
    void strike_between_tildes() {
        if (tildes_.empty()) return;
        std::vector<bool> paired(out_.spans.size(), false);
        std::optional<std::size_t> open;
        for (const TildeMark& mark : tildes_) {
            if (open && mark.can_close) {
                for (std::size_t i = *open + 1; i < mark.index; ++i) out_.spans[i].style |= doc::Strike;
                paired[*open] = paired[mark.index] = true;
                open.reset();
            } else if (mark.can_open) {
                open = mark.index;
            }
        }
        drop_marks(paired);
    }

    /// Removes the paired marks, turns the others back into text, and merges what can merge
    /// (not across an image: its position counts spans).
    void drop_marks(const std::vector<bool>& paired) {
        std::vector<doc::Span> spans;
        std::vector<std::size_t> kept_before(out_.spans.size() + 1, 0);
        for (std::size_t i = 0; i < out_.spans.size(); ++i) {
            doc::Span& span = out_.spans[i];
            if (!paired[i]) {
                if (span.token == doc::Token::Punct) span.token = doc::Token::Text;
                if (out_.images.empty()) append_span(spans, std::move(span));
                else spans.push_back(std::move(span));
            }
            kept_before[i + 1] = spans.size();
        }
        for (ImageRef& image : out_.images) image.at = kept_before[image.at];
        out_.spans = std::move(spans);
    }

    void add_break() {
        doc::Span br;
        br.hard_break = true;
        target().push_back(br);
        if (image_depth_ == 0) barrier_ = false;
    }

    void add_html(const std::string& literal, cmark_node* node) {
        if (!names_html_element(literal)) {  // `List<T>`: a type in prose, shown as written
            add_text(literal, doc::Plain);
            return;
        }
        if (literal.starts_with("<!--")) return;  // a closed comment: a note to the author, hidden like a block one
        if (out_.first_html.empty()) {
            out_.first_html = literal;
            out_.first_html_line = cmark_node_get_start_line(node);
            out_.first_html_column = cmark_node_get_start_column(node);
        }
        if (std::string cdata; parse_cdata(literal, cdata) == literal.size()) {  // text, not markup
            add_text(std::move(cdata), doc::Plain);
            return;
        }
        HtmlTag tag;
        if (parse_html_tag(literal, tag) == 0 || tag.comment) return;
        if (tag.name == "br") add_break();
        else html_.apply(tag);
    }

    void on_link(bool enter, cmark_node* node) {
        if (!enter) {
            links_.pop_back();
            return;
        }
        std::string url = cmark_node_get_url(node) != nullptr ? cmark_node_get_url(node) : "";
        unmark_notes(url);
        const bool in_page = url.starts_with('#');
        if (in_page)
            out_.page_links.push_back({url, cmark_node_get_start_line(node), cmark_node_get_start_column(node)});
        links_.push_back(in_page ? "" : url);
    }

    void on_image(bool enter, cmark_node* node) {
        if (!enter) {
            --image_depth_;
            return;
        }
        if (image_depth_++ > 0) return;  // an image inside alt text: only its text counts
        ImageRef ref;
        ref.at = out_.spans.size();
        const char* url = cmark_node_get_url(node);
        ref.url = url != nullptr ? url : "";
        unmark_notes(ref.url);
        ref.line = cmark_node_get_start_line(node);
        ref.column = cmark_node_get_start_column(node);
        out_.images.push_back(std::move(ref));
        barrier_ = true;
    }

    InlineContent out_;
    int strong_ = 0;
    int emph_ = 0;
    int image_depth_ = 0;
    bool barrier_ = false;
    std::vector<std::string> links_;
    struct TildeMark {
        std::size_t index;  ///< of its span
        bool can_open, can_close;
    };
    std::vector<TildeMark> tildes_;
    HtmlStyle html_;
};

/// A pipe table (which CommonMark does not know): two or more lines, each starting with '|'.
bool looks_like_table(const std::vector<doc::Span>& spans) {
    std::string text;
    for (const doc::Span& s : spans) text += s.hard_break ? std::string(1, kSoftBreak) : s.text;
    if (text.find(kSoftBreak) == std::string::npos) return false;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t first = text.find_first_not_of(' ', start);
        if (first == std::string::npos || text[first] != '|') return false;
        const std::size_t eol = text.find(kSoftBreak, start);
        if (eol == std::string::npos) break;
        start = eol + 1;
    }
    return true;
}

/// Soft breaks become spaces (in place, so image positions stay valid).
void soft_breaks_to_spaces(std::vector<doc::Span>& spans) {
    for (doc::Span& span : spans)
        for (char& c : span.text)
            if (c == kSoftBreak) c = ' ';
}

/// Soft breaks become hard breaks, so that the rows of a pipe table stay rows.
void soft_breaks_to_hard_breaks(std::vector<doc::Span>& spans) {
    std::vector<doc::Span> out;
    for (doc::Span& span : spans) {
        std::size_t from = 0;
        for (std::size_t at; !span.hard_break &&
                             (at = span.text.find(kSoftBreak, from)) != std::string::npos;
             from = at + 1) {
            doc::Span piece = span;
            piece.text = span.text.substr(from, at - from);
            if (!piece.text.empty()) out.push_back(std::move(piece));
            out.push_back(doc::Span{"", doc::Plain, doc::Token::Text, "", true});
        }
        span.text.erase(0, from);
        if (span.hard_break || !span.text.empty()) out.push_back(std::move(span));
    }
    spans = std::move(out);
}

}  // namespace

InlineContent collect_inlines(cmark_iter* iter, cmark_node* container) {
    Collector collector;
    cmark_event_type event;
    while ((event = cmark_iter_next(iter)) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter);
        if (node == container && event == CMARK_EVENT_EXIT) break;
        collector.on_event(event, node);
    }
    InlineContent content = collector.take();
    if (content.images.empty() && looks_like_table(content.spans)) {
        soft_breaks_to_hard_breaks(content.spans);
    } else {
        soft_breaks_to_spaces(content.spans);
        for (ImageRef& image : content.images) soft_breaks_to_spaces(image.alt);
    }
    return content;
}

std::string page_link_message(const std::string& url) {
    return fmt::format("link to '{}' shown as plain text: in-page links have no target in the PDF", url);
}

std::vector<doc::Span> images_as_alt_text(const InlineContent& content) {
    std::vector<doc::Span> out;
    std::size_t next_image = 0;
    for (std::size_t i = 0; i <= content.spans.size(); ++i) {
        for (; next_image < content.images.size() && content.images[next_image].at == i;
             ++next_image)
            for (const doc::Span& s : content.images[next_image].alt) append_span(out, s);
        if (i < content.spans.size()) append_span(out, content.spans[i]);
    }
    return out;
}

}  // namespace deckpress::markdown::detail
