// markdown: owning wrappers around a cmark document tree and its iterator.
#pragma once

#include <string_view>

struct cmark_node;  // from cmark.h, which only the markdown .cpp files include
struct cmark_iter;

namespace deckpress::markdown::detail {

/// A parsed CommonMark document (invalid UTF-8 replaced by U+FFFD first); freed on scope exit.
class CmarkDoc {
public:
    explicit CmarkDoc(std::string_view text);
    ~CmarkDoc();
    CmarkDoc(const CmarkDoc&) = delete;
    CmarkDoc& operator=(const CmarkDoc&) = delete;
    cmark_node* get() const { return root_; }

private:
    cmark_node* root_;
};

/// An ENTER/EXIT iterator over a cmark tree; freed on scope exit.
class CmarkIter {
public:
    explicit CmarkIter(cmark_node* root);
    ~CmarkIter();
    CmarkIter(const CmarkIter&) = delete;
    CmarkIter& operator=(const CmarkIter&) = delete;
    cmark_iter* get() const { return iter_; }

private:
    cmark_iter* iter_;
};

}  // namespace deckpress::markdown::detail
