// outputs: reading the `cards:` section of a layout file strictly.
#include <fmt/format.h>

#include "bank/yaml_tree.hpp"
#include "layout/flow.hpp"
#include "outputs/cards.hpp"
#include "outputs/section_keys.hpp"

namespace deckpress::outputs {

namespace {

using yaml::Node;

/// A `[width, height]` pair of lengths, or one length for both.
std::optional<Size> length_pair(const Node& node, Diagnostics& diags, const std::string& what, double min) {
    if (node.is_scalar()) {
        auto v = layout::as_length(node, diags, what, min, 2000);
        if (v) return Size{*v, *v};
        return std::nullopt;
    }
    if (!node.is_sequence() || node.items.size() != 2) {
        diags.error(node.loc, fmt::format("{} must be a length or [x, y]", what));
        return std::nullopt;
    }
    auto a = layout::as_length(node.items[0], diags, what, min, 2000);
    auto b = layout::as_length(node.items[1], diags, what, min, 2000);
    if (a && b) return Size{*a, *b};
    return std::nullopt;
}

void read_cut_marks(const Node& node, CardsOptions& o, Diagnostics& diags) {
    if (node.is_scalar()) {
        if (auto b = yaml::as_bool(node, diags, "'cut_marks'")) o.cut_marks = *b;
        return;
    }
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'cut_marks'")) return;
    yaml::check_keys(node, {"length", "gap", "width"}, diags, "cut_marks");
    if (const Node* v = node.find("length"))
        if (auto l = layout::as_length(*v, diags, "cut mark length", 1, 200)) o.cut_mark_length = *l;
    if (const Node* v = node.find("gap"))
        if (auto l = layout::as_length(*v, diags, "cut mark gap", 0, 200)) o.cut_mark_gap = *l;
    if (const Node* v = node.find("width"))
        if (auto l = layout::as_length(*v, diags, "cut mark width", 0.05, 5)) o.cut_mark_width = *l;
}

void read_offset(const Node& node, CardsOptions& o, Diagnostics& diags) {
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'back_offset'")) return;
    yaml::check_keys(node, {"x", "y"}, diags, "back_offset");
    if (const Node* v = node.find("x"))
        if (auto d = yaml::as_double(*v, diags, "'back_offset.x' (mm)", -50, 50)) o.back_offset_mm.x = *d;
    if (const Node* v = node.find("y"))
        if (auto d = yaml::as_double(*v, diags, "'back_offset.y' (mm)", -50, 50)) o.back_offset_mm.y = *d;
}

void read_choices(const Node& s, CardsOptions& o, Diagnostics& diags) {
    if (const Node* v = s.find("flip"))
        if (auto t = yaml::as_text(*v, diags, "'flip'")) {
            if (auto f = parse_flip(*t)) o.flip = *f;
            else diags.error(v->loc, fmt::format("unknown flip '{}' (known: long-edge, short-edge)", *t));
        }
    if (const Node* v = s.find("answer"))
        if (auto t = yaml::as_text(*v, diags, "'answer'")) {
            if (*t == "short" || *t == "full") o.full_answers = *t == "full";
            else diags.error(v->loc, fmt::format("unknown answer '{}' (known: short, full)", *t));
        }
    if (const Node* v = s.find("answer_align"))
        if (auto t = yaml::as_text(*v, diags, "'answer_align'")) {
            if (*t == "top" || *t == "center") o.center_answer = *t == "center";
            else diags.error(v->loc, fmt::format("unknown answer_align '{}' (known: top, center)", *t));
        }
}

void read_sizes(const Node& s, CardsOptions& o, Diagnostics& diags) {
    read_length(s, "question_size", o.question_size, 4, 72, diags);  // "14pt" as text.size takes it
    read_length(s, "question_min_size", o.question_min_size, 4, 72, diags);
    read_length(s, "label_size", o.label_size, 3, 24, diags);
    read_number(s, "size_step", o.size_step, 0.05, 4, diags);
    if (o.question_min_size > o.question_size)
        diags.error(s.loc, "'question_min_size' is larger than 'question_size'");
}

void read_grid(const Node& s, const layout::LayoutFile& layout, CardsOptions& o, Diagnostics& diags) {
    o.grid.page = layout.page.size;
    read_int(s, "columns", o.grid.columns, 1, 20, diags);
    read_int(s, "rows", o.grid.rows, 1, 20, diags);
    if (const Node* v = s.find("card"))
        if (auto sz = length_pair(*v, diags, "card size", 36)) o.grid.card = *sz;
    if (const Node* v = s.find("gutter"))
        if (auto sz = length_pair(*v, diags, "gutter", 0)) {
            o.grid.gutter_x = sz->width;
            o.grid.gutter_y = sz->height;
        }
    read_flag(s, "fold", o.grid.fold, diags);
    if (const Node* v = s.find("fold_gap"))
        if (auto l = layout::as_length(*v, diags, "fold gap", 0, 500)) o.grid.fold_gap = *l;
    if (const Node* v = s.find("padding"))
        if (auto l = layout::as_length(*v, diags, "padding", 0, 200)) o.padding = *l;
}

/// Points as millimetres, for messages about sizes users give in mm.
double in_mm(double points) { return points / kPointsPerMm; }

/// The margins the centred cards cross, and how much room centring leaves on those sides, when
/// the cards would fit inside the margins in size but not where centring puts them (unequal margins).
std::string crossed_margins(const Rect& box, const Rect& cards, Size page) {
    struct Side { const char* name; double margin, room; };
    const Side sides[] = {{"left", box.x, cards.x},
                          {"right", page.width - box.right(), page.width - cards.right()},
                          {"top", box.y, cards.y},
                          {"bottom", page.height - box.bottom(), page.height - cards.bottom()}};
    std::string crossed;
    for (const Side& s : sides)
        if (s.room < s.margin - 0.01)
            crossed += fmt::format("{}{:.1f} mm at the {} (margin {:.1f} mm)", crossed.empty() ? "" : " and ",
                                   in_mm(s.room), s.name, in_mm(s.margin));
    if (crossed.empty()) return {};
    return fmt::format("; centred on the page (so that every back mirrors its front), they leave {}: make "
                       "the margins equal or the cards smaller", crossed);
}

/// The cards must stay inside the page's margins (printers cannot print the outer few mm).
void check_fits(const Node& s, const layout::LayoutFile& layout, const CardsOptions& o, Diagnostics& diags) {
    Rect box = layout::content_box(layout.page);
    Rect cards = cards_bounds(o.grid);
    if (!box.contains(cards)) {
        bool size_fits = cards.width <= box.width + 0.01 && cards.height <= box.height + 0.01;
        const Node* card = s.find("card");
        diags.error(card ? card->loc : s.loc,
                    fmt::format("the cards ({:.1f} x {:.1f} mm) do not fit the page inside its margins ({:.1f} x "
                                "{:.1f} mm){}",
                                in_mm(cards.width), in_mm(cards.height), in_mm(box.width), in_mm(box.height),
                                size_fits ? crossed_margins(box, cards, o.grid.page) : std::string()));
    }
    if (2 * o.padding >= std::min(o.grid.card.width, o.grid.card.height))
        diags.error(s.loc, "the card padding leaves no room for text");
}

}  // namespace

CardsOptions cards_options(const layout::LayoutFile& layout, Diagnostics& diags) {
    CardsOptions o;
    o.grid.page = layout.page.size;
    o.grid.card = {95 * kPointsPerMm, 65 * kPointsPerMm};
    const Node* s = layout.section;
    if (!s) {
        diags.error({layout.path, 1, 1}, "a cards layout needs a 'cards:' section");
        return o;
    }
    if (!yaml::expect_kind(*s, yaml::NodeKind::Map, diags, "'cards'")) return o;
    yaml::check_keys(*s, {"columns", "rows", "card", "gutter", "fold", "fold_gap", "padding", "question_size",
                          "question_min_size", "label_size", "size_step", "flip", "back_offset", "answer",
                          "answer_align", "cut_marks"},
                     diags, "cards");
    read_grid(*s, layout, o, diags);
    read_sizes(*s, o, diags);
    read_choices(*s, o, diags);
    if (const Node* v = s->find("back_offset")) read_offset(*v, o, diags);
    if (const Node* v = s->find("cut_marks")) read_cut_marks(*v, o, diags);
    if (!diags.has_errors()) check_fits(*s, layout, o, diags);
    return o;
}

}  // namespace deckpress::outputs
