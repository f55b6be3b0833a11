// bank: remote images (`![badge](https://...)`) in an imported document become links, since a
// bank shows local images only and `deckpress check` rejects the others.
#include <string>

#include "bank/import_lines.hpp"

namespace deckpress::bank::importer {
namespace {

/// Whether `url` names a remote resource ("https://...", "//cdn...", "data:..."), as the
/// Markdown stage decides: a scheme before any '/'.
bool is_remote(std::string_view url) {
    std::size_t colon = url.find(':');
    std::size_t slash = url.find('/');
    return url.starts_with("//") || (colon != std::string_view::npos && colon > 1 && (slash == std::string_view::npos || colon < slash));
}

/// The `![alt](url ...)` at `bang` in `line`: the end of its alt text and of the whole image, or
/// nullopt when it is not one on this line.
std::optional<std::pair<std::size_t, std::size_t>> image_at(std::string_view line, std::size_t bang) {
    std::size_t close = line.find("](", bang + 2);
    if (close == std::string_view::npos || line.substr(bang + 2, close - bang - 2).find('[') != std::string_view::npos)
        return std::nullopt;
    std::size_t end = line.find(')', close + 2);
    if (end == std::string_view::npos) return std::nullopt;
    return std::pair{close, end + 1};
}

/// `line` with its remote images as links (`[alt](url)`), and an image that is the whole text of
/// a link (`[![alt](badge)](target)`) as that link's text; counts them in `count`.
std::string links_for_remote_images(const std::string& line, int& count) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t bang = line.find("!["); bang != std::string::npos; bang = line.find("![", bang + 2)) {
        std::optional<std::pair<std::size_t, std::size_t>> image = image_at(line, bang);
        if (!image) continue;
        auto [alt_end, end] = *image;
        std::string url = trim(std::string_view(line).substr(alt_end + 2, end - 1 - alt_end - 2));
        if (!is_remote(url)) continue;
        std::string alt = trim(std::string_view(line).substr(bang + 2, alt_end - bang - 2));
        if (alt.empty()) alt = "image";
        bool link_text = bang > 0 && line[bang - 1] == '[' && line.compare(end, 2, "](") == 0;
        out.append(line, from, bang - from);
        out += link_text ? alt : "[" + alt + "](" + url + ")";
        from = end;
        ++count;
    }
    return out + line.substr(std::min(from, line.size()));
}

}  // namespace

std::vector<int> remote_images_to_links(std::vector<std::string>& lines) {
    std::vector<int> changed;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i]) || lines[i].find("![") == std::string::npos) continue;
        int count = 0;
        std::string rewritten = links_for_remote_images(lines[i], count);
        if (count == 0) continue;
        lines[i] = std::move(rewritten);
        changed.push_back(static_cast<int>(i) + 1);
    }
    return changed;
}

}  // namespace deckpress::bank::importer
