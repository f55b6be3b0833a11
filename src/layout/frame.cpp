// layout: frame composition.
#include "layout/frame.hpp"

namespace deckpress::layout {

namespace {
Point shift(Point p, Point by) { return {p.x + by.x, p.y + by.y}; }
Rect shift(Rect r, Point by) { return {r.x + by.x, r.y + by.y, r.width, r.height}; }

struct Translator {
    Point by;
    Item operator()(TextItem t) const { t.pos = shift(t.pos, by); return t; }
    Item operator()(FillItem f) const { f.rect = shift(f.rect, by); return f; }
    Item operator()(LineItem l) const {
        l.from = shift(l.from, by);
        l.to = shift(l.to, by);
        return l;
    }
    Item operator()(LinkItem l) const { l.rect = shift(l.rect, by); return l; }
    Item operator()(AnchorItem a) const { a.pos = shift(a.pos, by); return a; }
    Item operator()(ImageItem i) const { i.rect = shift(i.rect, by); return i; }
};
}  // namespace

Item translated(const Item& item, Point offset) { return std::visit(Translator{offset}, item); }

void Frame::place(const Frame& other, Point offset) {
    items.reserve(items.size() + other.items.size());
    for (const Item& item : other.items) items.push_back(translated(item, offset));
}

}  // namespace deckpress::layout
