// outputs: cheat sheet options, answer choice and the font-size search that fits the pages.
#include "outputs/cheatsheet.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "bank/yaml_tree.hpp"
#include "layout/flow.hpp"
#include "outputs/cheatsheet_parts.hpp"
#include "outputs/furniture.hpp"
#include "outputs/metadata.hpp"
#include "outputs/section_keys.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

constexpr double kSizeStep = 0.05;  // points: the resolution of the fit search

template <typename E>
void read_choice(const yaml::Node& s, const char* key, const std::vector<std::pair<const char*, E>>& names,
                 E& out, Diagnostics& diags) {
    const yaml::Node* v = s.find(key);
    if (!v) return;
    for (const auto& [name, value] : names)
        if (v->is_scalar() && v->scalar == name) {
            out = value;
            return;
        }
    std::vector<std::string> known;
    for (const auto& n : names) known.push_back(n.first);
    diags.error(v->loc, fmt::format("'{}' must be one of {}, not '{}'", key, fmt::join(known, ", "), v->scalar));
}

/// `blocks` without code blocks, at any depth (lists and quotes keep their other children).
doc::Blocks without_code(const doc::Blocks& blocks) {
    doc::Blocks out;
    for (const doc::Block& b : blocks) {
        if (b.kind == doc::BlockKind::Code) continue;
        doc::Block copy = b;
        copy.children = without_code(b.children);
        bool emptied = !b.children.empty() && copy.children.empty() && b.kind != doc::BlockKind::ListItem;
        if (!emptied) out.push_back(std::move(copy));
    }
    return out;
}

/// Adds to `numbers` the footnotes `blocks` refer to.
void referenced_notes(const doc::Blocks& blocks, std::set<int>& numbers) {
    for (const doc::Block& b : blocks) {
        for (const doc::Span& s : b.spans)
            if (s.note > 0) numbers.insert(s.note);
        referenced_notes(b.children, numbers);
    }
}

/// `kept` (a part of `answer`) followed by the answer's notes it refers to, directly or
/// through other notes, under their numbers in the answer.
doc::Blocks with_their_notes(doc::Blocks kept, const doc::Blocks& answer) {
    if (answer.empty() || answer.back().kind != doc::BlockKind::Footnotes) return kept;
    const doc::Block& all = answer.back();
    std::set<int> numbers;
    referenced_notes(kept, numbers);
    for (std::size_t before = 0; before != numbers.size();) {
        before = numbers.size();
        for (const doc::Block& note : all.children)
            if (numbers.count(note.start) > 0) referenced_notes(note.children, numbers);
    }
    doc::Block notes = all;
    notes.children.clear();
    for (const doc::Block& note : all.children)
        if (numbers.count(note.start) > 0) notes.children.push_back(note);
    if (!notes.children.empty()) kept.push_back(std::move(notes));
    return kept;
}

/// Whether a paragraph announces the block after it: its text ends with a colon ("The main
/// points:", "**Example:**").
bool introduces_next(const doc::Block& paragraph) {
    std::string text = doc::plain_text(paragraph.spans);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
    return text.ends_with(':');
}

/// Whether a block can open a summary: prose, a list, a table or a quote; not a heading, a rule,
/// code or an image, which say little alone (and code may be left out of the sheet).
bool opens_summary(const doc::Block& block) {
    using K = doc::BlockKind;
    return block.kind == K::Paragraph || block.kind == K::List || block.kind == K::Table || block.kind == K::Quote;
}

/// The answer's first paragraph, with the list, table or code it announces when it ends with a
/// colon (alone, "The main points:" says nothing), and the notes they refer to. An answer that
/// opens with a list, table or quote before any paragraph gives that block (its paragraph would
/// come after what the answer says first); one with none of these its first block.
doc::Blocks first_paragraph(const doc::Blocks& answer) {
    for (std::size_t i = 0; i < answer.size(); ++i) {
        if (!opens_summary(answer[i])) continue;
        doc::Blocks kept{answer[i]};
        if (answer[i].kind == doc::BlockKind::Paragraph && introduces_next(answer[i]) && i + 1 < answer.size() &&
            answer[i + 1].kind != doc::BlockKind::Footnotes)
            kept.push_back(answer[i + 1]);
        return with_their_notes(std::move(kept), answer);
    }
    return answer.empty() ? doc::Blocks{} : doc::Blocks{answer.front()};
}

}  // namespace

CheatsheetOptions cheatsheet_options(const LayoutFile& layout, Diagnostics& diags) {
    CheatsheetOptions o;
    const yaml::Node* s = layout.section;
    if (!s || !yaml::expect_kind(*s, yaml::NodeKind::Map, diags, "'cheatsheet'")) return o;
    yaml::check_keys(*s,
                     {"pages", "answer", "code_blocks", "notes", "numbers", "furniture_size", "band_scale",
                      "entry_gap", "answer_gap", "panel_padding", "note_scale"},
                     diags, "cheatsheet");
    if (const yaml::Node* v = s->find("pages")) {
        if (auto n = yaml::as_int(*v, diags, "'pages'", 1, 1000)) o.pages = static_cast<int>(*n);
        o.pages_loc = v->loc;
    }
    read_choice<CheatAnswer>(*s, "answer",
                             {{"short", CheatAnswer::Short},
                              {"first_paragraph", CheatAnswer::FirstParagraph},
                              {"full", CheatAnswer::Full}},
                             o.answer, diags);
    read_choice<CheatNotes>(*s, "notes",
                            {{"start", CheatNotes::Start}, {"end", CheatNotes::End}, {"none", CheatNotes::None}},
                            o.notes, diags);
    read_flag(*s, "code_blocks", o.code_blocks, diags);
    read_flag(*s, "numbers", o.numbers, diags);
    if (const yaml::Node* v = s->find("furniture_size"))
        if (auto d = as_length(*v, diags, "'furniture_size'", 3, 72)) o.furniture_size = *d;
    read_number(*s, "band_scale", o.band_scale, 0.5, 3, diags);
    read_number(*s, "entry_gap", o.entry_gap, 0, 5, diags);
    read_number(*s, "answer_gap", o.answer_gap, 0, 5, diags);
    read_number(*s, "panel_padding", o.panel_padding, 0, 5, diags);
    read_number(*s, "note_scale", o.note_scale, 0.5, 2, diags);
    return o;
}

doc::Blocks cheat_answer(const Entry& entry, const CheatsheetOptions& options) {
    doc::Blocks blocks;
    switch (options.answer) {
        case CheatAnswer::Short:
            blocks = entry.short_answer.empty() ? first_paragraph(entry.answer) : entry.short_answer;
            break;
        case CheatAnswer::FirstParagraph: blocks = first_paragraph(entry.answer); break;
        case CheatAnswer::Full: blocks = entry.answer; break;
    }
    return options.code_blocks ? blocks : without_code(blocks);
}

namespace {

/// The page style of the body: the content box shrunk by the header and footer bands.
PageStyle body_page(const LayoutFile& layout, const CheatsheetOptions& options) {
    PageStyle page = layout.page;
    double band = cheatsheet_band_height(options);
    page.margins.top += band;
    page.margins.bottom += band;
    return page;
}

/// Pages the stack needs in `page`'s columns.
int pages_needed(const Stack& stack, const PageStyle& page) {
    double column_h = content_box(page).height;
    std::size_t regions = distribute(stack, [column_h](std::size_t) { return column_h; }).size();
    std::size_t cols = static_cast<std::size_t>(std::max(1, page.columns));
    return static_cast<int>((regions + cols - 1) / cols);
}

/// One layout of the whole content at one size: the fit search keeps the best one, so that the
/// chosen size is not set again.
struct Probe {
    double size = 0;
    bool fits = false;
    double demand = 0;  ///< the stack's height over the height of every column of `pages` pages
    Stack stack;
};

/// Sets the content at `size`. Missing glyphs go to `diags`: the first probe reports each once
/// (the engine remembers), in the order a final setting would have.
Probe probe(const CheatContent& content, SetterEnv env, const PageStyle& page, int pages, double size,
            Diagnostics& diags) {
    Probe p;
    p.size = env.size = size;
    p.stack = cheat_stack(content, env, &diags);
    p.fits = pages_needed(p.stack, page) <= pages;
    double columns = static_cast<double>(std::max(1, page.columns));
    p.demand = stack_height(p.stack) / (content_box(page).height * columns * std::max(1, pages));
    return p;
}

struct Fit {
    Probe best;
    int probes = 0;
};

/// The size step at which the stack should just fill the columns, estimated from a probe:
/// the demand grows with about the 1.8th power of the size (the square, less what line
/// breaking rounds), and a sheet is full at about 98 % (breaks between blocks waste the rest).
constexpr int kMaxEstimates = 4;  ///< probes aimed by estimate_step; bisection after them

long estimate_step(const Probe& p) {
    constexpr double kFullDemand = 0.98, kGrowth = 1.8;
    if (p.demand <= 0) return std::lround(p.size / kSizeStep) + 1;
    return static_cast<long>(std::floor(p.size * std::pow(kFullDemand / p.demand, 1 / kGrowth) / kSizeStep));
}

/// Probes of one fit search, counted (re-setting a probe's size exactly does not count).
class SizeSearch {
public:
    SizeSearch(const CheatContent& content, SetterEnv env, const PageStyle& page, int pages, Diagnostics& diags)
        : content_(content), env_(env), page_(page), pages_(pages), diags_(diags) {}

    Probe at_step(long step) { return at_size(static_cast<double>(step) * kSizeStep); }
    Probe at_size(double size) {
        ++probes_;
        return probe(content_, env_, page_, pages_, size, diags_);
    }
    /// `p`, or the content set again at exactly `size` when `p` was set at another, marked `fits`.
    Probe settle(Probe p, double size, bool fits) {
        if (p.size != size) p = probe(content_, env_, page_, pages_, size, diags_);
        p.fits = fits;
        return p;
    }
    int probes() const { return probes_; }

private:
    const CheatContent& content_;
    SetterEnv env_;
    const PageStyle& page_;
    int pages_;
    Diagnostics& diags_;
    int probes_ = 0;
};

/// With no room to shrink (the minimum at or above the size): the size itself, fitting or not.
Probe fixed_size(SizeSearch& search, const TextStyle& text) { return search.at_size(text.size); }

/// The first step at or above `size` (sizes a hair above a step, from mm or cm, round down to it).
long step_at_or_above(double size) {
    long step = std::lround(size / kSizeStep);
    return static_cast<double>(step) * kSizeStep < size - 1e-6 ? step + 1 : step;
}

/// The largest size, in steps of kSizeStep, whose layout needs at most the search's pages
/// (the minimum size when none does). Assumes fewer pages at smaller sizes (true for real text, up
/// to rounding). The minimum is tried first: content that does not fit even there (big banks)
/// costs one layout. Then each probe aims at the size where, judging by the largest size known
/// to fit, the content would just fill the pages: usually the answer or its neighbour, three
/// probes in all where a bisection took eight; after kMaxEstimates probes what is left is
/// bisected. Under the assumption the result is the bisection's.
Probe search_sizes(SizeSearch& search, const TextStyle& text) {
    double min = text.min_size > 0 ? text.min_size : text.size;
    long top = std::lround(text.size / kSizeStep);
    long lo = step_at_or_above(min);  // never below the minimum: one given in mm lies between steps
    if (lo >= top) return fixed_size(search, text);
    Probe best = search.at_step(lo);
    if (!best.fits) return static_cast<double>(lo) * kSizeStep > min + 1e-6 ? search.at_size(min) : best;
    long hi = top + 1;  // invariant: lo fits (best), hi does not (top + 1: beyond the range)
    for (int estimates = 0; hi - lo > 1; ++estimates) {
        long aim = estimates < kMaxEstimates ? estimate_step(best) : (lo + hi) / 2;
        long step = std::clamp(aim, lo + 1, hi - 1);
        Probe p = search.at_step(step);
        if (!p.fits) {
            hi = step;
            continue;
        }
        lo = step;
        best = std::move(p);
    }
    if (lo != top) return best;
    if (static_cast<double>(top) * kSizeStep >= text.size - 1e-6)
        return search.settle(std::move(best), text.size, true);
    Probe at_size = search.at_size(text.size);  // the size lies above its rounded step: it may not fit
    return at_size.fits ? at_size : best;
}

/// The best size for `pages` pages, and how many probes finding it took.
Fit fit_size(const CheatContent& content, SetterEnv env, const PageStyle& page, int pages, Diagnostics& diags) {
    SizeSearch search(content, env, page, pages, diags);
    Probe best = search_sizes(search, *env.text);
    return {std::move(best), search.probes()};
}

/// The content set at the size that fills the pages `sheet` wants (the search's result goes
/// into `sheet` and `env`), or at the layout's size when it wants no number of pages.
Stack sized_stack(const CheatContent& content, SetterEnv& env, const PageStyle& page, Cheatsheet& sheet,
                  Diagnostics& diags) {
    if (sheet.wanted_pages <= 0) return cheat_stack(content, env, &diags);
    Fit fit = fit_size(content, env, page, sheet.wanted_pages, diags);
    env.size = fit.best.size;
    sheet.fits = fit.best.fits;
    sheet.probes = fit.probes;
    return std::move(fit.best.stack);
}

/// A bookmark for each category, in the order of the entries.
std::vector<Outline> category_outlines(const std::vector<const Entry*>& entries) {
    std::vector<Outline> outlines;
    const bank::Category* current = nullptr;
    for (const Entry* e : entries)
        if (e->category != current) {
            current = e->category;
            outlines.push_back({current->title, "cat-" + current->id, 0});
        }
    return outlines;
}

void describe(Document& doc, const bank::Bank& bank) {
    doc.meta = bank_metadata(bank, bank.title + " \u2014 " + bank.labels[bank::Label::CheatSheet],
                             bank.subtitle.empty() ? bank.labels[bank::Label::ShortAnswers] : bank.subtitle);
}

}  // namespace

Cheatsheet build_cheatsheet(const Prepared& prepared, const std::vector<const Entry*>& entries,
                            const LayoutFile& layout, Engine& engine, Diagnostics& diags, int pages) {
    CheatContent content{&prepared, entries, {}, &layout, cheatsheet_options(layout, diags)};
    for (const Entry* e : entries) content.answers.push_back(cheat_answer(*e, content.options));
    Families families = load_families(engine, layout.fonts);
    SetterEnv env{engine.typesetter(layout.text.language), &families, &layout.theme, &layout.text, layout.text.size};
    env.run_in_notes = true;  // compact: a sheet's notes are one small paragraph when they can be
    PageStyle page = body_page(layout, content.options);
    env.max_block_height = column_height(page);
    double band = cheatsheet_band_height(content.options);
    double smallest = layout.text.min_size > 0 ? std::min(layout.text.min_size, layout.text.size) : layout.text.size;
    if (!page_has_room(layout, band, band, smallest * layout.text.leading, diags)) return {};

    Cheatsheet sheet;
    sheet.wanted_pages = pages > 0 ? pages : content.options.pages;
    if (pages <= 0) sheet.wanted_loc = content.options.pages_loc;
    Stack stack = sized_stack(content, env, page, sheet, diags);
    sheet.size = env.size;
    sheet.doc.pages = flow_pages(std::move(stack), page, 0, 0, true);
    decorate_cheatsheet(sheet.doc.pages, content, env, diags);
    sheet.doc.outlines = category_outlines(entries);
    describe(sheet.doc, *prepared.bank);
    return sheet;
}

}  // namespace deckpress::outputs
