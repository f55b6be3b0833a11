// layout: pixel size of PNG and JPEG files, read from their headers.
#pragma once

#include <string>

#include "core/geometry.hpp"

namespace deckpress::layout {

/// Width and height in pixels; {0, 0} when the file is unreadable or not PNG/JPEG.
Size image_size(const std::string& path);

}  // namespace deckpress::layout
