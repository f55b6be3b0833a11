// layout: greedy distribution of slices with backtracking to the last allowed break.
#include "layout/flow.hpp"

#include <algorithm>

namespace deckpress::layout {

namespace {

constexpr double kEpsilon = 0.001;  // points; absorbs rounding in sums of heights

bool can_break_before(std::span<const Slice> stack, std::size_t i) {
    return i == 0 || (stack[i].breakable && !stack[i - 1].keep_with_next);
}

/// distribute(), also telling whether some region had to break where no break is allowed.
std::vector<Region> distribute_checked(std::span<const Slice> stack, const std::function<double(std::size_t)>& height,
                                       bool& forced) {
    forced = false;
    std::vector<Region> regions(1);
    std::size_t start = 0;  // first slice of the current region
    double y = 0;
    std::size_t i = 0;
    while (i < stack.size()) {
        Region& region = regions.back();
        const Slice& s = stack[i];
        double gap = region.empty() ? 0 : s.gap_before;
        if (region.empty() && s.discard_at_top) {
            start = ++i;
            continue;
        }
        if (s.break_before && !region.empty()) {
            regions.emplace_back();
            start = i;
            y = 0;
            continue;
        }
        // A table's header is repeated where there is room for it and the slice.
        if (region.empty() && s.repeat_header &&
            s.repeat_header->height + s.height <= height(regions.size() - 1) + kEpsilon)
            y = s.repeat_header->height;
        if (region.empty() || y + gap + s.height <= height(regions.size() - 1) + kEpsilon) {
            region.push_back({i, y + gap});
            y += gap + s.height;
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j > start && !can_break_before(stack, j)) --j;
        if (j == start) {  // no allowed break in this region: break where it overflows
            j = i;
            forced = true;
        }
        region.resize(j - start);
        regions.emplace_back();
        start = j;
        i = j;
        y = 0;
    }
    if (regions.size() > 1 && regions.back().empty()) regions.pop_back();  // only dropped slices were left
    return regions;
}

}  // namespace

std::vector<Region> distribute(std::span<const Slice> stack, const std::function<double(std::size_t)>& height) {
    bool forced = false;
    return distribute_checked(stack, height, forced);
}

double balanced_height(std::span<const Slice> stack, int columns, double max_height) {
    // A height only counts when every column break is an allowed one: a forced break would
    // split a paragraph against its orphan/widow rules or separate a heading from its text.
    auto fits = [&](double h) {
        bool forced = false;
        auto regions = distribute_checked(stack, [h](std::size_t) { return h; }, forced);
        return !forced && static_cast<int>(regions.size()) <= columns;
    };
    if (stack.empty()) return 0;
    if (!fits(max_height)) return max_height;
    double lo = 0, hi = max_height;
    for (const Slice& s : stack) lo = std::max(lo, s.height);
    for (int step = 0; step < 30 && hi - lo > 0.5; ++step) {
        double mid = (lo + hi) / 2;
        (fits(mid) ? hi : lo) = mid;
    }
    return hi;
}

Rect content_box(const PageStyle& page) {
    return {page.margins.left, page.margins.top,
            page.size.width - page.margins.left - page.margins.right,
            page.size.height - page.margins.top - page.margins.bottom};
}

namespace {

/// Room for the items the outputs add to each page after the flow (a background, a running
/// header, a page number): a dozen or so, so that adding them moves no page's items.
constexpr std::size_t kFurnitureItems = 16;

/// Reserves each page's items: the pages are the largest frames, and growing them slice by
/// slice would move their items several times and leave the outgrown buffers behind.
void reserve_items(const Stack& stack, const std::vector<Region>& regions, std::size_t cols,
                   std::vector<Frame>& pages) {
    std::vector<std::size_t> counts(pages.size(), kFurnitureItems);
    for (std::size_t r = 0; r < regions.size(); ++r)
        for (const Placed& p : regions[r]) counts[r / cols] += stack[p.index].frame.items.size();
    for (std::size_t i = 0; i < pages.size(); ++i) pages[i].items.reserve(counts[i]);
}

/// Balances the last page's columns: its slices are distributed again at the least column
/// height that keeps them on that page without a forced break (kept as they were otherwise).
void balance_last_page(std::span<const Slice> stack, std::vector<Region>& regions, std::size_t cols,
                       double column_h) {
    std::size_t page_count = (regions.size() + cols - 1) / cols;
    std::size_t first = (page_count - 1) * cols;
    std::size_t offset = regions[first].front().index;
    std::span<const Slice> last = stack.subspan(offset);
    double h = balanced_height(last, static_cast<int>(cols), column_h);
    std::vector<Region> tail = distribute(last, [h](std::size_t) { return h; });
    if (tail.size() > cols) return;
    for (Region& r : tail)
        for (Placed& p : r) p.index += offset;
    regions.resize(first);
    regions.insert(regions.end(), tail.begin(), tail.end());
}

}  // namespace

void move_region(Stack& stack, const Region& region, Frame& frame, Point origin) {
    if (!region.empty())
        if (const auto& header = stack[region.front().index].repeat_header;
            header && region.front().y >= header->height - kEpsilon)  // distribute made room for it
            frame.place(header->frame, {origin.x, origin.y + region.front().y - header->height});
    for (const Placed& p : region) frame.place(std::move(stack[p.index].frame), {origin.x, origin.y + p.y});
}

double column_width(const PageStyle& page) {
    int cols = std::max(1, page.columns);
    return (content_box(page).width - page.column_gap * (cols - 1)) / cols;
}

double column_height(const PageStyle& page, double top, double bottom) {
    return content_box(page).height - top - bottom;
}

std::vector<Frame> flow_pages(Stack stack, const PageStyle& page, double top, double bottom,
                              bool balance) {
    Rect box = content_box(page);
    double column_h = column_height(page, top, bottom);
    int cols = std::max(1, page.columns);
    double column_w = column_width(page);
    std::vector<Region> regions = distribute(stack, [&](std::size_t) { return column_h; });

    std::size_t page_count = (regions.size() + static_cast<std::size_t>(cols) - 1) / static_cast<std::size_t>(cols);
    if (balance && cols > 1 && !regions.empty())
        balance_last_page(stack, regions, static_cast<std::size_t>(cols), column_h);
    std::vector<Frame> pages(std::max<std::size_t>(1, page_count));
    for (Frame& f : pages) f.size = page.size;
    reserve_items(stack, regions, static_cast<std::size_t>(cols), pages);
    for (std::size_t r = 0; r < regions.size(); ++r) {
        std::size_t col = r % static_cast<std::size_t>(cols);
        Point origin{box.x + static_cast<double>(col) * (column_w + page.column_gap), box.y + top};
        move_region(stack, regions[r], pages[r / static_cast<std::size_t>(cols)], origin);
    }
    return pages;
}

}  // namespace deckpress::layout
