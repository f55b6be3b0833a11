// text: spans -> Knuth-Plass items (words, interword glue, hyphenation and token breaks).
#include "text/collect.hpp"

#include <algorithm>
#include <stdexcept>
#include <string_view>

namespace deckpress::text::detail {
namespace {

// Penalties, on the paper's scale where 10000 forbids a break.
constexpr double kHyphenPenalty = 50;     ///< TeX's \hyphenpenalty and \exhyphenpenalty
constexpr double kTokenPenalty = 150;     ///< inside URLs, paths, dotted names: worse than a hyphen
constexpr double kAnywherePenalty = 5000; ///< between any two characters: the last resort
constexpr double kZeroWidthSpacePenalty = 0;
constexpr std::size_t kReserveAbove = 4096;  ///< breaks in one word worth reserving items for

/// Token break characters: a break may follow a run of these inside a word.
bool breaks_after(char32_t cp) {
    return cp == '/' || cp == '.' || cp == '_' || cp == '-' || cp == '?' || cp == '&' ||
           cp == '=' || cp == ':';
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
bool is_alnum(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/// A break opportunity inside a word, before the byte `at` of the span's text.
struct WordBreak {
    int at;
    double penalty;
    bool flagged;
    bool hyphen;
};

class Collector {
public:
    Collector(const Typesetter& ts, const std::vector<doc::Span>& spans,
              const ParagraphParams& params, const TextSource& source, Paragraph& out)
        : ts_(ts), spans_(spans), params_(params), source_(source), out_(out),
          min_width_(std::min(params.width - params.first_indent, params.width)) {}

    void add_span(int s);
    void finish();

private:
    void push(const BreakItem& item, const ItemInfo& info);
    void add_glue(int s);
    void add_word(int s, int begin, int end);
    void find_breaks(int s, bool code);
    void hyphenation_breaks(int s, int begin, int end);
    static void sort_unique(std::vector<WordBreak>& breaks);
    void anywhere_breaks(const Look& look);
    void split_wide_runs();
    void emit_word(int s);

    const Typesetter& ts_;
    const std::vector<doc::Span>& spans_;
    const ParagraphParams& params_;
    const TextSource& source_;
    Paragraph& out_;
    double min_width_;
    // Per span: the look's hyphen and space.
    FontId hyphen_font_ = -1;
    double hyphen_width_ = 0;
    FontId space_font_ = -1;
    double space_width_ = 0;
    // Scratch, reused across words to avoid allocations.
    std::vector<Glyph> glyphs_;
    std::vector<WordBreak> breaks_;
    std::vector<WordBreak> extra_;
};

void Collector::push(const BreakItem& item, const ItemInfo& info) {
    out_.items.push_back(item);
    out_.info.push_back(info);
}

void Collector::add_span(int s) {
    const doc::Span& span = spans_[static_cast<std::size_t>(s)];
    if (span.hard_break) {
        push({BreakItem::Glue, 0, kInfinity, 0, 0, false}, {s});
        push({BreakItem::Penalty, 0, 0, 0, -kInfinity, false}, {s});
        return;
    }
    const Look& look = out_.looks[static_cast<std::size_t>(s)];
    if (!look.family) throw std::invalid_argument("text: the styler gave a Look without a family");
    const FontLibrary& lib = *ts_.fonts;
    hyphen_font_ = look.family->resolve(lib, '-', look.face_style);
    hyphen_width_ = hyphen_font_ < 0 ? 0 : to_points(lib.face(hyphen_font_).width('-'), look.size);
    space_font_ = look.family->resolve(lib, ' ', look.face_style);
    space_width_ = to_points(space_font_ < 0 ? 250 : lib.face(space_font_).width(' '), look.size);
    const std::string& text = span.text;
    const int n = static_cast<int>(text.size());
    for (int i = 0; i < n;) {
        if (is_space(text[static_cast<std::size_t>(i)])) {
            add_glue(s);
            while (i < n && is_space(text[static_cast<std::size_t>(i)])) ++i;
            continue;
        }
        int end = i;
        while (end < n && !is_space(text[static_cast<std::size_t>(end)])) ++end;
        add_word(s, i, end);
        i = end;
    }
}

/// Interword glue: the space of the span's face; justified lines stretch by half and shrink
/// by a third of it. Ragged lines are drawn at natural width, but the stretch still scores
/// their shortfall in the line breaker.
void Collector::add_glue(int s) {
    if (out_.items.empty()) return;
    const BreakItem& last = out_.items.back();
    if (last.type == BreakItem::Glue) return;
    if (last.type == BreakItem::Penalty && last.penalty <= -kInfinity) return;
    double w = space_width_;
    BreakItem glue{BreakItem::Glue, w, params_.justify ? w / 2 : w, params_.justify ? w / 3 : 0,
                   0, false};
    push(glue, {s, 0, 0, space_font_});
}

void Collector::add_word(int s, int begin, int end) {
    const doc::Span& span = spans_[static_cast<std::size_t>(s)];
    const Look& look = out_.looks[static_cast<std::size_t>(s)];
    std::string_view word(span.text.data() + begin, static_cast<std::size_t>(end - begin));
    decode(ts_, look, word, &source_, glyphs_);
    for (Glyph& g : glyphs_) {
        g.begin += begin;
        g.end += begin;
    }
    find_breaks(s, (span.style & doc::Code) != 0);
    emit_word(s);
}

/// Fills breaks_ (sorted by position, one per position, the lowest penalty winning).
void Collector::find_breaks(int s, bool code) {
    breaks_.clear();
    const int n = static_cast<int>(glyphs_.size());
    int first_alnum = n;
    int last_alnum = -1;
    for (int i = 0; i < n; ++i)
        if (is_alnum(glyphs_[static_cast<std::size_t>(i)].cp)) {
            first_alnum = std::min(first_alnum, i);
            last_alnum = i;
        }
    for (int i = 0; i < n; ++i) {
        const Glyph& g = glyphs_[static_cast<std::size_t>(i)];
        if (g.cp == 0xAD) breaks_.push_back({g.begin, kHyphenPenalty, true, true});
        if (g.cp == 0x200B) breaks_.push_back({g.begin, kZeroWidthSpacePenalty, false, false});
        if (i <= first_alnum || i > last_alnum) continue;  // keep leading/trailing punctuation
        const Glyph& prev = glyphs_[static_cast<std::size_t>(i) - 1];
        if (breaks_after(prev.cp) && !breaks_after(g.cp)) {
            bool compound = !code && prev.cp == '-' && i >= 2 &&
                            is_letter(glyphs_[static_cast<std::size_t>(i) - 2].cp) && is_letter(g.cp);
            // "non-blocking" breaks like a hyphenated word; URLs and paths less willingly.
            breaks_.push_back({g.begin, compound ? kHyphenPenalty : kTokenPenalty, compound, false});
        }
        if (g.cp == '(' && !breaks_after(prev.cp)) breaks_.push_back({g.begin, kTokenPenalty, false, false});
    }
    if (!code && params_.hyphenate && ts_.hyphenator && first_alnum <= last_alnum)
        hyphenation_breaks(s, glyphs_[static_cast<std::size_t>(first_alnum)].begin,
                           glyphs_[static_cast<std::size_t>(last_alnum)].end);
    sort_unique(breaks_);
    anywhere_breaks(out_.looks[static_cast<std::size_t>(s)]);
}

/// Sorts breaks by position and keeps the lowest penalty at each position. The breaks come
/// in two sorted runs, so an insertion sort is linear and allocates nothing.
void Collector::sort_unique(std::vector<WordBreak>& breaks) {
    auto before = [](const WordBreak& a, const WordBreak& b) {
        return a.at != b.at ? a.at < b.at : a.penalty < b.penalty;
    };
    for (std::size_t i = 1; i < breaks.size(); ++i)
        for (std::size_t k = i; k > 0 && before(breaks[k], breaks[k - 1]); --k)
            std::swap(breaks[k], breaks[k - 1]);
    breaks.erase(std::unique(breaks.begin(), breaks.end(),
                             [](const WordBreak& a, const WordBreak& b) { return a.at == b.at; }),
                 breaks.end());
}

/// Between any two characters of a piece (between the word's other breaks) that, with a
/// hyphen after it, is wider than the narrowest line, so that no line has to be overfull.
void Collector::anywhere_breaks(const Look& look) {
    extra_.clear();
    std::size_t next = 0;
    std::size_t piece = 0;
    long units = 0;
    const std::size_t n = glyphs_.size();
    for (std::size_t i = 0; i <= n; ++i) {
        bool boundary = i == n || (next < breaks_.size() && breaks_[next].at == glyphs_[i].begin);
        if (boundary) {
            if (to_points(units, look.size) + hyphen_width_ > min_width_)
                for (std::size_t k = piece + 1; k < i; ++k)
                    extra_.push_back({glyphs_[k].begin, kAnywherePenalty, false, false});
            piece = i;
            units = 0;
            if (i < n && next < breaks_.size() && breaks_[next].at == glyphs_[i].begin) ++next;
        }
        if (i < n) units += glyphs_[i].units;
    }
    if (extra_.empty()) return;
    std::size_t middle = breaks_.size();
    breaks_.insert(breaks_.end(), extra_.begin(), extra_.end());
    std::inplace_merge(breaks_.begin(), breaks_.begin() + static_cast<std::ptrdiff_t>(middle), breaks_.end(),
                       [](const WordBreak& a, const WordBreak& b) { return a.at < b.at; });
}

/// Liang's patterns on each hyphen-separated part of the word's core [begin, end).
void Collector::hyphenation_breaks(int s, int begin, int end) {
    const std::string& text = spans_[static_cast<std::size_t>(s)].text;
    for (int part = begin; part < end;) {
        int stop = part;
        while (stop < end && text[static_cast<std::size_t>(stop)] != '-') ++stop;
        std::string_view piece(text.data() + part, static_cast<std::size_t>(stop - part));
        for (int offset : ts_.hyphenator->points(piece))
            breaks_.push_back({part + offset, kHyphenPenalty, true, true});
        part = stop + 1;
    }
}

/// Boxes per run of one font, with the word's break opportunities as penalties between them.
void Collector::emit_word(int s) {
    const Look& look = out_.looks[static_cast<std::size_t>(s)];
    if (breaks_.size() > kReserveAbove) {  // a huge token: grow once, not by doubling
        out_.items.reserve(out_.items.size() + 2 * glyphs_.size() + 2);
        out_.info.reserve(out_.info.size() + 2 * glyphs_.size() + 2);
    }
    ItemInfo box{s, 0, 0, -1};
    long units = 0;
    auto flush = [&] {
        if (box.font >= 0 && box.end > box.begin)
            push({BreakItem::Box, to_points(units, look.size), 0, 0, 0, false}, box);
        box.font = -1;
        units = 0;
    };
    std::size_t next = 0;
    // A break before the word's first character would end a line with a space.
    while (next < breaks_.size() && !glyphs_.empty() && breaks_[next].at <= glyphs_[0].begin) ++next;
    for (const Glyph& g : glyphs_) {
        if (next < breaks_.size() && breaks_[next].at == g.begin) {
            flush();
            const WordBreak& b = breaks_[next++];
            BreakItem penalty{BreakItem::Penalty, b.hyphen ? hyphen_width_ : 0, 0, 0, b.penalty,
                              b.flagged};
            push(penalty, {s, 0, 0, hyphen_font_, b.hyphen && hyphen_font_ >= 0});
        }
        if (g.font < 0) {
            flush();
            continue;
        }
        if (g.font != box.font) {
            flush();
            box = {s, g.begin, g.begin, g.font};
        }
        box.end = g.end;
        units += g.units;
    }
    flush();
}

void Collector::finish() {
    // Nothing may follow the last box: trailing spaces and hard breaks would make empty lines.
    while (!out_.items.empty() && out_.items.back().type != BreakItem::Box) {
        out_.items.pop_back();
        out_.info.pop_back();
    }
    if (out_.items.empty()) return;
    split_wide_runs();
    // The paper's ending: glue(0, inf) fills the last line, penalty(-inf) forces its break.
    push({BreakItem::Glue, 0, kInfinity, 0, 0, false}, {-1});
    push({BreakItem::Penalty, 0, 0, 0, -kInfinity, false}, {-1});
}

/// Words that continue across spans ("**bold**text") are unbreakable runs of boxes no single
/// word saw whole: where such a run is wider than the narrowest line, allow breaks between its
/// boxes (each box alone fits, see anywhere_breaks).
void Collector::split_wide_runs() {
    const std::vector<BreakItem>& items = out_.items;
    const std::size_t n = items.size();
    std::vector<std::size_t> cuts;  // break before these boxes
    for (std::size_t i = 0; i < n;) {
        if (items[i].type != BreakItem::Box) {
            ++i;
            continue;
        }
        std::size_t end = i;
        double width = 0;
        while (end < n && items[end].type == BreakItem::Box) width += items[end++].width;
        if (end < n && items[end].type == BreakItem::Penalty) width += items[end].width;  // hyphen
        if (width > min_width_)
            for (std::size_t k = i + 1; k < end; ++k) cuts.push_back(k);
        i = end;
    }
    if (cuts.empty()) return;
    Paragraph split;
    split.items.reserve(n + cuts.size());
    split.info.reserve(n + cuts.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (next < cuts.size() && cuts[next] == i) {
            split.items.push_back({BreakItem::Penalty, 0, 0, 0, kAnywherePenalty, false});
            split.info.push_back({out_.info[i].span});
            ++next;
        }
        split.items.push_back(items[i]);
        split.info.push_back(out_.info[i]);
    }
    out_.items = std::move(split.items);
    out_.info = std::move(split.info);
}

}  // namespace

Paragraph collect(const Typesetter& ts, const std::vector<doc::Span>& spans,
                  const Styler& styler, const ParagraphParams& params, const TextSource& source) {
    Paragraph out;
    out.looks.reserve(spans.size());
    for (const doc::Span& span : spans) out.looks.push_back(styler(span));
    Collector collector(ts, spans, params, source, out);
    for (int s = 0; s < static_cast<int>(spans.size()); ++s) collector.add_span(s);
    collector.finish();
    return out;
}

}  // namespace deckpress::text::detail
