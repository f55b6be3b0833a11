// outputs: the geometry of printable cards: grid cells, duplex mirroring, offsets, fit search.
#pragma once

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/geometry.hpp"

namespace deckpress::outputs {

/// How the printer turns the sheet for the back: about its long edge (portrait pages:
/// columns swap) or about its short edge (rows swap).
enum class Flip { LongEdge, ShortEdge };

/// "long-edge" / "short-edge".
const char* to_string(Flip flip);
std::optional<Flip> parse_flip(const std::string& text);

/// Where cards sit on a page. The grid is centred on the page, which makes every back cell
/// the mirror image of a front cell. With `fold`, fronts fill the left half and their backs
/// the right half of the same page, `fold_gap` apart across the page's vertical centre line.
struct CardGrid {
    Size page;
    int columns = 2;  ///< with `fold`: columns of fronts (the page holds twice as many cards)
    int rows = 4;
    Size card;
    double gutter_x = 0;  ///< space between columns
    double gutter_y = 0;  ///< space between rows
    bool fold = false;
    double fold_gap = 0;

    int per_page() const { return columns * rows; }
};

/// The front rect of each cell, row by row (top-left origin, points).
std::vector<Rect> front_cells(const CardGrid& grid);

/// The bounding box of every card on a page (fronts and, with fold, backs).
Rect cards_bounds(const CardGrid& grid);

/// The mirror image of `r` about the page's centre line parallel to the flip edge (vertical for
/// a portrait page's long edge or a landscape page's short edge, else horizontal): what lies
/// behind `r` once the sheet is turned over.
Rect mirror_rect(const Rect& r, Size page, Flip flip);

/// Where the back of the card in `front` goes: the mirror (about the vertical centre line on
/// the same page for fold layouts), shifted by `offset` points on separate back pages.
Rect back_rect(const Rect& front, const CardGrid& grid, Flip flip, Point offset);

/// The x positions of vertical cut lines and the y positions of horizontal ones (card edges,
/// deduplicated, ascending).
std::vector<double> cut_lines_x(const CardGrid& grid);
std::vector<double> cut_lines_y(const CardGrid& grid);

/// How far the text of the backs (each back cell shifted by `offset` points, less `padding` on
/// every side) reaches past the page's edges, per side (left, right, top, bottom), in points;
/// zero where it stays on the page. A large back offset pushes the outer backs off the sheet.
struct Overhang {
    double left = 0, right = 0, top = 0, bottom = 0;
    double largest() const { return std::max({left, right, top, bottom}); }
};
Overhang back_text_overhang(const CardGrid& grid, Flip flip, Point offset, double padding);

/// Millimetres to points, per axis.
Point mm_to_points(Point mm);

/// The largest size in {max, max - step, ..., min} for which `fits` holds, by binary search
/// (each probe is a real layout); nullopt when even `min` does not fit. The answer is always
/// a size `fits` accepted.
std::optional<double> largest_fitting(double max, double min, double step,
                                      const std::function<bool(double)>& fits);

}  // namespace deckpress::outputs
