// markdown: UTF-8 repair, tab expansion, span merging and source locations.
#include <fmt/format.h>

#include <algorithm>

#include "core/utf8.hpp"
#include "markdown/internal.hpp"

namespace deckpress::markdown::detail {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

/// Length of the valid UTF-8 sequence at `s[i]`, or 0 when the bytes there are invalid
/// (overlong forms, surrogates and code points above U+10FFFF are invalid, RFC 3629).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return b0 == 0 ? 0 : 1;
    std::size_t len = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) len = 2;
    else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else return 0;
    if (i + len > s.size()) return 0;
    if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < len; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return len;
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n'; }

bool same_look(const doc::Span& a, const doc::Span& b) {
    return !a.hard_break && !b.hard_break && a.style == b.style && a.token == b.token &&
           a.link == b.link && a.note == b.note;
}

void trim_front(std::string& s) {
    std::size_t n = 0;
    while (n < s.size() && is_space(s[n])) ++n;
    s.erase(0, n);
}

void trim_back(std::string& s) {
    while (!s.empty() && is_space(s.back())) s.pop_back();
}

}  // namespace

std::string sanitize_utf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t run = 0;  // start of the current run of valid bytes, copied in one go
    for (std::size_t i = skip_plain_ascii(text, 0); i < text.size(); i = skip_plain_ascii(text, i)) {
        const std::size_t len = valid_sequence_length(text, i);
        if (len > 0) {
            i += len;
            continue;
        }
        out.append(text.data() + run, i - run);
        out += kReplacement;
        run = ++i;
    }
    out.append(text.data() + run, text.size() - run);
    return out;
}

std::string expand_tabs(std::string_view text) {
    constexpr int kTabWidth = 4;  // the brief's convention for code blocks
    std::string out;
    out.reserve(text.size());
    int column = 0;
    for (char c : text) {
        if (c == '\t') {
            const int spaces = kTabWidth - column % kTabWidth;
            out.append(static_cast<std::size_t>(spaces), ' ');
            column += spaces;
            continue;
        }
        out += c;
        if (c == '\n') column = 0;
        else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++column;  // count code points
    }
    return out;
}

void append_span(std::vector<doc::Span>& spans, doc::Span span) {
    if (!span.hard_break && span.text.empty()) return;
    if (!spans.empty() && same_look(spans.back(), span)) {
        spans.back().text += span.text;
        return;
    }
    spans.push_back(std::move(span));
}

void trim_spans(std::vector<doc::Span>& spans) {
    for (std::size_t i = 0; i < spans.size(); ++i) {
        if (spans[i].hard_break) continue;
        const bool after_break = i == 0 || spans[i - 1].hard_break;
        const bool before_break = i + 1 == spans.size() || spans[i + 1].hard_break;
        // Code spans keep their spaces: they are significant there.
        if (spans[i].style & doc::Code) continue;
        if (after_break) trim_front(spans[i].text);
        if (before_break) trim_back(spans[i].text);
    }
    std::vector<doc::Span> kept;
    for (doc::Span& s : spans) {
        if (!s.hard_break && s.text.empty()) continue;
        if (s.hard_break && (kept.empty() || kept.back().hard_break)) continue;
        kept.push_back(std::move(s));
    }
    while (!kept.empty() && kept.back().hard_break) kept.pop_back();
    spans = std::move(kept);
}

SourceLoc file_loc(const Context& ctx, int line, int column) {
    SourceLoc loc;
    loc.file = ctx.origin.file;
    if (line <= 0) return loc;
    if (ctx.map != nullptr && ctx.origin.line > 0) return locate(*ctx.map, ctx.origin, line, column);
    loc.line = ctx.origin.line > 0 ? ctx.origin.line + line - 1 : line;
    // A YAML block scalar is indented uniformly, so the origin's column shifts every line.
    loc.column = column > 0 ? column + (ctx.origin.column > 1 ? ctx.origin.column - 1 : 0) : 0;
    return loc;
}

SourceLoc inline_loc(const Context& ctx, std::string_view text, int line, int column, std::string_view marker) {
    if (ctx.map == nullptr || ctx.origin.line <= 0 || line <= 0 || column <= 0) return file_loc(ctx, line, column);
    std::size_t start = 0;
    for (int l = 1; l < line && start != std::string_view::npos; ++l) {
        start = text.find('\n', start);
        if (start != std::string_view::npos) ++start;
    }
    if (start == std::string_view::npos) return ctx.origin;
    std::string_view row = text.substr(start, text.find('\n', start) - start);
    const std::size_t lead = std::min(row.find_first_not_of(' '), row.size());
    if (lead < row.size() && row[lead] == '\t') return ctx.origin;  // cmark counts tabs as columns
    const std::size_t from = static_cast<std::size_t>(column - 1);
    std::size_t found = std::string_view::npos;
    int count = 0;
    for (std::size_t i = from; i <= from + lead && i < row.size(); ++i)
        if (row.substr(i, marker.size()) == marker && count++ == 0) found = i;
    if (count != 1) return ctx.origin;
    return file_loc(ctx, line, static_cast<int>(found) + 1);
}

std::string html_excerpt(std::string_view html) {
    std::string_view first = html.substr(0, html.find('\n'));
    if (first.size() > 40) return std::string(first.substr(0, 40)) + "...";
    return std::string(first);
}

std::string with_subject(const Context& ctx, std::string message) {
    if (ctx.subject.empty()) return message;
    return fmt::format("{} (in {})", message, ctx.subject);
}

}  // namespace deckpress::markdown::detail
