// bank: an imported document's spelling normalised before its shapes are read: escaped list
// numbers ("1\. What is X?", as Google Docs and Pandoc export a number typed as text) read as the
// numbers they show, and tabs that indent lines as the spaces they stand for.
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

int expand_indenting_tabs(std::vector<std::string>& lines) {
    int count = 0;
    FenceTracker fence;
    bool nested = false;  // inside a fence that is indented (in a list item): its lines share the item's indentation
    for (std::string& line : lines) {
        bool fence_line = trim(line).starts_with("```") || trim(line).starts_with("~~~");
        bool code = fence.inside_after(line);
        if (code && fence_line && !nested) nested = !line.empty() && (line[0] == ' ' || line[0] == '\t');
        else if (!code) nested = false;
        if (code && !fence_line && !nested) continue;  // code at the margin keeps its tabs
        std::size_t end = line.find_first_not_of(" \t");
        end = end == std::string::npos ? line.size() : end;
        if (line.find('\t') >= end) continue;
        std::string indent;
        for (std::size_t i = 0; i < end; ++i)
            indent += line[i] == ' ' ? std::string(" ") : std::string(4 - indent.size() % 4, ' ');  // CommonMark's tab stops of 4
        line = indent + line.substr(end);
        ++count;
    }
    return count;
}

}  // namespace deckpress::bank::importer
