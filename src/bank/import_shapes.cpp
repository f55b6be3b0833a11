// bank: Q&A tables and block-quoted answers as questions, for documents that do not number
// their question headings.
#include <algorithm>
#include <optional>
#include <utility>

#include "bank/import_lines.hpp"

namespace deckpress::bank::importer {
namespace {

/// The cells of a table row: split at `|` that is not escaped (`\|` becomes `|`), without the
/// empty cells outside a leading and trailing `|`, each trimmed.
std::vector<std::string> table_cells(std::string_view row) {
    std::string text = trim(row);
    std::vector<std::string> cells(1);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\\' && i + 1 < text.size() && text[i + 1] == '|') {
            cells.back() += '|';
            ++i;
        } else if (text[i] == '|') {
            cells.emplace_back();
        } else {
            cells.back() += text[i];
        }
    }
    if (text.starts_with('|')) cells.erase(cells.begin());
    if (text.ends_with('|') && !text.ends_with("\\|") && !cells.empty()) cells.pop_back();
    for (std::string& cell : cells) cell = trim(cell);
    return cells;
}

/// Whether `line` is a table's delimiter row ("|---|:---:|").
bool is_delimiter_row(std::string_view line) {
    std::vector<std::string> cells = table_cells(line);
    return !cells.empty() && std::all_of(cells.begin(), cells.end(), [](const std::string& c) {
        return c.find('-') != std::string::npos && c.find_first_not_of("-: ") == std::string::npos;
    });
}

/// The index in `header` of the first cell named one of `names` (case and bold aside), or -1.
int column_named(const std::vector<std::string>& header, std::initializer_list<std::string_view> names) {
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string name = lower(header[i]);
        name.erase(std::remove(name.begin(), name.end(), '*'), name.end());
        name = trim(name);
        if (std::find(names.begin(), names.end(), name) != names.end()) return static_cast<int>(i);
    }
    return -1;
}

/// The answer cell's lines: `<br>`, `<br/>` and `<br />` are line breaks.
std::vector<std::string> answer_lines(const std::string& cell) {
    std::vector<std::string> out(1);
    std::string low = lower(cell);
    for (std::size_t i = 0; i < cell.size(); ++i) {
        if (low.compare(i, 3, "<br") == 0) {
            std::size_t close = low.find('>', i);
            if (close != std::string::npos && low.find_first_not_of(" /", i + 3) == close) {
                out.emplace_back();
                i = close;
                continue;
            }
        }
        out.back() += cell[i];
    }
    for (std::string& line : out) line = trim(line);
    return out;
}

/// `cell` without bold around all of it ("**What is X?**" -> "What is X?").
std::string unbolded(const std::string& cell) {
    bool whole = cell.size() > 4 && cell.starts_with("**") && cell.ends_with("**") &&
                 cell.find("**", 2) == cell.size() - 2;
    return whole ? trim(std::string_view(cell).substr(2, cell.size() - 4)) : cell;
}

/// The other columns worth keeping: not the question and answer, not a row number ("#", "No.").
std::vector<std::size_t> extra_columns(const std::vector<std::string>& header, int q, int a) {
    std::vector<std::size_t> extra;
    for (std::size_t i = 0; i < header.size(); ++i) {
        std::string name = lower(header[i]);
        bool number = name.empty() || name == "#" || name == "no" || name == "no." || name == "sr. no." ||
                      name == "s.no" || name == "s. no." || name == "id" || name == "number";
        if (static_cast<int>(i) != q && static_cast<int>(i) != a && !number) extra.push_back(i);
    }
    return extra;
}

/// Rewrites the table whose header is at `at` (its delimiter row follows) when it is a Q&A
/// table; returns the rows converted and moves `at` past the table.
int convert_table(std::vector<std::string>& lines, std::size_t& at) {
    std::vector<std::string> header = table_cells(lines[at]);
    int q = column_named(header, {"question", "questions", "q", "term", "prompt", "front"});
    int a = column_named(header, {"answer", "answers", "a", "definition", "explanation", "back"});
    if (q < 0 || a < 0) return 0;
    std::size_t end = at + 2;
    while (end < lines.size() && !is_blank(lines[end]) && lines[end].find('|') != std::string::npos) ++end;
    std::vector<std::vector<std::string>> written(end - at);  // per table line: its header and delimiter none
    const std::vector<std::size_t> extra = extra_columns(header, q, a);
    int rows = 0;
    for (std::size_t r = at + 2; r < end; ++r) {
        std::vector<std::string>& out = written[r - at];
        std::vector<std::string> cells = table_cells(lines[r]);
        auto cell = [&](int i) { return static_cast<std::size_t>(i) < cells.size() ? cells[static_cast<std::size_t>(i)] : ""; };
        if (!cell(q).empty()) {
            if (rows++ > 0) out.emplace_back();
            out.push_back("Q: " + unbolded(cell(q)));
        } else if (rows == 0) {  // no question to continue: the row stays as it was
            out.push_back(lines[r]);
            continue;
        }
        // A row without a question continues the answer above it.
        for (std::string& line : answer_lines(cell(a))) out.push_back(std::move(line));
        bool listed = false;  // the other columns ("Difficulty", "Tags") as a list after the answer
        for (std::size_t c : extra) {
            std::string value = cell(static_cast<int>(c));
            if (value.empty()) continue;
            if (!std::exchange(listed, true)) out.emplace_back();
            out.push_back("- **" + unbolded(header[c]) + ":** " + value);
        }
    }
    if (end < lines.size() && !is_blank(lines[end])) written.back().emplace_back();
    // Each table line holds what it became (lines joined by '\n'): the document keeps its line count.
    for (std::size_t r = at; r < end; ++r) lines[r] = join_lines(written[r - at]);
    at = end;
    return rows;
}

/// The question of a list item that asks ("1. What is X?", "- What is X?"), or "".
std::string asking_item(std::string_view line) {
    std::string text = trim(line);
    std::size_t marker = list_marker(text);
    if (marker == 0 || line.find_first_not_of(' ') > 3) return "";
    std::string question = trim(std::string_view(text).substr(marker));
    if (std::optional<std::string> labelled = question_line(question, false)) question = *labelled;  // "- Q: What is X?"
    return asks(question) ? question : "";
}

bool is_quote(std::string_view line) { return trim(line).starts_with(">"); }

/// `line` without its block quote marker ("> text" -> "text").
std::string unquoted(std::string_view line) {
    std::string text = trim(line);
    std::size_t skip = text.size() > 1 && text[1] == ' ' ? 2 : 1;
    return text.substr(std::min(skip, text.size()));
}

}  // namespace

int tables_to_questions(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i])) continue;
        if (i + 1 < lines.size() && lines[i].find('|') != std::string::npos && is_delimiter_row(lines[i + 1])) {
            std::size_t at = i;
            int rows = convert_table(lines, at);
            converted += rows;
            if (rows > 0) i = at - 1;
        }
    }
    return converted;
}

int quoted_answers_to_questions(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i])) continue;
        std::string question = asking_item(lines[i]);
        if (question.empty()) continue;
        std::size_t quote = i + 1;
        while (quote < lines.size() && is_blank(lines[quote])) ++quote;
        if (quote == lines.size() || !is_quote(lines[quote])) continue;
        lines[i] = "Q: " + question;
        for (; quote < lines.size() && is_quote(lines[quote]); ++quote) lines[quote] = unquoted(lines[quote]);
        i = quote - 1;
        ++converted;
    }
    return converted;
}

int indented_answers_to_questions(std::vector<std::string>& lines, bool bullets) {
    int converted = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i])) continue;
        std::string question = asking_item(lines[i]);
        std::size_t indent = lines[i].find_first_not_of(' ');
        if (question.empty() || (!bullets && number_marker(std::string_view(lines[i]).substr(indent)) == 0)) continue;
        std::size_t marker = indent + list_marker(std::string_view(lines[i]).substr(indent));
        std::size_t content = lines[i].find_first_not_of(' ', marker);  // the item's text column
        std::size_t next = i + 1;
        while (next < lines.size() && is_blank(lines[next])) ++next;
        if (next == lines.size() || lines[next].find_first_not_of(' ') < content) continue;
        lines[i] = "Q: " + question;
        std::size_t end = next;  // the item's indented lines
        std::size_t shift = content + 3;  // indented further, a line would be code in the item
        for (; end < lines.size() && (is_blank(lines[end]) || lines[end].find_first_not_of(' ') >= content); ++end)
            if (!is_blank(lines[end])) shift = std::min(shift, lines[end].find_first_not_of(' '));
        for (; next < end; ++next)
            lines[next] = is_blank(lines[next]) ? "" : lines[next].substr(shift);  // out of the list item
        i = next - 1;
        ++converted;
    }
    return converted;
}

namespace {

/// Whether `line` is a numbered list item ("1. text"), indented or not.
bool is_numbered_item(std::string_view line) {
    std::string text = trim(line);
    return number_marker(text) > 0;
}

/// The nearest non-blank line from `i` in direction `step` (+1 or -1), or nullopt.
std::optional<std::size_t> nonblank_from(const std::vector<std::string>& lines, std::size_t i, int step) {
    for (auto j = static_cast<std::ptrdiff_t>(i) + step; j >= 0 && j < static_cast<std::ptrdiff_t>(lines.size()); j += step)
        if (!is_blank(lines[static_cast<std::size_t>(j)])) return static_cast<std::size_t>(j);
    return std::nullopt;
}

/// Whether line `i` is a numbered item that asks standing alone: unindented, no numbered item
/// just above or below it, and a blank line and then unindented text after it (its answer).
bool is_lone_asking_item(const std::vector<std::string>& lines, std::size_t i) {
    if (lines[i].empty() || lines[i][0] == ' ' || !is_numbered_item(lines[i]) || asking_item(lines[i]).empty()) return false;
    std::optional<std::size_t> before = nonblank_from(lines, i, -1), after = nonblank_from(lines, i, +1);
    if (!after || *after == i + 1 || lines[*after][0] == ' ' || is_numbered_item(lines[*after])) return false;
    return !before || !is_numbered_item(lines[*before]);
}

}  // namespace

int lone_numbered_questions_to_lines(std::vector<std::string>& lines) {
    std::vector<std::size_t> found;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (!fence.inside_after(lines[i]) && is_lone_asking_item(lines, i)) found.push_back(i);
    if (found.size() < 2) return 0;  // one such item is more likely a list in an answer than a shape
    for (std::size_t i : found) lines[i] = "Q: " + asking_item(lines[i]);
    return static_cast<int>(found.size());
}

namespace {

/// Whether `line` is a definition of a definition list (": text", Pandoc and PHP Markdown Extra).
bool is_definition(std::string_view line) {
    return line.size() > 2 && line[0] == ':' && (line[1] == ' ' || line[1] == '\t');
}

/// Whether `line` may be a definition list's term: unindented text that is no heading, list
/// item, table row, quote, fence or HTML.
bool may_be_term(std::string_view line) {
    if (is_blank(line) || line[0] == ' ' || line[0] == ':' || line[0] == '<' || line[0] == '>' || line[0] == '#') return false;
    return !is_table_row(line) && list_marker(line) == 0 && !line.starts_with("```") && !line.starts_with("~~~");
}

}  // namespace

int definition_lists_to_questions(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        if (fence.inside_after(lines[i]) || !may_be_term(lines[i]) || (i > 0 && !is_blank(lines[i - 1]))) continue;
        std::size_t def = is_blank(lines[i + 1]) && i + 2 < lines.size() ? i + 2 : i + 1;  // a blank line may part them
        if (!is_definition(lines[def])) continue;
        lines[i] = "Q: " + trim(lines[i]);
        for (std::size_t j = def; j < lines.size(); ++j) {
            if (is_definition(lines[j])) lines[j] = trim(std::string_view(lines[j]).substr(2));
            else if (is_blank(lines[j])) continue;
            else if (lines[j][0] != ' ') break;  // the next term, or other text
            else lines[j].erase(0, std::min<std::size_t>(lines[j].find_first_not_of(' '), 4));  // a definition's next paragraph
        }
        ++converted;
    }
    return converted;
}

int bare_label_lines_to_questions(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i]) || parse_heading(lines[i]) || !is_bare_label(unwrap_emphasis(trim(lines[i])))) continue;
        std::size_t first = i + 1;
        while (first < lines.size() && is_blank(lines[first])) ++first;
        if (first == lines.size() || parse_heading(lines[first]) || is_bare_label(unwrap_emphasis(trim(lines[first])))) continue;
        std::string question;
        std::size_t end = first;
        for (; end < lines.size() && !is_blank(lines[end]); ++end) {
            question += (question.empty() ? "" : " ") + trim(lines[end]);
            lines[end].clear();
        }
        lines[i] = "Q: " + question;
        i = end - 1;
        ++converted;
    }
    return converted;
}

int quoted_questions_to_lines(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i]) || !is_quote(lines[i]) || (i > 0 && is_quote(lines[i - 1]))) continue;
        std::string first = unquoted(lines[i]);
        if (!question_line(first, false) || (!first.starts_with("Q") && !first.starts_with("**Q"))) continue;
        for (; i < lines.size() && is_quote(lines[i]); ++i) lines[i] = unquoted(lines[i]);
        ++converted;
    }
    return converted;
}

}  // namespace deckpress::bank::importer
