// text: a letter and its combining marks composed into one precomposed character.
#include "text/compose.hpp"

#include <hb.h>

#include "core/utf8.hpp"

namespace deckpress::text::detail {

namespace {

bool combining_mark(char32_t cp) { return cp >= 0x300 && cp <= 0x36F; }

/// Whether `text` may hold a mark of U+0300..U+036F (UTF-8 lead bytes 0xCC, 0xCD).
bool may_have_marks(std::string_view text) {
    return text.find('\xCC') != std::string_view::npos || text.find('\xCD') != std::string_view::npos;
}

}  // namespace

std::optional<std::string> composed(std::string_view text) {
    if (!may_have_marks(text)) return std::nullopt;
    hb_unicode_funcs_t* unicode = hb_unicode_funcs_get_default();
    std::vector<char32_t> out;
    bool changed = false;
    bool blocked = true;  // no letter yet, or a mark after it that did not compose
    for_each_codepoint(text, [&](char32_t cp) {
        hb_codepoint_t both = 0;
        if (combining_mark(cp) && !blocked && hb_unicode_compose(unicode, out.back(), cp, &both)) {
            out.back() = static_cast<char32_t>(both);
            changed = true;
            return;
        }
        blocked = combining_mark(cp);
        out.push_back(cp);
    });
    if (!changed) return std::nullopt;
    std::string result;
    result.reserve(text.size());
    for (char32_t cp : out) append_utf8(result, cp);
    return result;
}

const std::vector<doc::Span>& composed(const std::vector<doc::Span>& spans, std::vector<doc::Span>& storage) {
    for (std::size_t i = 0; i < spans.size(); ++i) {
        std::optional<std::string> text = composed(spans[i].text);
        if (!text) continue;
        if (storage.empty()) storage = spans;
        storage[i].text = std::move(*text);
    }
    return storage.empty() ? spans : storage;
}

}  // namespace deckpress::text::detail
