// bank: fenced divs in an imported document (`::: {.callout-note}` ... `:::` in Quarto and
// Pandoc, `:::tip Title` in Docusaurus): callouts become block quotes with a bold title line like
// Obsidian callouts, other divs their content, instead of showing their `:::` lines; and code
// chunks' braced languages (```` ```{r} ````, ```` ```{.python} ````) as plain ones, and Notion's
// `<aside>` callouts as block quotes.
#include "bank/import_lines.hpp"

namespace deckpress::bank::importer {
namespace {

/// The number of colons (3 or more) that open `line` (trimmed), or 0.
std::size_t colon_fence(std::string_view line) {
    std::size_t n = line.find_first_not_of(':');
    n = n == std::string_view::npos ? line.size() : n;
    return n >= 3 ? n : 0;
}

/// What follows an opening fence: "{.callout-note title="X"}", "note Title", "{.columns}"; "" for a
/// closing fence.
std::string fence_info(std::string_view line) { return trim(line.substr(colon_fence(line))); }

/// The value of `title="..."` in `info`, or "".
std::string title_attribute(const std::string& info) {
    std::size_t at = info.find("title=\"");
    if (at == std::string::npos) return "";
    std::size_t end = info.find('"', at + 7);
    return end == std::string::npos ? "" : info.substr(at + 7, end - at - 7);
}

/// The callout type of an opening fence ("note" for `{.callout-note}` and `note Title`), or "" for
/// a div that is not a callout.
std::string callout_type(const std::string& info) {
    static constexpr std::string_view kTypes[] = {"note", "tip", "info", "warning", "caution", "danger", "important"};
    std::string low = lower(info);
    std::size_t at = low.find(".callout-");
    std::string word = at != std::string::npos ? low.substr(at + 9) : low;
    word = word.substr(0, std::min(word.find_first_of(" }\"."), word.size()));
    for (std::string_view type : kTypes)
        if (word == type) return std::string(type);
    return "";
}

/// The title of a callout: its `title=` attribute, the text after a Docusaurus type, else the
/// text of a heading on its first line (`heading` set), else the type capitalised.
std::string callout_title(const std::string& info, const std::string& type, const std::string& first, bool& heading) {
    heading = false;
    if (std::string t = title_attribute(info); !t.empty()) return t;
    if (!info.starts_with("{") && info.size() > type.size()) return trim(std::string_view(info).substr(type.size()));
    if (std::optional<Heading> h = parse_heading(first)) {
        heading = true;
        return h->text;
    }
    std::string t = type;
    t[0] = static_cast<char>(t[0] - 'a' + 'A');
    return t;
}

/// Whether `line` continues the paragraph above it: text, not a blank line or the start of
/// another block (a fence, heading, list or table), after which a line break would show as '\\'.
bool continues_paragraph(std::string_view line) {
    std::string t = trim(line);
    return !t.empty() && !t.starts_with("```") && !t.starts_with("~~~") && !t.starts_with(">") && !parse_heading(t) &&
           list_marker(t) == 0 && !is_table_row(t);
}

/// The index of the fence that closes the div opened at `open`, or npos.
std::size_t closing_fence(const std::vector<std::string>& lines, std::size_t open) {
    int depth = 0;
    FenceTracker code;
    for (std::size_t i = open; i < lines.size(); ++i) {
        if (code.inside_after(lines[i]) || colon_fence(trim(lines[i])) == 0) continue;
        depth += fence_info(trim(lines[i])).empty() ? -1 : 1;
        if (depth == 0) return i;
    }
    return std::string::npos;
}

/// Rewrites the div from `open` to `close` (its fences) in place; nested fences become blank.
void rewrite_div(std::vector<std::string>& lines, std::size_t open, std::size_t close) {
    std::string info = fence_info(trim(lines[open]));
    std::string type = callout_type(info);
    for (std::size_t i = open + 1; i < close; ++i)
        if (colon_fence(trim(lines[i]))) lines[i].clear();
    lines[close].clear();
    if (type.empty()) {
        lines[open].clear();
        return;
    }
    std::size_t first = open + 1;
    while (first < close && is_blank(lines[first])) ++first;
    bool heading = false;
    std::string title = callout_title(info, type, first < close ? lines[first] : std::string(), heading);
    std::size_t title_line = heading ? first : open;  // the quote opens at its title
    lines[open].clear();
    for (std::size_t i = title_line + 1; i < close; ++i) lines[i] = is_blank(lines[i]) ? ">" : "> " + lines[i];
    lines[title_line] = "> **" + title + "**";
    if (title_line + 1 < close && continues_paragraph(lines[title_line + 1].substr(1)))
        lines[title_line] += "\\";  // a line break: the title on its own line
}

}  // namespace

int fenced_divs_to_markdown(std::vector<std::string>& lines) {
    int count = 0;
    FenceTracker code;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (code.inside_after(lines[i]) || colon_fence(trim(lines[i])) == 0 || fence_info(trim(lines[i])).empty()) continue;
        std::size_t close = closing_fence(lines, i);
        if (close == std::string::npos) continue;
        rewrite_div(lines, i, close);
        i = close;
        ++count;
    }
    return count;
}

int braced_code_languages(std::vector<std::string>& lines) {
    int count = 0;
    FenceTracker code;
    char open = 0;  // the fence character of the code block this line is inside, or 0
    for (std::string& line : lines) {
        bool fenced = code.inside_after(line);
        bool opens = fenced && !open;
        std::string t = trim(line);
        if (opens) open = t[0];
        else if (open && t.size() >= 3 && t.find_first_not_of(open) == std::string::npos) open = 0;  // its closing fence
        std::size_t at = line.find_first_not_of(' ');
        if (!opens || at == std::string::npos || at > 3) continue;
        std::size_t ticks = line.find_first_not_of(line[at], at);
        if ((line[at] != '`' && line[at] != '~') || ticks == std::string::npos || ticks - at < 3) continue;
        std::string info = trim(std::string_view(line).substr(ticks));
        if (!info.starts_with("{") || !info.ends_with("}")) continue;  // a closing fence has no info
        std::string inner = trim(std::string_view(info).substr(1, info.size() - 2));
        if (inner.starts_with(".")) inner.erase(0, 1);
        std::string lang = inner.substr(0, std::min(inner.find_first_of(" ,}"), inner.size()));
        line = line.substr(0, ticks) + lang;
        ++count;
    }
    return count;
}

int notion_asides_to_quotes(std::vector<std::string>& lines) {
    int count = 0;
    FenceTracker code;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (code.inside_after(lines[i]) || lower(trim(lines[i])) != "<aside>") continue;
        std::size_t close = i + 1;
        while (close < lines.size() && lower(trim(lines[close])) != "</aside>") ++close;
        if (close == lines.size()) continue;
        std::size_t last = close;  // the quote ends at its last text line (a blank line before `</aside>` would end it early)
        while (last > i + 1 && is_blank(lines[last - 1])) --last;
        lines[i].clear();
        for (std::size_t j = i + 1; j < last; ++j) lines[j] = is_blank(lines[j]) ? ">" : "> " + trim(lines[j]);
        lines[close].clear();
        i = close;
        ++count;
    }
    return count;
}

}  // namespace deckpress::bank::importer
