// outputs: grid cells, duplex mirroring, cut lines and the font-size search for cards.
#include "outputs/cards_geometry.hpp"

#include <algorithm>
#include <cmath>

namespace deckpress::outputs {

const char* to_string(Flip flip) { return flip == Flip::LongEdge ? "long-edge" : "short-edge"; }

std::optional<Flip> parse_flip(const std::string& text) {
    if (text == "long-edge") return Flip::LongEdge;
    if (text == "short-edge") return Flip::ShortEdge;
    return std::nullopt;
}

namespace {

double block_width(const CardGrid& g) { return g.columns * g.card.width + (g.columns - 1) * g.gutter_x; }
double block_height(const CardGrid& g) { return g.rows * g.card.height + (g.rows - 1) * g.gutter_y; }

/// Left edge of the fronts' block: centred, or ending `fold_gap / 2` left of the centre line.
double block_left(const CardGrid& g) {
    if (g.fold) return g.page.width / 2 - g.fold_gap / 2 - block_width(g);
    return (g.page.width - block_width(g)) / 2;
}

/// Fold cards turn about the page's vertical centre line whatever its orientation.
Rect mirror_about_vertical(const Rect& r, Size page) { return {page.width - r.x - r.width, r.y, r.width, r.height}; }

std::vector<double> sorted_unique(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end(), [](double a, double b) { return std::abs(a - b) < 0.01; }), v.end());
    return v;
}

}  // namespace

std::vector<Rect> front_cells(const CardGrid& g) {
    std::vector<Rect> cells;
    double left = block_left(g);
    double top = (g.page.height - block_height(g)) / 2;
    for (int r = 0; r < g.rows; ++r)
        for (int c = 0; c < g.columns; ++c)
            cells.push_back({left + c * (g.card.width + g.gutter_x), top + r * (g.card.height + g.gutter_y),
                             g.card.width, g.card.height});
    return cells;
}

Rect cards_bounds(const CardGrid& g) {
    double left = block_left(g);
    double top = (g.page.height - block_height(g)) / 2;
    double width = g.fold ? g.page.width - 2 * left : block_width(g);
    return {left, top, width, block_height(g)};
}

Rect mirror_rect(const Rect& r, Size page, Flip flip) {
    // The sheet turns about the flip edge: a vertical one on a portrait page's long edge or a
    // landscape page's short edge (a book's page), a horizontal one otherwise (a wall calendar).
    bool portrait = page.height >= page.width;
    bool vertical_hinge = (flip == Flip::LongEdge) == portrait;
    return vertical_hinge ? mirror_about_vertical(r, page) : Rect{r.x, page.height - r.y - r.height, r.width, r.height};
}

Rect back_rect(const Rect& front, const CardGrid& grid, Flip flip, Point offset) {
    if (grid.fold) return mirror_about_vertical(front, grid.page);
    Rect back = mirror_rect(front, grid.page, flip);
    back.x += offset.x;
    back.y += offset.y;
    return back;
}

std::vector<double> cut_lines_x(const CardGrid& g) {
    std::vector<double> xs;
    for (const Rect& r : front_cells(g)) {
        Rect back = mirror_about_vertical(r, g.page);
        for (const Rect& c : g.fold ? std::vector<Rect>{r, back} : std::vector<Rect>{r}) {
            xs.push_back(c.x);
            xs.push_back(c.right());
        }
    }
    return sorted_unique(std::move(xs));
}

std::vector<double> cut_lines_y(const CardGrid& g) {
    std::vector<double> ys;
    for (const Rect& r : front_cells(g)) {
        ys.push_back(r.y);
        ys.push_back(r.bottom());
    }
    return sorted_unique(std::move(ys));
}

Overhang back_text_overhang(const CardGrid& grid, Flip flip, Point offset, double padding) {
    Overhang o;
    for (const Rect& front : front_cells(grid)) {
        Rect b = back_rect(front, grid, flip, offset);
        o.left = std::max(o.left, -(b.x + padding));
        o.right = std::max(o.right, b.right() - padding - grid.page.width);
        o.top = std::max(o.top, -(b.y + padding));
        o.bottom = std::max(o.bottom, b.bottom() - padding - grid.page.height);
    }
    return o;
}

Point mm_to_points(Point mm) { return {mm.x * kPointsPerMm, mm.y * kPointsPerMm}; }

std::optional<double> largest_fitting(double max, double min, double step,
                                      const std::function<bool(double)>& fits) {
    // Candidate i is max - i * step, clamped to min; candidates are probed by binary search for
    // the smallest i that fits, assuming fitting is monotone in the size (it nearly is: a
    // smaller size can, rarely, break lines differently). The result is always a probed fit.
    int count = static_cast<int>(std::floor((max - min) / step + 1e-9)) + 1;
    if (max <= min) count = 1;
    auto size_at = [&](int i) { return std::max(min, max - i * step); };
    // Most answers fit at the largest size: trying it first settles them with one probe.
    if (fits(size_at(0))) return size_at(0);
    int lo = 1, hi = count;  // invariant: candidates before lo do not fit
    std::optional<double> best;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (fits(size_at(mid))) {
            best = size_at(mid);
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    if (!best && size_at(count - 1) > min && fits(min)) best = min;
    return best;
}

}  // namespace deckpress::outputs
