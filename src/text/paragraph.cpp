// text: setting paragraphs from Knuth-Plass breaks, single lines, and measuring text.
#include "text/paragraph.hpp"

#include <algorithm>
#include <optional>

#include "text/collect.hpp"
#include "text/compose.hpp"
#include "text/glyphs.hpp"
#include "text/linebreak.hpp"

namespace deckpress::text {
namespace {

using detail::ItemInfo;

bool forced_break(const BreakItem& item) {
    return item.type == BreakItem::Penalty && item.penalty <= -kInfinity;
}

bool same_attributes(const Look& a, const Look& b) {
    return a.size == b.size && a.color == b.color && a.strike == b.strike && a.rise == b.rise;
}

/// Draws lines of one collected paragraph.
class LineDrawer {
public:
    LineDrawer(const Typesetter& ts, const std::vector<doc::Span>& spans, const detail::Paragraph& p)
        : ts_(ts), spans_(spans), p_(p) {}

    /// The line of items [from, to) broken at `to`, starting at `x0`, glue set at ratio `r`.
    Line draw(int from, int to, double x0, double r) const;
    /// The first item of the line after break `b` (glue and penalties there are discarded).
    int line_start(int b) const;

private:
    const ItemInfo& info(int i) const { return p_.info[static_cast<std::size_t>(i)]; }
    const BreakItem& item(int i) const { return p_.items[static_cast<std::size_t>(i)]; }
    const Look& look(int span) const { return p_.looks[static_cast<std::size_t>(span)]; }
    const std::string& link(int span) const { return spans_[static_cast<std::size_t>(span)].link; }
    bool space_joins(const detail::LineBuilder& lb, int glue, int box) const;
    std::size_t text_bytes(int from, int to) const;
    void add_box(detail::LineBuilder& lb, int i) const;

    const Typesetter& ts_;
    const std::vector<doc::Span>& spans_;
    const detail::Paragraph& p_;
};

int LineDrawer::line_start(int b) const {
    int i = b + 1;
    const int n = static_cast<int>(p_.items.size());
    while (i < n && item(i).type != BreakItem::Box && !forced_break(item(i))) ++i;
    return i;
}

/// A single natural space between two boxes of the same run is drawn as a space character,
/// so extracted text keeps its spaces and the PDF has fewer text objects.
bool LineDrawer::space_joins(const detail::LineBuilder& lb, int glue, int box) const {
    const ItemInfo& g = info(glue);
    const ItemInfo& b = info(box);
    if (g.font != b.font || g.span < 0) return false;
    bool same_span = g.span == b.span;  // most spaces: nothing to compare
    if (!same_span && !(same_attributes(look(g.span), look(b.span)) && link(g.span) == link(b.span)))
        return false;
    return lb.continues(b.font, look(b.span), link(b.span));
}

void LineDrawer::add_box(detail::LineBuilder& lb, int i) const {
    const ItemInfo& b = info(i);
    const std::string& text = spans_[static_cast<std::size_t>(b.span)].text;
    std::string_view piece(text.data() + b.begin, static_cast<std::size_t>(b.end - b.begin));
    lb.add(b.font, look(b.span), link(b.span), piece, item(i).width);
}

/// Bytes the line of items [from, to) draws at most: its boxes, a space per glue, a hyphen.
std::size_t LineDrawer::text_bytes(int from, int to) const {
    std::size_t bytes = 1;
    for (int i = from; i < to; ++i) {
        const BreakItem& it = item(i);
        if (it.type == BreakItem::Box) bytes += static_cast<std::size_t>(info(i).end - info(i).begin);
        else if (it.type == BreakItem::Glue) ++bytes;
    }
    return bytes;
}

Line LineDrawer::draw(int from, int to, double x0, double r) const {
    detail::LineBuilder lb(*ts_.fonts, x0);
    // Only a line set at natural width joins its words into runs: on a stretched or shrunk
    // line each word is a run of its own, which needs no room for the rest of the line.
    if (r == 0) lb.expect_text(text_bytes(from, to));
    double pending = 0;  // glue since the last box, as set
    int glues = 0;
    int last_glue = -1;
    for (int i = from; i < to; ++i) {
        const BreakItem& it = item(i);
        if (it.type == BreakItem::Glue) {
            pending += it.width + (r > 0 ? r * it.stretch : r * it.shrink);
            ++glues;
            last_glue = i;
        } else if (it.type == BreakItem::Box) {
            if (glues == 1 && r == 0 && space_joins(lb, last_glue, i))
                lb.extend(" ", pending);
            else
                lb.skip(pending);
            pending = 0;
            glues = 0;
            add_box(lb, i);
        }
    }
    bool hyphenated = false;
    const ItemInfo& at = info(to);
    if (item(to).type == BreakItem::Penalty && at.hyphen && !lb.empty()) {
        lb.add(at.font, look(at.span), link(at.span), "-", item(to).width);
        hyphenated = true;
    }
    Line line = lb.finish(detail::look_extent(ts_, p_.looks.front()));
    line.hyphenated = hyphenated;
    return line;
}

}  // namespace

std::vector<Line> set_paragraph(const Typesetter& ts, const std::vector<doc::Span>& given,
                                const Styler& styler, const ParagraphParams& params,
                                const TextSource& source) {
    std::vector<doc::Span> storage;
    const std::vector<doc::Span>& spans = detail::composed(given, storage);
    detail::Paragraph p = detail::collect(ts, spans, styler, params, source);
    std::vector<Line> lines;
    if (p.items.empty()) return lines;
    const std::vector<double> widths{params.width - params.first_indent, params.width};
    BreakParams bp;
    bp.justify = params.justify;
    // Languages that justify up to the breaker's own tolerance (long compounds) also keep
    // lines justified in its emergency pass. The others keep TeX's emergency pass alone, and
    // their settled output: it would help there too, but less often (600 English questions:
    // 456 ragged lines become 435).
    if (ts.max_stretch >= bp.tolerance) bp.ragged_above = ts.max_stretch;
    std::vector<int> breaks = break_lines(p.items, widths, bp);
    LineDrawer drawer(ts, spans, p);
    lines.reserve(breaks.size());
    int previous = -1;
    for (std::size_t j = 0; j < breaks.size(); ++j) {
        int from = drawer.line_start(previous);
        int to = breaks[j];
        double r = 0;
        if (params.justify) {
            r = adjustment_ratio(p.items, from, to, widths[j == 0 ? 0 : 1]);
            // Lines ended by a hard break, and the last line, are set at natural width.
            if (forced_break(p.items[static_cast<std::size_t>(to)]) && r > 0) r = 0;
            // A line that would need its spaces stretched beyond the language's limit (a very
            // narrow measure with long words) is set ragged instead of with gaping holes.
            if (r > ts.max_stretch) r = 0;
        }
        lines.push_back(drawer.draw(from, to, j == 0 ? params.first_indent : 0, r));
        previous = to;
    }
    return lines;
}

double measure(const Typesetter& ts, const std::string& given, const Look& look) {
    std::optional<std::string> composed = detail::composed(given);
    const std::string& text = composed ? *composed : given;
    std::vector<detail::Glyph> glyphs;
    detail::decode(ts, look, text, nullptr, glyphs);
    long units = 0;
    for (const detail::Glyph& g : glyphs) units += g.units;
    return detail::to_points(units, look.size);
}

bool covers(const Typesetter& ts, const std::string& given, const Look& look) {
    std::optional<std::string> composed = detail::composed(given);
    const std::string& text = composed ? *composed : given;
    std::vector<detail::Glyph> glyphs;
    detail::decode(ts, look, text, nullptr, glyphs);
    return std::all_of(glyphs.begin(), glyphs.end(),
                       [](const detail::Glyph& g) { return g.font >= 0 || g.silent; });
}

Line set_line(const Typesetter& ts, const std::string& given, const Look& look,
              const TextSource& source) {
    std::optional<std::string> composed = detail::composed(given);
    const std::string& text = composed ? *composed : given;
    std::vector<detail::Glyph> glyphs;
    detail::decode(ts, look, text, &source, glyphs);
    detail::LineBuilder lb(*ts.fonts, 0);
    const std::string no_link;
    for (std::size_t i = 0; i < glyphs.size();) {
        const detail::Glyph& first = glyphs[i];
        long units = 0;
        std::size_t j = i;
        for (; j < glyphs.size() && glyphs[j].font == first.font; ++j) units += glyphs[j].units;
        if (first.font >= 0) {
            std::string_view piece(text.data() + first.begin,
                                   static_cast<std::size_t>(glyphs[j - 1].end - first.begin));
            lb.add(first.font, look, no_link, piece, detail::to_points(units, look.size));
        }
        i = j;
    }
    return lb.finish(detail::look_extent(ts, look));
}

}  // namespace deckpress::text
