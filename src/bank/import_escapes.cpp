// bank: escaped list numbers in an imported document ("1\. What is X?", as Google Docs and
// Pandoc export a number typed as text) read as the numbers they show.
#include "bank/import_lines.hpp"

namespace deckpress::bank::importer {
namespace {

/// The position of the backslash in an escaped number that opens `line` ("12\. text",
/// "3\) text", after up to three spaces), or npos.
std::size_t escaped_number_backslash(std::string_view line) {
    std::size_t i = line.find_first_not_of(' ');
    if (i == std::string_view::npos || i > 3) return std::string_view::npos;
    std::size_t digits = i;
    while (digits < line.size() && digits - i < 9 && is_digit(line[digits])) ++digits;
    if (digits == i || digits + 1 >= line.size() || line[digits] != '\\') return std::string_view::npos;
    if (line[digits + 1] != '.' && line[digits + 1] != ')') return std::string_view::npos;
    bool ends = digits + 2 == line.size() || line[digits + 2] == ' ' || line[digits + 2] == '\t';
    return ends ? digits : std::string_view::npos;
}

}  // namespace

int unescape_list_numbers(std::vector<std::string>& lines) {
    int count = 0;
    FenceTracker fence;
    for (std::string& line : lines) {
        if (fence.inside_after(line)) continue;
        std::size_t slash = escaped_number_backslash(line);
        if (slash == std::string::npos) continue;
        line.erase(slash, 1);
        ++count;
    }
    return count;
}

}  // namespace deckpress::bank::importer
