// markdown: checking that an image file is a PNG or JPEG the PDF writer can embed.
#pragma once

#include <optional>
#include <string>

namespace deckpress::markdown::detail {

/// What is wrong with the image file at `path`, as the start of a message that ends with
/// the file's name ("damaged PNG image (chunk IDAT fails its CRC check)"), or nullopt when
/// it is a non-interlaced PNG whose chunks are whole and sound, or a baseline or progressive
/// JPEG with its end marker. The content decides, not the name. Pixel data is not decoded.
std::optional<std::string> image_file_problem(const std::string& path);

}  // namespace deckpress::markdown::detail
