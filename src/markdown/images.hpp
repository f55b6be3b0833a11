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
/// that leaves base_dir (`..`, or a symlink pointing outside), and a file that does not exist.
ImageResult resolve_image(std::string_view url, const Context& ctx);

}  // namespace deckpress::markdown::detail
