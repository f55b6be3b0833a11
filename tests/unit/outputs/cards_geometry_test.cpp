// tests: card grid cells, duplex mirroring, back offsets, cut lines and the fit search.
#include <doctest/doctest.h>

#include "outputs/cards_geometry.hpp"

using namespace deckpress;
using namespace deckpress::outputs;

namespace {

CardGrid a4_grid() {
    CardGrid g;
    g.page = {595.28, 841.89};
    g.columns = 2;
    g.rows = 4;
    g.card = {95 * kPointsPerMm, 65 * kPointsPerMm};
    return g;
}

bool same(const Rect& a, const Rect& b) {
    return std::abs(a.x - b.x) < 1e-9 && std::abs(a.y - b.y) < 1e-9 && std::abs(a.width - b.width) < 1e-9 &&
           std::abs(a.height - b.height) < 1e-9;
}

}  // namespace

TEST_CASE("the grid is centred and cells go row by row") {
    CardGrid g = a4_grid();
    std::vector<Rect> cells = front_cells(g);
    REQUIRE(cells.size() == 8);
    CHECK(cells[0].x == doctest::Approx(10 * kPointsPerMm).epsilon(1e-3));
    CHECK(cells[0].y == doctest::Approx(18.5 * kPointsPerMm).epsilon(1e-3));
    CHECK(cells[1].x == doctest::Approx(cells[0].right()));
    CHECK(cells[2].y == doctest::Approx(cells[0].bottom()));
    Rect b = cards_bounds(g);
    CHECK(b.x + b.right() == doctest::Approx(g.page.width));
    CHECK(b.y + b.bottom() == doctest::Approx(g.page.height));
}

TEST_CASE("long-edge flip swaps columns, short-edge flip swaps rows") {
    CardGrid g = a4_grid();
    std::vector<Rect> cells = front_cells(g);
    CHECK(same(mirror_rect(cells[0], g.page, Flip::LongEdge), cells[1]));
    CHECK(same(mirror_rect(cells[5], g.page, Flip::LongEdge), cells[4]));
    CHECK(same(mirror_rect(cells[0], g.page, Flip::ShortEdge), cells[6]));
    CHECK(same(mirror_rect(cells[3], g.page, Flip::ShortEdge), cells[5]));
    Rect r{36, 40, 252, 180};
    CHECK(same(mirror_rect(r, {612, 792}, Flip::LongEdge), Rect{324, 40, 252, 180}));
    CHECK(same(mirror_rect(r, {612, 792}, Flip::ShortEdge), Rect{36, 572, 252, 180}));
    CHECK(same(mirror_rect(mirror_rect(r, {612, 792}, Flip::ShortEdge), {612, 792}, Flip::ShortEdge), r));
}

TEST_CASE("on a landscape page the long edge is horizontal: long-edge flip swaps rows, short-edge columns") {
    // A landscape sheet turned over on its long edge turns like a wall calendar (top to bottom).
    CardGrid g = a4_grid();
    g.page = {841.89, 595.28};
    g.columns = 3;
    g.rows = 2;
    g.card = {90 * kPointsPerMm, 65 * kPointsPerMm};
    std::vector<Rect> cells = front_cells(g);
    CHECK(same(mirror_rect(cells[0], g.page, Flip::LongEdge), cells[3]));
    CHECK(same(mirror_rect(cells[5], g.page, Flip::LongEdge), cells[2]));
    CHECK(same(mirror_rect(cells[0], g.page, Flip::ShortEdge), cells[2]));
    CHECK(same(mirror_rect(cells[4], g.page, Flip::ShortEdge), cells[4]));
}

TEST_CASE("an uneven grid (3 columns) still mirrors onto its own cells") {
    CardGrid g = a4_grid();
    g.columns = 3;
    g.card = {60 * kPointsPerMm, 40 * kPointsPerMm};
    g.gutter_x = 5;
    std::vector<Rect> cells = front_cells(g);
    CHECK(same(mirror_rect(cells[0], g.page, Flip::LongEdge), cells[2]));
    CHECK(same(mirror_rect(cells[1], g.page, Flip::LongEdge), cells[1]));
}

TEST_CASE("the back offset shifts back pages only; fold backs sit on the same page") {
    CardGrid g = a4_grid();
    Rect front = front_cells(g)[0];
    Point offset = mm_to_points({1.5, -2});
    Rect back = back_rect(front, g, Flip::LongEdge, offset);
    Rect mirrored = mirror_rect(front, g.page, Flip::LongEdge);
    CHECK(back.x == doctest::Approx(mirrored.x + 1.5 * kPointsPerMm));
    CHECK(back.y == doctest::Approx(mirrored.y - 2 * kPointsPerMm));
    g.fold = true;
    g.columns = 1;
    g.fold_gap = 20;
    Rect fold_front = front_cells(g)[0];
    Rect fold_back = back_rect(fold_front, g, Flip::ShortEdge, offset);
    CHECK(fold_front.right() == doctest::Approx(g.page.width / 2 - 10));
    CHECK(fold_back.x == doctest::Approx(g.page.width / 2 + 10));
    CHECK(fold_back.y == doctest::Approx(fold_front.y));
}

TEST_CASE("cut lines are the distinct card edges") {
    CardGrid g = a4_grid();
    CHECK(cut_lines_x(g).size() == 3);  // shared edges between the two columns count once
    CHECK(cut_lines_y(g).size() == 5);
    g.gutter_x = 10;
    CHECK(cut_lines_x(g).size() == 4);
}

TEST_CASE("the fit search finds the largest fitting step and never returns a failing size") {
    int probes = 0;
    auto fits_below = [&](double limit) {
        return [&probes, limit](double s) {
            ++probes;
            return s <= limit;
        };
    };
    CHECK(largest_fitting(12, 6, 0.25, fits_below(9.1)).value() == doctest::Approx(9.0));
    CHECK(probes <= 6);  // binary search over 25 candidates
    CHECK(largest_fitting(12, 6, 0.25, fits_below(20)).value() == doctest::Approx(12));
    CHECK(largest_fitting(12, 6, 0.25, fits_below(6)).value() == doctest::Approx(6));
    CHECK_FALSE(largest_fitting(12, 6, 0.25, fits_below(5.9)).has_value());
    CHECK(largest_fitting(10, 6.1, 1, fits_below(6.5)).value() == doctest::Approx(6.1));  // min off the step grid
}

TEST_CASE("flip names") {
    CHECK(parse_flip("long-edge") == Flip::LongEdge);
    CHECK(parse_flip("short-edge") == Flip::ShortEdge);
    CHECK_FALSE(parse_flip("sideways").has_value());
    CHECK(std::string(to_string(Flip::ShortEdge)) == "short-edge");
}

TEST_CASE("a back offset pushing the backs' text past the page's edges is measured per side") {
    CardGrid g = a4_grid();  // 10 mm free beside the grid, 18.5 mm above and below
    const double padding = 5 * kPointsPerMm;
    CHECK(back_text_overhang(g, Flip::LongEdge, mm_to_points({14.9, 23.4}), padding).largest() == 0);  // inside
    Overhang right = back_text_overhang(g, Flip::LongEdge, mm_to_points({20, 0}), padding);
    CHECK(right.right == doctest::Approx(5 * kPointsPerMm).epsilon(1e-3));  // A4 here is 595.28 pt wide
    CHECK(right.left == 0);
    Overhang up_left = back_text_overhang(g, Flip::ShortEdge, mm_to_points({-17, -30}), padding);
    CHECK(up_left.left == doctest::Approx(2 * kPointsPerMm).epsilon(1e-3));
    CHECK(up_left.top == doctest::Approx(6.5 * kPointsPerMm).epsilon(1e-3));
    CHECK(up_left.bottom == 0);
}
