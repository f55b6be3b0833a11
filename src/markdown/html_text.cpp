// markdown: HTML rendered as its text content (tags stripped, entities decoded).
#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <utility>

#include "core/utf8.hpp"
#include "markdown/internal.hpp"

namespace deckpress::markdown::detail {
namespace {

/// Named entities common in hand-written Markdown; anything else stays as written.
constexpr std::array<std::pair<std::string_view, std::string_view>, 28> kEntities{{
    {"amp", "&"},          {"lt", "<"},           {"gt", ">"},           {"quot", "\""},
    {"apos", "'"},         {"nbsp", "\u00A0"},    {"copy", "\u00A9"},    {"reg", "\u00AE"},
    {"trade", "\u2122"},   {"mdash", "\u2014"},   {"ndash", "\u2013"},   {"hellip", "\u2026"},
    {"laquo", "\u00AB"},   {"raquo", "\u00BB"},   {"lsquo", "\u2018"},   {"rsquo", "\u2019"},
    {"ldquo", "\u201C"},   {"rdquo", "\u201D"},   {"times", "\u00D7"},   {"middot", "\u00B7"},
    {"bull", "\u2022"},    {"rarr", "\u2192"},    {"larr", "\u2190"},    {"euro", "\u20AC"},
    {"deg", "\u00B0"},     {"le", "\u2264"},      {"ge", "\u2265"},      {"ne", "\u2260"},
}};

/// The elements of HTML (and a few obsolete ones still written), sorted.
constexpr std::array<std::string_view, 125> kElements{
    "a", "abbr", "acronym", "address", "area", "article", "aside", "audio",
    "b", "base", "bdi", "bdo", "big", "blink", "blockquote", "body",
    "br", "button", "canvas", "caption", "center", "cite", "code", "col",
    "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog",
    "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure",
    "font", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe",
    "img", "input", "ins", "kbd", "label", "legend", "li", "link",
    "main", "map", "mark", "marquee", "math", "menu", "meta", "meter",
    "nav", "nobr", "noscript", "object", "ol", "optgroup", "option", "output",
    "p", "param", "picture", "pre", "progress", "q", "rp", "rt",
    "ruby", "s", "samp", "script", "search", "section", "select", "slot",
    "small", "source", "span", "strike", "strong", "style", "sub", "summary",
    "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot",
    "th", "thead", "time", "title", "tr", "track", "tt", "u",
    "ul", "var", "video", "wbr", "xmp"};

/// Tags whose boundaries separate lines of text (rendered as a hard break).
constexpr std::array<std::string_view, 24> kBlockTags{
    "p",  "div", "li", "ul",    "ol",         "tr",     "table",   "h1",
    "h2", "h3",  "h4", "h5",    "h6",         "pre",    "hr",      "dt",
    "dd", "dl",  "br", "section", "blockquote", "header", "footer", "article"};

void append_checked(std::uint32_t cp, std::string& out) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    append_utf8(out, cp);
}

std::size_t decode_numeric(std::string_view text, std::string& out) {
    const bool hex = text.size() > 2 && (text[2] == 'x' || text[2] == 'X');
    std::size_t i = hex ? 3 : 2;
    std::uint32_t cp = 0;
    const std::size_t first = i;
    for (; i < text.size() && i - first < 7; ++i) {
        const char c = text[i];
        int digit = -1;
        if (c >= '0' && c <= '9') digit = c - '0';
        else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
        else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
        if (digit < 0) break;
        cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(digit);
    }
    if (i == first || i >= text.size() || text[i] != ';') return 0;
    append_checked(cp, out);
    return i + 1;
}

bool is_block_tag(std::string_view name) {
    return std::find(kBlockTags.begin(), kBlockTags.end(), name) != kBlockTags.end();
}

/// Whether `name` is all lower case or all capitals (a tag as HTML is written), not `String`.
bool single_case(std::string_view name) {
    const auto has = [&](int (*test)(int)) {
        return std::any_of(name.begin(), name.end(), [&](char c) { return test(static_cast<unsigned char>(c)) != 0; });
    };
    return !(has(std::isupper) && has(std::islower));
}

/// Emits collected text (whitespace already collapsed) as a span in the current style.
struct TextSink {
    std::vector<doc::Span> spans;
    std::string pending;
    HtmlStyle style;

    void flush() {
        doc::Span span;
        span.text = std::move(pending);
        span.style = style.bits();
        append_span(spans, std::move(span));
        pending.clear();
    }
    void add_char(char c) {
        const bool space = std::isspace(static_cast<unsigned char>(c)) != 0;
        if (!space) {
            pending += c;
            return;
        }
        const bool last_space = !pending.empty() ? pending.back() == ' '
                                : !spans.empty() && !spans.back().hard_break &&
                                      !spans.back().text.empty() && spans.back().text.back() == ' ';
        if (!last_space) pending += ' ';
    }
    /// " | " before a table cell that is not the first of its row (cells ran together).
    void cell_separator() {
        const bool row_has_text = pending.find_first_not_of(' ') != std::string::npos ||
                                  (!spans.empty() && !spans.back().hard_break);
        if (!row_has_text) return;
        const bool after_space = !pending.empty() ? pending.back() == ' '
                                                  : !spans.back().text.empty() && spans.back().text.back() == ' ';
        pending += after_space ? "| " : " | ";
    }
    void hard_break() {
        flush();
        doc::Span br;
        br.hard_break = true;
        spans.push_back(br);
    }
};

/// Skips the content of elements that are not text (`<script>`, `<style>`) up to their end tag.
std::size_t skip_raw_element(std::string_view html, std::size_t from, std::string_view name) {
    for (std::size_t i = from; (i = html.find("</", i)) != std::string_view::npos; i += 2) {
        HtmlTag tag;
        const std::size_t len = parse_html_tag(html.substr(i), tag);
        if (len > 0 && tag.closing && tag.name == name) return i + len;
    }
    return html.size();
}

}  // namespace

std::size_t parse_html_tag(std::string_view html, HtmlTag& tag) {
    tag = HtmlTag{};
    if (html.size() < 2 || html[0] != '<') return 0;
    if (html.substr(0, 4) == "<!--") {
        const std::size_t end = html.find("-->", 4);
        tag.comment = true;
        return end == std::string_view::npos ? html.size() : end + 3;
    }
    std::size_t i = 1;
    if (html[i] == '!' || html[i] == '?') tag.comment = true;
    else if (html[i] == '/') tag.closing = true, ++i;
    if (!tag.comment && (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))))
        return 0;
    while (!tag.comment && i < html.size() &&
           (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-'))
        tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    char quote = 0;  // attribute values may contain '>'
    for (; i < html.size(); ++i) {
        if (quote != 0) {
            if (html[i] == quote) quote = 0;
        } else if (html[i] == '"' || html[i] == '\'') {
            quote = html[i];
        } else if (html[i] == '>') {
            return i + 1;
        }
    }
    return 0;  // unterminated: not a tag, its '<' is text
}

bool names_html_element(std::string_view tag_text) {
    HtmlTag tag;
    if (parse_html_tag(tag_text, tag) != tag_text.size() || tag.comment) return true;
    const std::size_t name_at = tag.closing ? 2 : 1;
    if (!single_case(tag_text.substr(name_at, tag.name.size()))) return false;
    return tag.name.find('-') != std::string::npos ||  // a custom element
           std::binary_search(kElements.begin(), kElements.end(), std::string_view(tag.name));
}

std::size_t parse_cdata(std::string_view html, std::string& text) {
    constexpr std::string_view open = "<![CDATA[";
    if (!html.starts_with(open)) return 0;
    const std::size_t end = html.find("]]>", open.size());
    if (end == std::string_view::npos) return 0;
    text = html.substr(open.size(), end - open.size());
    return end + 3;
}

std::size_t decode_entity(std::string_view text, std::string& out) {
    if (text.size() < 3 || text[0] != '&') return 0;
    if (text[1] == '#') return decode_numeric(text, out);
    const std::size_t semi = text.find(';');
    if (semi == std::string_view::npos || semi > 10) return 0;
    const std::string_view name = text.substr(1, semi - 1);
    for (const auto& [entity, value] : kEntities) {
        if (entity == name) {
            out += value;
            return semi + 1;
        }
    }
    return 0;
}

bool HtmlStyle::apply(const HtmlTag& tag) {
    const int delta = tag.closing ? -1 : 1;
    const auto bump = [&](int& counter) { counter = std::max(0, counter + delta); };
    const std::string& n = tag.name;
    if (n == "b" || n == "strong") bump(bold);
    else if (n == "i" || n == "em") bump(italic);
    else if (n == "code" || n == "kbd" || n == "tt" || n == "samp") bump(code);
    else if (n == "s" || n == "del" || n == "strike") bump(strike);
    else if (n == "sup") bump(sup);
    else if (n == "sub") bump(sub);
    else return false;
    return true;
}

std::uint8_t HtmlStyle::bits() const {
    std::uint8_t bits = doc::Plain;
    if (bold > 0) bits |= doc::Bold;
    if (italic > 0) bits |= doc::Italic;
    if (code > 0) bits |= doc::Code;
    if (strike > 0) bits |= doc::Strike;
    if (sup > 0) bits |= doc::Super;
    else if (sub > 0) bits |= doc::Sub;
    return bits;
}

namespace {

/// Applies a tag that ends at `after` to the text: a script or style element is skipped, a
/// block tag breaks the line, a table cell adds a separator, an inline tag changes the style
/// (comments and spans do nothing). Returns where the text goes on.
std::size_t apply_tag(const HtmlTag& tag, std::string_view html, std::size_t after, TextSink& sink) {
    if (tag.comment) return after;
    if (!tag.closing && (tag.name == "script" || tag.name == "style")) return skip_raw_element(html, after, tag.name);
    if (is_block_tag(tag.name)) {
        sink.hard_break();
    } else if (!tag.closing && (tag.name == "td" || tag.name == "th")) {
        sink.cell_separator();
    } else if (tag.name != "span") {
        sink.flush();
        sink.style.apply(tag);
    }
    return after;
}

}  // namespace

std::vector<doc::Span> html_block_text(std::string_view html) {
    TextSink sink;
    for (std::size_t i = 0; i < html.size();) {
        HtmlTag tag;
        std::string cdata;
        if (const std::size_t len = parse_cdata(html.substr(i), cdata)) {
            for (char c : cdata) sink.add_char(c);
            i += len;
            continue;
        }
        if (html[i] == '<') {
            if (const std::size_t len = parse_html_tag(html.substr(i), tag)) {
                i = apply_tag(tag, html, i + len, sink);
                continue;
            }
        }
        if (html[i] == '&') {
            if (const std::size_t len = decode_entity(html.substr(i), sink.pending)) {
                i += len;
                continue;
            }
        }
        sink.add_char(html[i++]);
    }
    sink.flush();
    trim_spans(sink.spans);
    return sink.spans;
}

}  // namespace deckpress::markdown::detail
