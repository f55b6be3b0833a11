// outputs: the duplex calibration sheet: crosshairs and millimetre rulers on both sides.
#include <fmt/format.h>

#include <algorithm>

#include "bank/yaml_tree.hpp"
#include "layout/flow.hpp"
#include "outputs/cards.hpp"
#include "outputs/cards_faces.hpp"
#include "outputs/furniture.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// Ruler half-length in mm: a printer that misses by more than 10 mm is out of adjustment.
constexpr int kRulerMm = 10;
/// Distance of the outer targets from the edges of the free area.
constexpr double kTargetInset = 18 * kPointsPerMm;

/// A crosshair at `c` with rulers through it, ticks every mm, numbered every 5 mm
/// (positive to the right and downwards).
void target(Frame& page, const BlockSetter& s, Point c, const Theme& theme) {
    const double mm = kPointsPerMm;
    const double reach = kRulerMm * mm;
    page.push(LineItem{{c.x - reach, c.y}, {c.x + reach, c.y}, 0.3, theme.text});
    page.push(LineItem{{c.x, c.y - reach}, {c.x, c.y + reach}, 0.3, theme.text});
    text::Look small = body_look(s, 0.8, theme.muted);
    for (int i = -kRulerMm; i <= kRulerMm; ++i) {
        double tick = i % 5 == 0 ? 2.2 * mm : 1.1 * mm;
        page.push(LineItem{{c.x + i * mm, c.y - tick}, {c.x + i * mm, c.y + tick}, 0.25, theme.text});
        page.push(LineItem{{c.x - tick, c.y + i * mm}, {c.x + tick, c.y + i * mm}, 0.25, theme.text});
        if (i % 5 != 0 || i == 0) continue;
        label(page, s, std::to_string(i), small, c.x + i * mm, c.y - 2.8 * mm, HAlign::Center);
        label(page, s, std::to_string(i), small, c.x + 2.8 * mm, c.y + i * mm + small.size * 0.35, HAlign::Left);
    }
    // The crosshair proper: a short, heavier cross the other side's ruler is read against.
    page.push(LineItem{{c.x - 3 * mm, c.y}, {c.x + 3 * mm, c.y}, 0.9, theme.accent});
    page.push(LineItem{{c.x, c.y - 3 * mm}, {c.x, c.y + 3 * mm}, 0.9, theme.accent});
}

std::vector<Point> target_points(const Rect& free) {
    std::vector<Point> points{{free.x + free.width / 2, free.y + free.height / 2}};
    if (free.width < 4 * kTargetInset || free.height < 4 * kTargetInset) return points;
    for (double y : {free.y + kTargetInset, free.bottom() - kTargetInset})
        for (double x : {free.x + kTargetInset, free.right() - kTargetInset}) points.push_back({x, y});
    return points;
}

std::string instructions(const CardsOptions& o) {
    return fmt::format(
        "Duplex calibration ({} offset {:g}, {:g} mm). Print both pages double-sided at 100% (no fit to page), "
        "flipping on the {} edge. Hold the sheet against a light with the back facing you. At each crosshair, "
        "read where the front's cross falls on the back's rulers (mm, right and down positive): add X and Y to "
        "the current offset and print cards with --back-offset X,Y (or set back_offset in the layout).",
        "current", o.back_offset_mm.x, o.back_offset_mm.y, o.flip == Flip::LongEdge ? "long" : "short");
}

/// Where a problem with the page is reported: the layout's `page:` section, else its first line.
SourceLoc page_loc(const LayoutFile& layout) {
    const yaml::Node* page = layout.tree ? layout.tree->find_key("page") : nullptr;
    return page ? page->loc : SourceLoc{layout.path, 1, 1};
}

/// The free area below the front's instructions (set into `front_text`) where the targets go:
/// it keeps a ruler's length clear above and below. Its height is negative when nothing fits.
Rect free_area(const Rect& box, const Stack& front_text) {
    double text_bottom = box.y + stack_height(front_text);
    return {box.x, text_bottom + kRulerMm * kPointsPerMm, box.width,
            box.bottom() - text_bottom - 2 * kRulerMm * kPointsPerMm};
}

/// Smallest size the instructions are set at on a small page (they start at the label size).
constexpr double kMinInstructionSize = 4;

BlockSetter sheet_setter(const LayoutFile& layout, Engine& engine, const Families& families, double size,
                         Diagnostics& diags) {
    SetterEnv env{engine.typesetter(), &families, &layout.theme, &layout.text, size};
    return BlockSetter(env, text::TextSource{&diags, {layout.path, 1, 1}, "calibration sheet"});
}

/// The front's and the back's instructions at the size they were set at.
struct Instructions {
    Stack front;
    Stack back;
    double size = 0;
};

/// The instructions at 1.3 times the label size, or in half-point steps smaller (down to
/// kMinInstructionSize) on a page too small to leave room for the targets below them.
Instructions set_instructions(const CardsOptions& o, const LayoutFile& layout, Engine& engine,
                              const Families& families, const Rect& box, Diagnostics& diags) {
    ParaLook look;
    look.align = Align::Left;
    Instructions out;
    for (out.size = o.label_size * 1.3;; out.size = std::max(kMinInstructionSize, out.size - 0.5)) {
        BlockSetter s = sheet_setter(layout, engine, families, out.size, diags);
        out.front.clear();
        out.back.clear();
        s.paragraph({doc::span(instructions(o))}, box.width, out.front, look);
        s.paragraph({doc::span("BACK: read the front's crosshairs on these rulers.", doc::Bold)}, box.width, out.back,
                    look);
        if (free_area(box, out.front).height >= 0 || out.size == kMinInstructionSize) break;
    }
    return out;
}

}  // namespace

Document calibration_sheet(const LayoutFile& layout, Engine& engine, const CardsRequest& request,
                           Diagnostics& diags) {
    Document doc;
    CardsOptions o = cards_options(layout, diags);
    if (request.flip) o.flip = *request.flip;
    if (request.back_offset_mm) o.back_offset_mm = *request.back_offset_mm;
    if (o.grid.fold) diags.error({layout.path, 1, 1}, "fold layouts print on one side: nothing to calibrate");
    if (diags.has_errors()) return doc;
    Families families = load_families(engine, layout.fonts);
    Rect box = content_box(layout.page);
    Instructions text = set_instructions(o, layout, engine, families, box, diags);
    Rect free = free_area(box, text.front);
    if (free.height < 0 || box.width < 2 * (kRulerMm + 4) * kPointsPerMm) {
        diags.error(page_loc(layout), fmt::format("the page has no room for the calibration sheet: its instructions "
                                                  "and a {} mm ruler need more than {:.0f} x {:.0f} mm inside the margins",
                                                  2 * kRulerMm, box.width / kPointsPerMm, box.height / kPointsPerMm));
        return doc;
    }
    BlockSetter s = sheet_setter(layout, engine, families, text.size, diags);
    Rect text_area{box.x, box.y, box.width, stack_height(text.front)};
    Point offset = mm_to_points(o.back_offset_mm);
    Frame front{layout.page.size, {}};
    Frame back{layout.page.size, {}};
    place_stack(std::move(text.front), front, {box.x, box.y});
    Rect back_area = mirror_rect(text_area, layout.page.size, o.flip);
    place_stack(std::move(text.back), back, {box.x + offset.x, back_area.y + offset.y});
    for (Point p : target_points(free)) {
        target(front, s, p, layout.theme);
        Rect m = mirror_rect({p.x, p.y, 0, 0}, layout.page.size, o.flip);
        target(back, s, {m.x + offset.x, m.y + offset.y}, layout.theme);
    }
    paint_background(front, layout.theme.background);  // the theme's text colours are chosen for it
    paint_background(back, layout.theme.background);
    doc.pages = {std::move(front), std::move(back)};
    doc.meta.title = "Duplex calibration sheet";
    doc.meta.language = "en";  // its own instructions
    return doc;
}

}  // namespace deckpress::outputs
