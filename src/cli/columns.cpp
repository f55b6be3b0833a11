// cli: byte columns of diagnostics turned into character columns, from the file they name.
#include "cli/columns.hpp"

#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>

namespace deckpress::cli {
namespace {

/// Files larger than a bank file may be are not read again for a column.
constexpr std::streamoff kMaxBytes = 64 << 20;

/// The text of `path` ("" when unreadable or too large), keeping the last file read.
const std::string& file_text(const std::string& path) {
    static std::string cached_path, cached_text;
    if (path == cached_path) return cached_text;
    cached_path = path;
    cached_text.clear();
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in || in.tellg() > kMaxBytes) return cached_text;
    in.seekg(0);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    cached_text = std::move(bytes).str();
    return cached_text;
}

/// Line `line` (1-based) of `text`, without its line break ("\n", "\r\n" or "\r"); nullopt-like
/// empty view with `found` false when the text has fewer lines.
std::string_view line_of(std::string_view text, int line, bool& found) {
    std::size_t start = 0;
    for (int n = 1; n < line; ++n) {
        std::size_t end = text.find_first_of("\r\n", start);
        if (end == std::string_view::npos) return found = false, std::string_view{};
        start = end + (text.compare(end, 2, "\r\n") == 0 ? 2 : 1);
    }
    found = true;
    return text.substr(start, text.find_first_of("\r\n", start) - start);
}

}  // namespace

SourceLoc in_characters(const SourceLoc& loc) {
    if (loc.file.empty() || loc.line <= 0 || loc.column <= 1) return loc;
    static std::mutex mutex;
    std::lock_guard lock(mutex);
    bool found = false;
    std::string_view line = line_of(file_text(loc.file), loc.line, found);
    if (!found) return loc;
    const std::size_t bytes = static_cast<std::size_t>(loc.column - 1);
    std::string_view before = line.substr(0, std::min(bytes, line.size()));
    int characters = 0;
    for (char c : before) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    SourceLoc out = loc;
    out.column = characters + static_cast<int>(bytes - before.size()) + 1;  // past the line's end: as it was
    return out;
}

}  // namespace deckpress::cli
