// cli: finding `![alt](path)` images in imported Markdown and copying them into the bank.
#include "cli/import_images.hpp"

#include <set>

namespace deckpress::cli {
namespace fs = std::filesystem;

namespace {

/// Whether `path` is a file path inside the document's folder: not a URL, not absolute, no `..`.
bool is_local(const std::string& path) {
    if (path.empty() || path.front() == '/' || path.find("://") != std::string::npos || path.starts_with("data:"))
        return false;
    for (const fs::path& part : fs::path(path))
        if (part == "..") return false;
    return true;
}

/// The destination of the `![alt](...)` starting at `bang`, or "" when there is none.
std::string image_target(const std::string& md, std::size_t bang) {
    std::size_t close = md.find(']', bang + 2);
    if (close == std::string::npos || close + 1 >= md.size() || md[close + 1] != '(') return {};
    if (md.find('\n', bang) < close) return {};  // alt text on one line only
    std::size_t start = close + 2;
    while (start < md.size() && md[start] == ' ') ++start;
    bool angle = start < md.size() && md[start] == '<';
    if (angle) ++start;
    std::size_t end = start;
    while (end < md.size() && md[end] != (angle ? '>' : ')') && md[end] != '\n' && (angle || md[end] != ' ')) ++end;
    return md.substr(start, end - start);
}

}  // namespace

std::vector<std::string> local_image_paths(const std::string& markdown) {
    std::vector<std::string> paths;
    for (std::size_t bang = markdown.find("!["); bang != std::string::npos; bang = markdown.find("![", bang + 2)) {
        std::string target = image_target(markdown, bang);
        if (is_local(target)) paths.push_back(target);
    }
    return paths;
}

std::vector<std::string> copy_images(const bank::Bank& bank, const fs::path& doc_dir, const fs::path& out) {
    std::set<std::string> wanted;
    auto collect = [&](const std::string& md) {
        for (std::string& p : local_image_paths(md)) wanted.insert(std::move(p));
    };
    for (const bank::Note& n : bank.notes) collect(n.body);
    for (const bank::Category& c : bank.categories)
        for (const bank::Question& q : c.questions) collect(q.a);
    std::vector<std::string> copied;
    for (const std::string& path : wanted) {
        std::error_code ec;
        fs::path from = doc_dir / path, to = out / path;
        if (!fs::is_regular_file(from, ec) || fs::equivalent(from, to, ec)) continue;
        fs::create_directories(to.parent_path(), ec);
        if (fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec)) copied.push_back(path);
    }
    return copied;
}

}  // namespace deckpress::cli
