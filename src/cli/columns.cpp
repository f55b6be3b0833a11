// cli: byte columns of diagnostics turned into character columns, from the file they name.
#include "cli/columns.hpp"

#include <fstream>
#include <mutex>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::cli {
namespace {

/// Files larger than a bank file may be are not read again for a column.
constexpr std::streamoff kMaxBytes = 64 << 20;

/// The last file read: its text and where each of its lines starts ("\n", "\r\n" or "\r" end
/// one), so that thousands of warnings in one file cost one read and no rescans.
struct LinedFile {
    std::string path;
    std::string text;
    std::vector<std::size_t> starts;

    void read(const std::string& name) {
        path = name;
        text.clear();
        starts.clear();
        std::ifstream in(name, std::ios::binary | std::ios::ate);
        if (!in || in.tellg() > kMaxBytes) return;
        in.seekg(0);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        text = std::move(bytes).str();
        if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);  // a byte-order mark: the readers' columns skip it
        starts.push_back(0);
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            if (text[i] == '\r' || text[i] == '\n') starts.push_back(i + 1);
        }
    }

    /// Line `line` (1-based) without its line break; false when the file has fewer lines.
    bool line_of(int line, std::string_view& out) const {
        if (line < 1 || static_cast<std::size_t>(line) > starts.size()) return false;
        const std::size_t start = starts[static_cast<std::size_t>(line - 1)];
        out = std::string_view(text).substr(start);
        out = out.substr(0, out.find_first_of("\r\n"));
        return true;
    }
};

std::mutex mutex;
LinedFile file;  ///< guarded by `mutex`

}  // namespace

void forget_read_files() {
    std::lock_guard lock(mutex);
    file = LinedFile{};
}

SourceLoc in_characters(const SourceLoc& loc) {
    if (loc.file.empty() || loc.line <= 0 || loc.column <= 1) return loc;
    std::lock_guard lock(mutex);
    if (file.path != loc.file) file.read(loc.file);
    std::string_view line;
    if (!file.line_of(loc.line, line)) return loc;
    const std::size_t bytes = static_cast<std::size_t>(loc.column - 1);
    std::string_view before = line.substr(0, std::min(bytes, line.size()));
    int characters = 0;
    for (char c : before) characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    SourceLoc out = loc;
    out.column = characters + static_cast<int>(bytes - before.size()) + 1;  // past the line's end: as it was
    return out;
}

}  // namespace deckpress::cli
