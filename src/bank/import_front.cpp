// bank: YAML (`---`) or TOML (`+++`, Hugo) front matter of an imported document: dropped, its
// one-line values kept.
#include "bank/import_front.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "bank/import_lines.hpp"

namespace deckpress::bank::importer {
namespace {

/// A YAML front matter line: a `key:` entry, a list item, an indented continuation or a comment.
bool is_front_matter_line(const std::string& line) {
    if (is_blank(line) || line.starts_with(' ') || line.starts_with("- ") || line.starts_with('#')) return true;
    std::size_t colon = line.find(':');
    if (colon == 0 || colon == std::string::npos || (colon + 1 < line.size() && line[colon + 1] != ' ')) return false;
    return std::all_of(line.begin(), line.begin() + static_cast<long>(colon), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
    });
}

/// A TOML front matter line: a `key = value` entry, a `[table]`, an indented continuation or a
/// comment.
bool is_toml_line(const std::string& line) {
    if (is_blank(line) || line.starts_with(' ') || line.starts_with('#') || line.starts_with('[')) return true;
    std::size_t eq = line.find(" = ");
    return eq != std::string::npos && eq > 0 &&
           std::all_of(line.begin(), line.begin() + static_cast<long>(eq), [](char c) {
               return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-';
           });
}

/// The one-line value of `key:` (YAML) or `key = ` (TOML) on `line`, unquoted; nullopt when the
/// line is not that key.
std::optional<std::string> front_value(const std::string& line, std::string_view key) {
    if (!line.starts_with(key) || line.size() <= key.size()) return std::nullopt;
    std::string_view after = std::string_view(line).substr(key.size());
    if (after.starts_with(" = ")) after.remove_prefix(3);
    else if (after.starts_with(":")) after.remove_prefix(1);
    else return std::nullopt;
    std::string t = trim(after);
    if (!t.empty() && std::string_view("[{|>&*!").find(t.front()) != std::string_view::npos)
        return std::nullopt;  // a list, a block or a tag: not one line of text
    if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) t = t.substr(1, t.size() - 2);
    return t;
}

}  // namespace

FrontMatter take_front_matter(std::vector<std::string>& lines, ImportSummary& summary) {
    FrontMatter front;
    bool toml = !lines.empty() && trim(lines[0]) == "+++";
    if (lines.empty() || (trim(lines[0]) != "---" && !toml)) return front;
    std::size_t end = 1;
    while (end < lines.size() && trim(lines[end]) != (toml ? "+++" : "---") && (toml || trim(lines[end]) != "...")) ++end;
    if (end == lines.size() || end == 1 ||
        !std::all_of(lines.begin() + 1, lines.begin() + static_cast<long>(end), toml ? is_toml_line : is_front_matter_line))
        return front;
    std::string description;
    for (std::size_t i = 0; i <= end; ++i) {
        if (auto t = front_value(lines[i], "title"); t && !t->empty()) front.title = *t;
        if (auto t = front_value(lines[i], "subtitle")) front.subtitle = *t;
        if (auto t = front_value(lines[i], "description")) description = *t;
        if (auto t = front_value(lines[i], "author")) front.author = *t;
        lines[i].clear();
    }
    if (front.subtitle.empty()) front.subtitle = description;
    summary.remarks.push_back(fmt::format("lines 1-{}: front matter dropped{}", end + 1,
                                          front.title ? " (its title is the bank's unless a '# Title' line follows)" : ""));
    return front;
}

}  // namespace deckpress::bank::importer
