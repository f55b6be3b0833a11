// markdown: collects the inline content of one cmark paragraph or heading into styled spans.
#pragma once

#include <string>
#include <vector>

#include "doc/model.hpp"

struct cmark_node;  // from cmark.h, which only the markdown .cpp files include
struct cmark_iter;

namespace deckpress::markdown::detail {

/// An image met among inlines: it sits between spans[at - 1] and spans[at].
struct ImageRef {
    std::size_t at = 0;
    std::string url;
    std::vector<doc::Span> alt;
    int line = 0;  ///< cmark position of the image (0 when unknown)
    int column = 0;
};

/// A link to "#anchor": a PDF has no place a Markdown link could name, so its text is kept
/// without the link.
struct PageLinkRef {
    std::string url;
    int line = 0;  ///< cmark position of the link (0 when unknown)
    int column = 0;
};

struct InlineContent {
    std::vector<doc::Span> spans;
    std::vector<ImageRef> images;
    std::vector<PageLinkRef> page_links;
    std::string first_html;  ///< the first inline HTML tag met ("" when none)
    int first_html_line = 0;  ///< cmark position of that tag (0 when unknown)
    int first_html_column = 0;
    int line_ends = 0;       ///< soft and hard line breaks: the container has line_ends + 1 lines
};

/// Consumes `iter` events up to and including the EXIT of `container` (whose ENTER was just
/// returned) and collects its inlines: emphasis/strong/code/link become style bits, a soft
/// break a space, a hard break (or `<br>`) a hard-break span, other inline HTML tags vanish
/// (b/i/code tags still style the text). Iterative: deep inline nesting cannot overflow.
InlineContent collect_inlines(cmark_iter* iter, cmark_node* container);

/// The warning for an in-page link to `url` ("#anchor"), whose text is kept without the link.
std::string page_link_message(const std::string& url);

/// The spans with every image replaced by its alt text (where images cannot be blocks).
std::vector<doc::Span> images_as_alt_text(const InlineContent& content);

}  // namespace deckpress::markdown::detail
