// outputs: page furniture shared by every output (backgrounds, bands, headers, footers, labels).
#pragma once

#include <string>

#include "layout/blocks.hpp"
#include "layout/frame.hpp"
#include "layout/style.hpp"

namespace deckpress::outputs {

enum class HAlign { Left, Center, Right };

/// Draws one line of text with its baseline at `baseline`, aligned at `x` (left edge, centre
/// or right edge). Returns its width. A link target makes the text clickable.
double label(layout::Frame& frame, const layout::BlockSetter& setter, const std::string& text,
             const text::Look& look, double x, double baseline, HAlign align,
             const std::string& link = {});

/// `text` cut at a character and ended with an ellipsis so that it fits `width` (unchanged when
/// it fits; empty when not even the ellipsis fits).
std::string elide(const layout::BlockSetter& setter, const std::string& text, const text::Look& look,
                  double width);

/// One label of a page header or footer: its text, look and the setter that reports its
/// missing characters (at the text's source).
struct EndLabel {
    const layout::BlockSetter& setter;
    const std::string& text;
    const text::Look& look;
};

/// Draws `left` at the left end and `right` at the right end of [x0, x1] on one baseline,
/// eliding `left` so that the two keep `gap` points apart (page headers and footers).
void labels_at_ends(layout::Frame& frame, const EndLabel& left, const EndLabel& right, double x0, double x1,
                    double baseline, double gap);

/// Whether the layout's page keeps room for text between a header of `top` and a footer of
/// `bottom` points: at least three lines of `line_height`. Otherwise reports an error at the
/// layout's text size (or page) and returns false: the text would run off the page.
bool page_has_room(const layout::LayoutFile& layout, double top, double bottom, double line_height,
                   Diagnostics& diags);

/// A look in the body family at `scale` times the base size.
text::Look body_look(const layout::BlockSetter& setter, double scale, Color color, int face = text::Regular);

/// Puts the page background under everything else (skipped when it is white).
void paint_background(layout::Frame& page, const Color& background);

/// A full-width band (category header): a filled slice with its title in `band_text`,
/// carrying `anchor` so links and bookmarks can point at it.
layout::Slice band(const layout::BlockSetter& setter, const std::string& title, double width,
                   const std::string& anchor, double scale = 1.15);

/// A zero-height slice holding only an anchor (a link or bookmark destination).
layout::Slice anchor_slice(const std::string& name, double width);

/// Lays `stack` into a shaded panel with padding (bank notes): the panel splits across
/// columns with its shading.
void panel(layout::Stack& stack, std::size_t first, const Color& color, double padding);

}  // namespace deckpress::outputs
