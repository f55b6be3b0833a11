// doc: helpers over the document model.
#include "doc/model.hpp"

#include <algorithm>

#include "core/utf8.hpp"

namespace deckpress::doc {

namespace {

/// Spaces of every width, zero-width characters, the soft hyphen and the byte-order mark.
bool blank_char(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0xAD || cp == 0x1680 ||
           (cp >= 0x2000 && cp <= 0x200F) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
           cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF;
}

bool shows(const Block& b) {
    switch (b.kind) {
    case BlockKind::Paragraph:
    case BlockKind::Heading:
    case BlockKind::TableCell: return shows_text(b.spans);
    case BlockKind::Code:
        return std::any_of(b.lines.begin(), b.lines.end(), [](const auto& line) { return shows_text(line); });
    case BlockKind::Image: return true;
    case BlockKind::Rule: return false;
    default: return shows_anything(b.children);  // lists, items, quotes, tables, rows
    }
}

}  // namespace

bool shows_text(const std::vector<Span>& spans) {
    for (const Span& s : spans) {
        bool shown = false;
        for_each_codepoint(s.text, [&](char32_t cp) { shown = shown || !blank_char(cp); });
        if (shown) return true;
    }
    return false;
}

bool shows_anything(const Blocks& blocks) {
    return std::any_of(blocks.begin(), blocks.end(), [](const Block& b) { return shows(b); });
}

std::string plain_text(const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans)
        if (s.note == 0) out += s.hard_break ? std::string("\n") : s.text;
    return out;
}

}  // namespace deckpress::doc
