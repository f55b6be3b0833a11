// text: setting one source line of code, wrapped with a hanging continuation mark.
#include <algorithm>

#include "core/utf8.hpp"
#include "text/compose.hpp"
#include "text/glyphs.hpp"
#include "text/paragraph.hpp"

namespace deckpress::text {
namespace {

constexpr int kTabStop = 4;  ///< tabs become spaces up to the next multiple of 4 columns
/// A preferred break is taken only if the line keeps at least this share of its room;
/// otherwise the line is filled and broken at any character.
constexpr double kMinFill = 0.5;
constexpr double kEpsilon = 1e-6;

/// A character of the code line, from span `span`.
struct CodeChar {
    int span;
    detail::Glyph glyph;
    double width;
};

/// Breaking after these keeps tokens whole: whitespace, operators, separators, brackets.
bool preferred_break_after(char32_t cp) {
    if (cp == ' ') return true;
    if (cp >= 0x80 || cp == '"' || cp == '\'' || cp == '`') return false;
    return (cp >= '!' && cp <= '/') || (cp >= ':' && cp <= '@') || (cp >= '[' && cp <= '^') ||
           (cp >= '{' && cp <= '~');
}

std::string expand_tabs(const std::string& text, int& column) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        std::size_t start = i;
        char32_t cp = next_codepoint(text, i);
        if (cp == '\t') {
            do out += ' ';
            while (++column % kTabStop != 0);
        } else {
            out.append(text, start, i - start);
            ++column;
        }
    }
    return out;
}

class CodeSetter {
public:
    CodeSetter(const Typesetter& ts, const std::vector<doc::Span>& spans, const Styler& styler,
               const TextSource& source);
    std::vector<Line> set(double width, double hang_indent, const std::string& mark);

private:
    /// End of the next line starting at `pos` with `room` points.
    std::size_t line_end(std::size_t pos, double room) const;
    /// Whether a line may end after character `i` without cutting a token: after a space, or
    /// after the last of a run of punctuation that ends a word ("url(", "a->", "x.", "},"),
    /// never inside "--" or after a run that starts one ("--flag", " = ", " (").
    bool preferred_end(std::size_t i) const;
    Line draw(std::size_t from, std::size_t to, double x, bool continued) const;
    /// Adds the continuation mark and the room after it up to where the text starts.
    void draw_mark(detail::LineBuilder& lb, double x) const;
    /// End of the piece starting at `i` that is drawn as one run: characters of one span and
    /// font whose bytes follow each other.
    std::size_t run_end(std::size_t i, std::size_t to) const;

    const Typesetter& ts_;
    std::vector<std::string> texts_;  ///< span texts, tabs expanded
    std::vector<Look> looks_;
    std::vector<std::string> links_;
    std::vector<CodeChar> chars_;
    Look mark_look_;
    std::string mark_;
    double mark_width_ = 0;
};

CodeSetter::CodeSetter(const Typesetter& ts, const std::vector<doc::Span>& spans,
                       const Styler& styler, const TextSource& source)
    : ts_(ts) {
    mark_look_ = styler(doc::Span{"", doc::Code, doc::Token::Punct, "", false});
    std::vector<detail::Glyph> glyphs;
    int column = 0;
    for (const doc::Span& span : spans) {
        if (span.hard_break) continue;
        int s = static_cast<int>(texts_.size());
        texts_.push_back(expand_tabs(span.text, column));
        looks_.push_back(styler(span));
        links_.push_back(span.link);
        detail::decode(ts, looks_.back(), texts_.back(), &source, glyphs);
        for (const detail::Glyph& g : glyphs)
            chars_.push_back({s, g, detail::to_points(g.units, looks_.back().size)});
    }
}

std::size_t CodeSetter::line_end(std::size_t pos, double room) const {
    std::size_t end = pos;
    double used = 0;
    while (end < chars_.size() && used + chars_[end].width <= room + kEpsilon) used += chars_[end++].width;
    if (end == chars_.size()) return end;
    if (end == pos) return pos + 1;  // one character wider than the room: nothing else to do
    double fill = 0;
    std::size_t best = end;
    for (std::size_t i = pos; i < end; ++i) {
        fill += chars_[i].width;
        if (fill >= kMinFill * room && preferred_end(i)) best = i + 1;
    }
    return best;
}

bool CodeSetter::preferred_end(std::size_t i) const {
    const auto cp = [&](std::size_t k) { return chars_[k].glyph.cp; };
    const auto punctuation = [&](std::size_t k) { return cp(k) != ' ' && preferred_break_after(cp(k)); };
    if (cp(i) == ' ') return true;
    if (!punctuation(i) || (i + 1 < chars_.size() && punctuation(i + 1))) return false;
    std::size_t first = i;
    while (first > 0 && punctuation(first - 1)) --first;
    return first > 0 && cp(first - 1) != ' ';
}

void CodeSetter::draw_mark(detail::LineBuilder& lb, double x) const {
    std::vector<detail::Glyph> glyphs;
    detail::decode(ts_, mark_look_, mark_, nullptr, glyphs);
    for (const detail::Glyph& g : glyphs)
        if (g.font >= 0)
            lb.add(g.font, mark_look_, "", std::string_view(mark_).substr(
                       static_cast<std::size_t>(g.begin), static_cast<std::size_t>(g.end - g.begin)),
                   detail::to_points(g.units, mark_look_.size));
    lb.skip(x + mark_width_ - lb.x());
}

std::size_t CodeSetter::run_end(std::size_t i, std::size_t to) const {
    const CodeChar& first = chars_[i];
    std::size_t j = i + 1;
    while (j < to && chars_[j].span == first.span && chars_[j].glyph.font == first.glyph.font &&
           chars_[j].glyph.begin == chars_[j - 1].glyph.end)
        ++j;
    return j;
}

Line CodeSetter::draw(std::size_t from, std::size_t to, double x, bool continued) const {
    detail::LineBuilder lb(*ts_.fonts, x);
    if (continued) draw_mark(lb, x);
    for (std::size_t i = from; i < to;) {
        const CodeChar& first = chars_[i];
        std::size_t j = run_end(i, to);
        double width = first.width;
        for (std::size_t k = i + 1; k < j; ++k) width += chars_[k].width;
        if (first.glyph.font >= 0) {
            const std::string& text = texts_[static_cast<std::size_t>(first.span)];
            std::string_view piece(text.data() + first.glyph.begin,
                                   static_cast<std::size_t>(chars_[j - 1].glyph.end - first.glyph.begin));
            lb.add(first.glyph.font, looks_[static_cast<std::size_t>(first.span)],
                   links_[static_cast<std::size_t>(first.span)], piece, width);
        }
        i = j;
    }
    const Look& extent_look = looks_.empty() ? mark_look_ : looks_.front();
    return lb.finish(detail::look_extent(ts_, extent_look));
}

std::vector<Line> CodeSetter::set(double width, double hang_indent, const std::string& mark) {
    mark_ = mark;
    mark_width_ = measure(ts_, mark_, mark_look_);
    // A hang that leaves continuation lines less than half the width is dropped.
    if (hang_indent + mark_width_ > width / 2) hang_indent = 0;
    std::vector<Line> lines;
    std::size_t pos = 0;
    do {
        bool continued = !lines.empty();
        double x = continued ? hang_indent : 0;
        double room = width - x - (continued ? mark_width_ : 0);
        std::size_t end = line_end(pos, room);
        lines.push_back(draw(pos, end, x, continued));
        pos = end;
    } while (pos < chars_.size());
    return lines;
}

}  // namespace

std::vector<Line> set_code_line(const Typesetter& ts, const std::vector<doc::Span>& spans,
                                const Styler& styler, double width, double hang_indent,
                                const std::string& continuation_mark, const TextSource& source) {
    std::vector<doc::Span> storage;
    CodeSetter setter(ts, detail::composed(spans, storage), styler, source);
    return setter.set(width, hang_indent, continuation_mark);
}

}  // namespace deckpress::text
