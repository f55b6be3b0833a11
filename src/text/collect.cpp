// text: spans -> Knuth-Plass items (words, interword glue, hyphenation and token breaks).
#include "text/collect.hpp"

#include <algorithm>
#include <span>
#include <stdexcept>
#include <string_view>

#include "text/word.hpp"
#include "text/word_cache.hpp"

namespace deckpress::text::detail {
namespace {

constexpr std::size_t kReserveAbove = 4096;  ///< items of one word worth reserving for at once
constexpr std::size_t kEndItems = 2;         ///< the glue and penalty that end a paragraph
/// Stretch of the empty glue between two CJK characters, in em: a justified line of CJK text
/// spreads its last fraction of a character over its gaps (30 gaps: r <= 0.33), and a ragged
/// one is scored by its shortfall. It never shrinks: the characters are set solid.
constexpr double kCjkStretch = 0.1;

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
    void set_context(const doc::Span& span, const Look& look);
    Hyphenator* hyphenator() const { return context_.patterns ? ts_.hyphenator : nullptr; }
    const WordShape* shape_word(std::string_view word, const Look& look);
    bool needs_anywhere(const WordShape& shape, const Look& look) const;
    void emit(int s, int offset, std::span<const WordItem> items);
    void split_wide_runs();

    const Typesetter& ts_;
    const std::vector<doc::Span>& spans_;
    const ParagraphParams& params_;
    const TextSource& source_;
    Paragraph& out_;
    double min_width_;
    // Per span: the look's hyphen and space, and the shapes of words in its context.
    FontId hyphen_font_ = -1;
    double hyphen_width_ = 0;
    FontId space_font_ = -1;
    double space_width_ = 0;
    WordContext context_;
    WordCache::Words* words_ = nullptr;
    // Scratch, reused across words to avoid allocations.
    std::vector<Glyph> glyphs_;
    std::vector<WordBreak> breaks_;
    std::vector<WordBreak> extra_;
    std::vector<WordItem> items_;
    std::vector<char32_t> missing_;
    WordShape shape_;  ///< a shape not stored because the cache is full (views of the scratch)
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
    set_context(span, look);
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
    const WordShape* shape = words_->find(word);
    const bool decoded = shape == nullptr;  // glyphs_ and breaks_ hold this word
    if (decoded) {
        shape = shape_word(word, look);
    } else {
        for (char32_t cp : shape->missing) report_missing(ts_, source_, cp);  // as decode would
    }
    if (!needs_anywhere(*shape, look)) {
        emit(s, begin, shape->items);
        return;
    }
    if (!decoded) {
        decode(ts_, look, word, nullptr, glyphs_);
        word_breaks(glyphs_, word, context_.code, hyphenator(), breaks_);
    }
    anywhere_breaks(glyphs_, context_.code, look.size, hyphen_width_, min_width_, breaks_, extra_);
    items_.clear();
    word_items(glyphs_, breaks_, items_);
    emit(s, begin, items_);
}

/// The words of a span share the look's faces and the span's break rules.
void Collector::set_context(const doc::Span& span, const Look& look) {
    context_.primary = look.family->primary(look.face_style);
    context_.fallback = look.family->fallback;
    context_.code = (span.style & doc::Code) != 0;
    context_.patterns = !context_.code && params_.hyphenate && ts_.hyphenator ? ts_.hyphenator->patterns() : nullptr;
    words_ = &ts_.fonts->word_cache().words(context_);
}

/// Decodes `word` (reporting missing characters), finds its breaks and stores its shape.
const WordShape* Collector::shape_word(std::string_view word, const Look& look) {
    decode(ts_, look, word, &source_, glyphs_);
    word_breaks(glyphs_, word, context_.code, hyphenator(), breaks_);
    missing_.clear();
    missing_of(glyphs_, missing_);
    items_.clear();
    word_items(glyphs_, breaks_, items_);
    shape_ = {missing_, items_, widest_piece(glyphs_, breaks_)};
    WordCache& cache = ts_.fonts->word_cache();
    return cache.has_room() ? cache.add(*words_, word, shape_) : &shape_;
}

/// Whether a piece of the word may need breaks anywhere at this size. Widths grow with the
/// units, so when the widest piece fits, every piece does and the stored items are exact.
bool Collector::needs_anywhere(const WordShape& shape, const Look& look) const {
    if (shape.widest < 0) return false;
    if (!(look.size > 0)) return true;  // no ordering to rely on: take the general path
    return to_points(shape.widest, look.size) + hyphen_width_ > min_width_;
}

/// The word's boxes (scaled to the look's size) and breaks as items; offsets from `offset`.
void Collector::emit(int s, int offset, std::span<const WordItem> items) {
    const Look& look = out_.looks[static_cast<std::size_t>(s)];
    if (items.size() > kReserveAbove) {  // a huge token: grow once, not by doubling
        out_.items.reserve(out_.items.size() + items.size());
        out_.info.reserve(out_.info.size() + items.size());
    }
    for (const WordItem& w : items) {
        if (w.is_break && w.glue) {
            // A costly break is the penalty before the glue (a glue after a penalty is no break).
            if (w.penalty > 0) push({BreakItem::Penalty, 0, 0, 0, w.penalty, false}, {s, 0, 0, hyphen_font_, false});
            push({BreakItem::Glue, 0, kCjkStretch * look.size, 0, 0, false}, {s, 0, 0, -1});
        } else if (w.is_break) {
            BreakItem penalty{BreakItem::Penalty, w.hyphen ? hyphen_width_ : 0, 0, 0, w.penalty,
                              w.flagged};
            push(penalty, {s, 0, 0, hyphen_font_, w.hyphen && hyphen_font_ >= 0});
        } else {
            push({BreakItem::Box, to_points(w.units, look.size), 0, 0, 0, false},
                 {s, offset + w.begin, offset + w.end, w.font});
        }
    }
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
    std::size_t bytes = 0;
    for (const doc::Span& span : spans) {
        out.looks.push_back(styler(span));
        bytes += span.text.size();
    }
    // Prose has about one box, glue or break per two bytes: one allocation, seldom two.
    out.items.reserve(bytes / 2 + kEndItems);
    out.info.reserve(bytes / 2 + kEndItems);
    Collector collector(ts, spans, params, source, out);
    for (int s = 0; s < static_cast<int>(spans.size()); ++s) collector.add_span(s);
    collector.finish();
    return out;
}

}  // namespace deckpress::text::detail
