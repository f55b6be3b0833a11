
// outputs: composing card sheets (fronts, mirrored backs, cut marks, printing note) and documents.
#include "outputs/cards.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/point_size.hpp"
#include "outputs/cards_faces.hpp"
#include "outputs/furniture.hpp"
#include "outputs/metadata.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// One card to print: a question or one part of it, with both faces laid out.
struct Unit {
    const Entry* entry = nullptr;
    int part = 1;
    int parts = 1;
    Frame front;
    Frame back;
    double font_size = 0;
    double question_size = 0;
};

std::vector<Unit> lay_out_units(const std::vector<const Entry*>& entries, CardFaces& faces) {
    std::vector<Unit> units;
    for (const Entry* e : entries) {
        std::optional<FacedCard> card = faces.make(*e);
        if (!card) continue;
        int parts = static_cast<int>(card->fronts.size());
        for (int k = 0; k < parts; ++k) {
            auto i = static_cast<std::size_t>(k);
            units.push_back({e, k + 1, parts, std::move(card->fronts[i]), std::move(card->backs[i]),
                             card->font_size, card->question_size});
        }
    }
    return units;
}

void cut_marks(Frame& page, const CardsOptions& o, const Color& color) {
    Rect b = cards_bounds(o.grid);
    double near = o.cut_mark_gap;
    double far = o.cut_mark_gap + o.cut_mark_length;
    for (double x : cut_lines_x(o.grid)) {
        page.push(LineItem{{x, b.y - near}, {x, std::max(0.0, b.y - far)}, o.cut_mark_width, color});
        page.push(LineItem{{x, b.bottom() + near}, {x, std::min(o.grid.page.height, b.bottom() + far)},
                           o.cut_mark_width, color});
    }
    for (double y : cut_lines_y(o.grid)) {
        page.push(LineItem{{b.x - near, y}, {std::max(0.0, b.x - far), y}, o.cut_mark_width, color});
        page.push(LineItem{{b.right() + near, y}, {std::min(o.grid.page.width, b.right() + far), y},
                           o.cut_mark_width, color});
    }
}

/// The fold line of fold layouts: dashed, down the middle of the fold gap.
void fold_line(Frame& page, const CardsOptions& o, const Color& color) {
    double x = o.grid.page.width / 2;
    Rect b = cards_bounds(o.grid);
    double reach = o.cut_marks ? o.cut_mark_gap + o.cut_mark_length : 0;
    page.push(LineItem{{x, std::max(0.0, b.y - reach)}, {x, std::min(o.grid.page.height, b.bottom() + reach)},
                       o.cut_mark_width, color, true});
}

std::string printing_note(const CardsOptions& o, const bank::Labels& labels, int sheet, int sheets) {
    using bank::Label;
    const std::string& how = labels[o.grid.fold                ? Label::PrintFold
                                    : o.flip == Flip::LongEdge ? Label::PrintLongEdge
                                                               : Label::PrintShortEdge];
    return fmt::format("{} \u00b7 {}", how,
                       bank::fill(labels[Label::Sheet], {{"n", std::to_string(sheet + 1)}, {"total", std::to_string(sheets)}}));
}

/// Whether a line `width` wide centred on the page stays clear of the vertical cut marks.
bool clear_of_marks(const CardsOptions& o, double width) {
    double centre = o.grid.page.width / 2;
    for (double x : cut_lines_x(o.grid))
        if (std::abs(x - centre) < width / 2 + o.cut_mark_width) return false;
    return true;
}

/// The printing note goes below the cut marks in the bottom margin; when that would leave the
/// page's margins (where printers print nothing), beside the marks between the cards and the
/// margin; else above the cards when the bottom margin is too small, beside the marks there when
/// above them it would leave the page. It never touches a card.
void note(Frame& page, const BlockSetter& s, const CardsOptions& o, const Insets& margins, const Theme& theme,
          const std::string& text) {
    Rect b = cards_bounds(o.grid);
    double marks = o.cut_marks ? o.cut_mark_gap + o.cut_mark_length : o.cut_mark_gap;
    double size = o.label_size;
    text::Look look = body_look(s, 1, theme.muted);
    bool clear = clear_of_marks(o, text::measure(s.env().ts, text, look));
    double baseline = b.bottom() + marks + size * 1.2;
    double lowest = o.grid.page.height - margins.bottom - size * 0.3;  // its descent on the margin
    bool beside = baseline > lowest && lowest - size * 1.1 >= b.bottom() + o.cut_mark_gap && clear;
    if (beside) {
        baseline = lowest;
    } else if (baseline + size * 0.3 > o.grid.page.height) {
        baseline = b.y - marks - size * 0.4;
        // Ascenders reach about 1.07 em above the baseline (Noto Sans): keep them on the page.
        if (baseline - size * 1.1 < 0 && clear) baseline = b.y - o.cut_mark_gap - size * 0.3;
    }
    label(page, s, text, look, o.grid.page.width / 2, baseline, HAlign::Center);
}

/// Places the units of sheet `sheet` (0-based) in `cells`, fronts on `front` and backs on `back`
/// (on `front` too in fold layouts), and records where each card went.
void place_sheet(std::vector<Unit>& units, int sheet, const std::vector<Rect>& cells, const CardsOptions& o,
                 Frame& front, Frame& back, std::vector<CardRecord>& records) {
    std::size_t per_page = cells.size();
    Point offset = mm_to_points(o.back_offset_mm);
    for (std::size_t i = 0; i < per_page; ++i) {
        std::size_t u = static_cast<std::size_t>(sheet) * per_page + i;
        if (u >= units.size()) break;  // the last sheet's back page exists even when half empty
        Rect back_cell = back_rect(cells[i], o.grid, o.flip, offset);
        front.place(std::move(units[u].front), {cells[i].x, cells[i].y});
        (o.grid.fold ? front : back).place(std::move(units[u].back), {back_cell.x, back_cell.y});
        int front_page = o.grid.fold ? sheet + 1 : 2 * sheet + 1;
        records.push_back({units[u].entry, units[u].part, units[u].parts, units[u].font_size,
                           units[u].question_size, sheet, front_page, cells[i],
                           o.grid.fold ? front_page : front_page + 1, back_cell});
    }
}

/// Cut marks, the fold line, the printing note and the backgrounds of one sheet.
void add_furniture(Frame& front, Frame& back, const BlockSetter& s, const CardsOptions& o, const LayoutFile& layout,
                   const bank::Labels& labels, int sheet, int sheets) {
    const Theme& theme = layout.theme;
    if (o.cut_marks) cut_marks(front, o, theme.muted);
    if (o.grid.fold) fold_line(front, o, theme.muted);
    note(front, s, o, layout.page.margins, theme, printing_note(o, labels, sheet, sheets));
    paint_background(front, theme.background);
    paint_background(back, theme.background);
}

/// A back offset must leave the backs' text on the page: printers are off by a few mm, and a
/// larger offset (centimetres typed as millimetres) would cut the outer cards' answers.
void check_back_offset(const CardsOptions& o, const SourceLoc& at, Diagnostics& diags) {
    Overhang over = back_text_overhang(o.grid, o.flip, mm_to_points(o.back_offset_mm), o.padding);
    if (over.largest() <= 0.01) return;
    const std::pair<const char*, double> sides[] = {
        {"left", over.left}, {"right", over.right}, {"top", over.top}, {"bottom", over.bottom}};
    std::string where;
    for (const auto& [side, by] : sides)
        if (by > 0.01)
            where += fmt::format("{}{:.1f} mm at the {}", where.empty() ? "" : " and ", by / kPointsPerMm, side);
    diags.error(at, fmt::format("{} {:g},{:g} puts the text of back cards off the page ({}); printers are off by a "
                                "few mm: measure yours with --calibrate",
                                at.file.empty() ? "--back-offset" : "back_offset", o.back_offset_mm.x,
                                o.back_offset_mm.y, where));
}

CardsOptions options_for(const LayoutFile& layout, const CardsRequest& request, Diagnostics& diags) {
    CardsOptions o = cards_options(layout, diags);
    if (request.flip) o.flip = *request.flip;
    if (request.back_offset_mm) o.back_offset_mm = *request.back_offset_mm;
    if (request.full_answers) o.full_answers = true;
    if (o.grid.fold) o.back_offset_mm = {};  // both sides print in one pass: nothing to offset
    else check_back_offset(o, request.back_offset_mm ? SourceLoc{} : SourceLoc{layout.path}, diags);
    return o;
}

}  // namespace

CardDeck build_cards(const Prepared& prepared, const std::vector<const Entry*>& entries, const LayoutFile& layout,
                     Engine& engine, const CardsRequest& request, Diagnostics& diags) {
    CardDeck deck;
    deck.options = options_for(layout, request, diags);
    if (diags.has_errors()) return deck;
    const CardsOptions& o = deck.options;
    Families families = load_families(engine, layout.fonts);
    CardFaces faces(layout, o, families, engine, *prepared.bank, diags);
    std::vector<Unit> units = lay_out_units(entries, faces);
    if (diags.has_errors()) return deck;

    SetterEnv env{engine.typesetter(layout.text.language), &families, &layout.theme, &layout.text, o.label_size};
    BlockSetter s(env, text::TextSource{&diags, {layout.path, 1, 1}, "cards page"});
    std::vector<Rect> cells = front_cells(o.grid);
    std::size_t per_page = cells.size();
    int sheets = static_cast<int>((units.size() + per_page - 1) / per_page);
    for (int sheet = 0; sheet < sheets; ++sheet) {
        Frame front{o.grid.page, {}};
        Frame back{o.grid.page, {}};
        place_sheet(units, sheet, cells, o, front, back, deck.cards);
        add_furniture(front, back, s, o, layout, prepared.bank->labels, sheet, sheets);
        deck.fronts.push_back(std::move(front));
        if (!o.grid.fold) deck.backs.push_back(std::move(back));
    }
    const bank::Labels& labels = prepared.bank->labels;
    deck.meta = bank_metadata(*prepared.bank, prepared.bank->title + " \u2014 " + labels[bank::Label::Flashcards],
                              labels[o.full_answers ? bank::Label::FlashcardsFull : bank::Label::FlashcardsShort]);
    deck.labels = labels;
    return deck;
}

Document duplex_document(const CardDeck& deck) {
    Document doc;
    doc.meta = deck.meta;
    for (std::size_t i = 0; i < deck.fronts.size(); ++i) {
        doc.pages.push_back(deck.fronts[i]);
        if (i < deck.backs.size()) doc.pages.push_back(deck.backs[i]);
    }
    return doc;
}

Document fronts_document(const CardDeck& deck) {
    Document doc;
    doc.meta = deck.meta;
    doc.meta.title += " (" + deck.labels[bank::Label::Fronts] + ")";
    doc.pages = deck.fronts;
    return doc;
}

Document backs_document(const CardDeck& deck) {
    Document doc;
    doc.meta = deck.meta;
    doc.meta.title += " (" + deck.labels[bank::Label::Backs] + ")";
    doc.pages.assign(deck.backs.rbegin(), deck.backs.rend());
    return doc;
}

std::vector<std::string> fit_summary(const CardDeck& deck, double layout_size) {
    std::vector<std::string> lines;
    for (const CardRecord& c : deck.cards) {
        if (c.part != 1) continue;
        std::string what;
        if (c.parts > 1) what = fmt::format("split over {} cards at {} pt", c.parts, point_size(c.font_size));
        else if (c.font_size < layout_size) what = fmt::format("answer shrunk to {} pt", point_size(c.font_size));
        if (c.question_size < deck.options.question_size)
            what += fmt::format("{}question shrunk to {} pt", what.empty() ? "" : ", ",
                                point_size(c.question_size));
        if (!what.empty()) lines.push_back(fmt::format("#{} {}: {}", c.entry->number, c.entry->question->id, what));
    }
    return lines;
}

}  // namespace deckpress::outputs
