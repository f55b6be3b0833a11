// core: geometry in PDF points with a top-left origin (y grows downwards).
#pragma once

namespace deckpress {

/// A position in points, origin at the top-left corner of the containing frame.
struct Point {
    double x = 0;
    double y = 0;
};

struct Size {
    double width = 0;
    double height = 0;
};

/// An axis-aligned rectangle: top-left corner plus size.
struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    double right() const { return x + width; }
    double bottom() const { return y + height; }
    bool contains(const Rect& r, double eps = 0.01) const {
        return r.x >= x - eps && r.y >= y - eps && r.right() <= right() + eps &&
               r.bottom() <= bottom() + eps;
    }
};

/// Spacing on the four sides of a box (margins, padding).
struct Insets {
    double top = 0;
    double right = 0;
    double bottom = 0;
    double left = 0;
};

constexpr double kPointsPerInch = 72.0;
constexpr double kPointsPerMm = 72.0 / 25.4;

}  // namespace deckpress
