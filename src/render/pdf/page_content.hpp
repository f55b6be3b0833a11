// render/pdf: a page's content stream painted from its frame alone, so pages paint in parallel.
#pragma once

#include <string>
#include <vector>

#include "layout/frame.hpp"
#include "render/pdf/astral_cids.hpp"

namespace deckpress::render::pdf {

/// A page's deflated content stream and the resources it names, in order of first use: the
/// stream calls them /F1 /F2 ... and /X1 /X2 ..., the names libharu gives them when they are
/// added to the page's resources in the same order.
struct PageContent {
    std::string deflated;
    std::vector<text::FontId> fonts;
    std::vector<std::string> images;  ///< image file paths
};

/// Paints `page` and deflates its stream (with this thread's Deflater); characters beyond the
/// BMP are shown with the CIDs `astral` gives their font. Thread-safe: it reads the frame only,
/// so pages may paint on several threads at once.
PageContent paint_page(const layout::Frame& page, const AstralCidsByFont& astral = {});

/// The resource names the content streams use for the i-th font and image of a page (0-based).
std::string font_resource_name(std::size_t index);
std::string image_resource_name(std::size_t index);

}  // namespace deckpress::render::pdf
