// layout: distributing slices into regions (columns, pages, cards) and composing pages.
#pragma once

#include <functional>
#include <span>
#include <vector>

#include "layout/blocks.hpp"
#include "layout/style.hpp"

namespace deckpress::layout {

/// A slice placed in a region: its index in the stack and its top within the region.
struct Placed {
    std::size_t index = 0;
    double y = 0;
};

using Region = std::vector<Placed>;

/// Distributes `stack` over regions whose heights `height(i)` gives, breaking only where
/// slices allow it (orphans, widows, keep-with-next). When no allowed break exists in a
/// region, it breaks before the slice that does not fit. Every slice is placed exactly once,
/// except a discard_at_top slice that would start a region, which is left out;
/// a slice taller than an empty region is placed alone and overflows (callers prevent that).
/// A slice with a repeat_header that starts a region is placed below that header when the
/// region has room for both.
std::vector<Region> distribute(std::span<const Slice> stack, const std::function<double(std::size_t)>& height);

/// The smallest column height at which `stack` fits in `columns` columns of at most
/// `max_height` (for balancing the last page); `max_height` when it does not fit at all.
double balanced_height(std::span<const Slice> stack, int columns, double max_height);

/// The content area of a page: margins removed.
Rect content_box(const PageStyle& page);

/// The width of one of the `page.columns` columns of the content area.
double column_width(const PageStyle& page);

/// The height of a column of `page` with `top` and `bottom` points kept free (see flow_pages).
double column_height(const PageStyle& page, double top = 0, double bottom = 0);

/// Lays `stack` into pages of `page.columns` columns inside the margins, with `top` and
/// `bottom` points of the content box kept free for headers and footers. With `balance`,
/// the last page's columns are balanced. Returns one frame per page, the size of the page; the
/// slices' items move into the pages.
std::vector<Frame> flow_pages(Stack stack, const PageStyle& page, double top = 0,
                              double bottom = 0, bool balance = false);

/// Moves the items of the slices of `region` into `frame` with the region's top-left at
/// `origin`. The slices keep their sizes but lose their items: each is placed once. The
/// header a region's first slice repeats is copied above it.
void move_region(Stack& stack, const Region& region, Frame& frame, Point origin);

}  // namespace deckpress::layout
