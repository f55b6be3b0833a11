// markdown: the source lines of a parsed text, to read a paragraph's lines as they were written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "markdown/tables.hpp"

struct cmark_node;  // from cmark.h, which only the markdown .cpp files include

namespace deckpress::markdown::detail {

/// The lines of the text cmark parsed (indexed on first use: most texts have no table).
class SourceLines {
public:
    explicit SourceLines(std::string_view text) : text_(text) {}

    /// The `count` lines of paragraph `node`, each without its quote markers, indentation
    /// and trailing whitespace; empty when they cannot be found.
    std::vector<ParagraphLine> paragraph_lines(cmark_node* node, int count);

private:
    std::string_view line(int number);  ///< 1-based; "" past the end

    std::string_view text_;
    std::string clean_;                   ///< text_ as cmark read it (invalid UTF-8 replaced)
    std::vector<std::string_view> lines_;
    bool indexed_ = false;
};

}  // namespace deckpress::markdown::detail
