// render/pdf: pages' content streams painted from their frames alone, so pages paint in parallel.
#pragma once

#include <string>
#include <vector>

#include "layout/frame.hpp"

namespace deckpress::render::pdf {

/// A page's deflated content stream and the resources it names, in order of first use: the
/// stream calls them /F1 /F2 ... and /X1 /X2 ..., the names libharu gives them when they are
/// added to the page's resources in the same order.
struct PageContent {
    std::string deflated;
    std::vector<text::FontId> fonts;
    std::vector<std::string> images;  ///< image file paths
};

/// Paints every page (on two threads when there are enough pages); results in page order,
/// identical whatever the threads do.
std::vector<PageContent> paint_contents(const std::vector<layout::Frame>& pages);

/// The resource names the content streams use for the i-th font and image of a page (0-based).
std::string font_resource_name(std::size_t index);
std::string image_resource_name(std::size_t index);

}  // namespace deckpress::render::pdf
