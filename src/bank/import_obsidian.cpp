// bank: Obsidian and MkDocs notes in an imported document: callouts (`> [!tip] Title`) and
// admonitions (`!!! note "Title"` over an indented body) become block quotes with a bold title
// line, wiki links (`[[Page|text]]`) their text, instead of showing their syntax.
#include "bank/import_lines.hpp"

namespace deckpress::bank::importer {
namespace {

/// The title of a callout's first line ("> [!tip]- Short answer" -> "Short answer", "> [!warning]"
/// -> "Warning"), or nullopt when `line` does not open a callout.
std::optional<std::string> callout_title(std::string_view line) {
    std::string t = trim(line);
    if (!t.starts_with(">")) return std::nullopt;
    std::string rest = trim(std::string_view(t).substr(1));
    std::size_t close = rest.find(']');
    if (!rest.starts_with("[!") || close == std::string::npos || close == 2) return std::nullopt;
    std::string type = rest.substr(2, close - 2);
    std::string after = rest.substr(close + 1);
    if (!after.empty() && (after[0] == '-' || after[0] == '+')) after.erase(0, 1);  // foldable marks
    std::string title = trim(after);
    if (!title.empty()) return title;
    type[0] = static_cast<char>(type[0] >= 'a' && type[0] <= 'z' ? type[0] - 'a' + 'A' : type[0]);
    return type;
}

/// `line` with `[[Page]]` as "Page" and `[[Page|text]]` / `[[Page#Part|text]]` as "text".
std::string unwiki(const std::string& line, int& count) {
    std::string out;
    std::size_t from = 0;
    for (std::size_t open = line.find("[["); open != std::string::npos; open = line.find("[[", from)) {
        std::size_t close = line.find("]]", open + 2);
        if (close == std::string::npos) break;
        std::string inner = line.substr(open + 2, close - open - 2);
        if (inner.empty() || inner.find('[') != std::string::npos || (open > 0 && line[open - 1] == '!')) {  // ![[embed]]
            out.append(line, from, close + 2 - from);
        } else {
            std::size_t bar = inner.find('|');
            out.append(line, from, open - from);
            out += bar == std::string::npos ? inner : inner.substr(bar + 1);
            ++count;
        }
        from = close + 2;
    }
    return out + line.substr(std::min(from, line.size()));
}

/// The title of an admonition's first line ('!!! note "Ordering"' -> "Ordering", "??? tip" ->
/// "Tip"), or nullopt when `line` does not open one (MkDocs, Python-Markdown).
std::optional<std::string> admonition_title(std::string_view line) {
    if (!line.starts_with("!!! ") && !line.starts_with("??? ") && !line.starts_with("???+ ")) return std::nullopt;
    std::string rest = trim(line.substr(line.find(' ') + 1));
    std::size_t quote = rest.find('"');
    if (quote != std::string::npos && rest.ends_with("\"") && rest.size() > quote + 2)
        return rest.substr(quote + 1, rest.size() - quote - 2);
    std::string type = rest.substr(0, rest.find(' '));
    if (type.empty() || type == "\"\"") return std::nullopt;
    type[0] = static_cast<char>(type[0] >= 'a' && type[0] <= 'z' ? type[0] - 'a' + 'A' : type[0]);
    return type;
}

/// Rewrites the admonition at `at` (its body indented by 4 below it) into a block quote with a
/// bold title line; returns the index of its last line.
std::size_t quote_admonition(std::vector<std::string>& lines, std::size_t at, const std::string& title) {
    std::size_t end = at + 1;
    for (std::size_t i = at + 1; i < lines.size() && (is_blank(lines[i]) || lines[i].starts_with("    ")); ++i)
        if (!is_blank(lines[i])) end = i + 1;
    lines[at] = "> **" + title + "**" + (end > at + 1 ? "\\" : "");
    for (std::size_t i = at + 1; i < end; ++i) lines[i] = is_blank(lines[i]) ? ">" : "> " + lines[i].substr(4);
    return end - 1;
}

}  // namespace

int obsidian_to_markdown(std::vector<std::string>& lines) {
    int count = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i])) continue;
        lines[i] = unwiki(lines[i], count);
        if (std::optional<std::string> title = admonition_title(lines[i])) {
            i = quote_admonition(lines, i, *title);
            ++count;
            continue;
        }
        std::optional<std::string> title = callout_title(lines[i]);
        if (!title) continue;
        std::string prefix = lines[i].substr(0, lines[i].find('>'));
        bool body = i + 1 < lines.size() && trim(lines[i + 1]).starts_with(">") && trim(lines[i + 1]).size() > 1;
        lines[i] = prefix + "> **" + *title + "**" + (body ? "\\" : "");  // a line break: the title on its own line
        ++count;
    }
    return count;
}

}  // namespace deckpress::bank::importer
