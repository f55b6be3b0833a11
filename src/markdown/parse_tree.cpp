// markdown: owning wrappers around a cmark document tree and its iterator.
#include "markdown/parse_tree.hpp"

#include <new>
#include <string>

#include <cmark.h>

#include "markdown/internal.hpp"

namespace deckpress::markdown::detail {

CmarkDoc::CmarkDoc(std::string_view text) {
    const std::string clean = sanitize_utf8(text);
    // cmark keeps the HTML in its tree whatever the safe/unsafe rendering option says.
    root_ = cmark_parse_document(clean.data(), clean.size(), CMARK_OPT_VALIDATE_UTF8);
    if (root_ == nullptr) throw std::bad_alloc();
    // cmark leaves "https://x.org/a_b" as three text nodes ('_' could have been emphasis);
    // joined, a bare address or a ~~strike~~ mark is found whole in one.
    cmark_consolidate_text_nodes(root_);
}

CmarkDoc::~CmarkDoc() { cmark_node_free(root_); }

CmarkIter::CmarkIter(cmark_node* root) : iter_(cmark_iter_new(root)) {
    if (iter_ == nullptr) throw std::bad_alloc();
}

CmarkIter::~CmarkIter() { cmark_iter_free(iter_); }

}  // namespace deckpress::markdown::detail
