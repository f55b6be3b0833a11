// layout: frame composition.
#include "layout/frame.hpp"

#include <iterator>

namespace deckpress::layout {

namespace {
Point shift(Point p, Point by) { return {p.x + by.x, p.y + by.y}; }
Rect shift(Rect r, Point by) { return {r.x + by.x, r.y + by.y, r.width, r.height}; }

struct Translator {
    Point by;
    void operator()(TextItem& t) const { t.pos = shift(t.pos, by); }
    void operator()(FillItem& f) const { f.rect = shift(f.rect, by); }
    void operator()(LineItem& l) const {
        l.from = shift(l.from, by);
        l.to = shift(l.to, by);
    }
    void operator()(LinkItem& l) const { l.rect = shift(l.rect, by); }
    void operator()(AnchorItem& a) const { a.pos = shift(a.pos, by); }
    void operator()(ImageItem& i) const { i.rect = shift(i.rect, by); }
};
}  // namespace

void translate(Item& item, Point offset) { std::visit(Translator{offset}, item); }

// Inserting a range grows the vector geometrically; reserving the exact size at each call
// would reallocate (and move every item so far) for each slice placed on a page.
void Frame::place(const Frame& other, Point offset) {
    std::size_t first = items.size();
    items.insert(items.end(), other.items.begin(), other.items.end());
    for (std::size_t i = first; i < items.size(); ++i) translate(items[i], offset);
}

void Frame::place(Frame&& other, Point offset) {
    other.shift_items(offset);
    if (items.empty() && items.capacity() < other.items.size()) items = std::move(other.items);
    else items.insert(items.end(), std::make_move_iterator(other.items.begin()),
                      std::make_move_iterator(other.items.end()));
    other.items.clear();
}

void Frame::shift_items(Point offset) {
    for (Item& item : items) translate(item, offset);
}

}  // namespace deckpress::layout
