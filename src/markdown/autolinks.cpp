// markdown: bare web addresses in text (GitHub's extended autolinks), made into links.
#include "markdown/autolinks.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include "core/ascii.hpp"
#include "markdown/footnotes.hpp"

namespace deckpress::markdown::detail {
namespace {

constexpr std::array<std::string_view, 3> kStarts{"https://", "http://", "www."};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/// Whether an address may start at `at`: the text's start, or after a space or `*_~(`.
bool may_start(std::string_view text, std::size_t at) {
    if (at == 0) return true;
    const char before = text[at - 1];
    return is_space(before) || before == '*' || before == '_' || before == '~' || before == '(';
}

/// Whether a footnote reference `[^label]` (marked by the footnote cut) starts at `at`.
bool note_at(std::string_view text, std::size_t at) {
    return text[at] == '[' && at + 1 < text.size() && text[at + 1] == kNoteMark;
}

/// The length of the prefix (`https://`, `http://`, `www.`) at `at`, case-insensitively; 0 when none.
std::size_t prefix_at(std::string_view text, std::size_t at) {
    for (std::string_view start : kStarts)
        if (text.size() - at > start.size() && ascii_lower(text.substr(at, start.size())) == start)
            return start.size();
    return 0;
}

/// The end of a valid domain starting at `at`: labels of letters, digits, '-' and '_' separated
/// by '.', no '_' in the last two, at least one '.' when `needs_dot`. `at` when there is none.
std::size_t domain_end(std::string_view text, std::size_t at, bool needs_dot) {
    std::vector<bool> underscores{false};  // per label
    std::size_t i = at;
    for (; i < text.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c == '.' && i > at && text[i - 1] != '.' && i + 1 < text.size()) underscores.push_back(false);
        else if (std::isalnum(c) || c == '-' || c == '_' || c >= 0x80) underscores.back() = underscores.back() || c == '_';
        else break;
    }
    if (i > at && text[i - 1] == '.') {  // a full stop ends the sentence, not the domain
        --i;
        underscores.pop_back();
    }
    const std::size_t labels = underscores.size();
    const bool underscore_near_end = underscores[labels - 1] || (labels > 1 && underscores[labels - 2]);
    if (i == at || (needs_dot && labels < 2) || underscore_near_end) return at;
    return i;
}

/// `end` moved back over trailing punctuation, unmatched ')' and an entity-like `&name;`.
std::size_t trim_end(std::string_view text, std::size_t begin, std::size_t end) {
    for (bool trimmed = true; trimmed && end > begin;) {
        trimmed = false;
        const char last = text[end - 1];
        const std::string_view link = text.substr(begin, end - begin);
        if (std::string_view("?!.,:*_~'\"").find(last) != std::string_view::npos) {
            --end, trimmed = true;
        } else if (last == ')' && std::count(link.begin(), link.end(), ')') > std::count(link.begin(), link.end(), '(')) {
            --end, trimmed = true;
        } else if (last == ';') {
            std::size_t amp = end - 1;
            while (amp > begin && std::isalnum(static_cast<unsigned char>(text[amp - 1]))) --amp;
            if (amp > begin && text[amp - 1] == '&' && amp < end - 1) end = amp - 1, trimmed = true;
        }
    }
    return end;
}

}  // namespace

std::vector<Autolink> find_autolinks(std::string_view text) {
    std::vector<Autolink> links;
    for (std::size_t at = 0; at < text.size(); ++at) {
        const char c = text[at];
        if (c != 'h' && c != 'H' && c != 'w' && c != 'W') continue;
        const std::size_t prefix = may_start(text, at) ? prefix_at(text, at) : 0;
        if (prefix == 0) continue;
        const bool www = prefix == 4;
        const std::size_t domain = domain_end(text, at + prefix, www);
        if (domain == at + prefix) continue;
        std::size_t end = domain;
        while (end < text.size() && !is_space(text[end]) && text[end] != '<' && !note_at(text, end)) ++end;
        end = trim_end(text, at, end);
        if (end <= at + prefix) continue;
        links.push_back({at, end});
        at = end - 1;
    }
    return links;
}

std::string autolink_url(std::string_view address) {
    if (ascii_lower(address.substr(0, 4)) == "www.") return "http://" + std::string(address);
    return std::string(address);
}

}  // namespace deckpress::markdown::detail
