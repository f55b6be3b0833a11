// layout: immutable frames (a size plus positioned items) that every painter reads.
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/color.hpp"
#include "core/geometry.hpp"
#include "text/fonts.hpp"

namespace deckpress::layout {

/// A run of text in one font; `pos` is the left end of the baseline.
struct TextItem {
    Point pos;
    text::FontId font = -1;
    double size = 0;
    Color color;
    std::string text;
};

/// A filled rectangle (backgrounds, code shading, bars).
struct FillItem {
    Rect rect;
    Color color;
};

/// A straight stroked line (rules, cut marks, answer lines).
struct LineItem {
    Point from;
    Point to;
    double width = 0.5;
    Color color;
    bool dashed = false;
};

/// A clickable area: `target` is "#anchor" for a place in the document or a URI.
struct LinkItem {
    Rect rect;
    std::string target;
};

/// A named destination at the given vertical position (what "#anchor" links go to).
struct AnchorItem {
    std::string name;
    Point pos;
};

/// A PNG or JPEG image scaled into `rect`.
struct ImageItem {
    Rect rect;
    std::string path;
};

using Item = std::variant<TextItem, FillItem, LineItem, LinkItem, AnchorItem, ImageItem>;

/// A laid-out box: a size and items positioned relative to its top-left corner.
struct Frame {
    Size size;
    std::vector<Item> items;

    /// Copies every item of `other` into this frame, shifted by `offset`.
    void place(const Frame& other, Point offset);
    /// Moves every item of `other` into this frame, shifted by `offset` (no text is copied);
    /// `other` is left without items. Items reserved ahead are kept (an empty frame without
    /// room for them takes over `other`'s items instead).
    void place(Frame&& other, Point offset);
    /// Shifts every item of this frame by `offset` (the size stays).
    void shift_items(Point offset);
    void push(Item item) { items.push_back(std::move(item)); }
};

/// Moves an item by `offset`, in place.
void translate(Item& item, Point offset);

/// A PDF outline (bookmark) entry pointing at an anchor; `level` 0 is the top.
struct Outline {
    std::string title;
    std::string anchor;
    int level = 0;
};

struct Metadata {
    std::string title;
    std::string subject;
    std::string keywords;
    std::string author;
    std::string creator = "deckpress";
    std::string language;  ///< the text's language as a BCP 47 tag ("en", "pt-BR"); "" when unknown
};

/// A finished document: pages (each one frame the size of the page), bookmarks, metadata.
struct Document {
    std::vector<Frame> pages;
    std::vector<Outline> outlines;
    Metadata meta;
    bool open_bookmarks = false;  ///< show the bookmarks panel when the PDF opens
};

}  // namespace deckpress::layout
