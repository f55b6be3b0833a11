// markdown: resolving image references against the bank folder.
#pragma once

#include <string>
#include <string_view>

#include "markdown/markdown.hpp"

namespace deckpress::markdown::detail {

struct ImageResult {
    std::string path;   ///< resolved file path (base_dir joined, normalised) when ok
    std::string error;  ///< what is wrong, naming the file ("" when ok)
};

/// Resolves `url` against ctx.base_dir. Refused: empty, remote (scheme:), absolute, a path
/// that leaves base_dir (`..`, or a symlink pointing outside), a file that does not exist, and
/// one that is not a PNG or JPEG the PDF writer can embed (image_file.hpp).
ImageResult resolve_image(std::string_view url, const Context& ctx);

}  // namespace deckpress::markdown::detail
