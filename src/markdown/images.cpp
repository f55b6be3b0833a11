// markdown: image references resolved against the bank folder (missing, escaping or not a
// sound PNG or JPEG = error).
#include "markdown/images.hpp"

#include <filesystem>
#include <system_error>

#include <fmt/format.h>

#include "markdown/image_file.hpp"

namespace deckpress::markdown::detail {
namespace fs = std::filesystem;
namespace {

bool is_remote(std::string_view url) {
    const std::size_t colon = url.find(':');
    const std::size_t slash = url.find('/');
    return colon != std::string_view::npos && colon > 1 &&
           (slash == std::string_view::npos || colon < slash);
}

/// True when `inner` (already normalised) lies inside folder `outer`.
bool inside(const fs::path& outer, const fs::path& inner) {
    const fs::path rel = inner.lexically_relative(outer);
    return !rel.empty() && *rel.begin() != ".." && !rel.is_absolute();
}

}  // namespace

ImageResult resolve_image(std::string_view url, const Context& ctx) {
    ImageResult result;
    const std::string shown(url);
    if (url.empty()) {
        result.error = "image without a path";
    } else if (is_remote(url)) {
        result.error = fmt::format("remote image not supported: {}", shown);
    } else if (fs::path(shown).is_absolute()) {
        result.error = fmt::format("image path must be relative to the bank folder: {}", shown);
    } else {
        const fs::path base = fs::path(ctx.base_dir.empty() ? "." : ctx.base_dir);
        const fs::path joined = (base / shown).lexically_normal();
        std::error_code ec;
        if (!inside(base.lexically_normal(), joined)) {
            result.error = fmt::format("image path leaves the bank folder: {}", shown);
        } else if (!fs::is_regular_file(joined, ec)) {
            const char* what = fs::is_directory(joined, ec) ? "image is a folder, not a file" : "image not found";
            result.error = joined == fs::path(shown) ? fmt::format("{}: {}", what, shown)
                                                      : fmt::format("{}: {} (looked for {})", what, shown, joined.string());
        } else if (!inside(fs::weakly_canonical(base, ec), fs::weakly_canonical(joined, ec))) {
            result.error = fmt::format("image path leaves the bank folder through a link: {}",
                                       shown);
        } else if (auto problem = image_file_problem(joined.string())) {
            result.error = fmt::format("{}: {}", *problem, shown);
        } else {
            result.path = joined.string();
        }
    }
    return result;
}

}  // namespace deckpress::markdown::detail
