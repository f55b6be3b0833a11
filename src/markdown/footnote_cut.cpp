// markdown: footnote definitions cut out of a text and references marked, before cmark reads it.
#include <algorithm>
#include <cctype>

#include <cmark.h>

#include "markdown/footnotes.hpp"
#include "markdown/parse_tree.hpp"
#include "core/ascii.hpp"

namespace deckpress::markdown::detail {
namespace {

/// Lines that certainly start something else than a lazy line continuing a note's paragraph.
constexpr std::string_view kBlockStarts = "#>";

/// A continuation line of a note is indented this many columns (GitHub's rule).
constexpr int kNoteIndent = 4;

std::vector<std::string_view> split_lines(std::string_view text) {
    std::vector<std::string_view> lines;
    for (std::size_t eol; (eol = text.find('\n')) != std::string_view::npos; text.remove_prefix(eol + 1))
        lines.push_back(text.substr(0, eol));
    lines.push_back(text);
    return lines;
}

/// Per 0-based line: whether cmark puts it in a code block or an HTML block (raw lines).
std::vector<bool> raw_lines(std::string_view text, std::size_t count) {
    std::vector<bool> raw(count, false);
    const CmarkDoc document(text);
    const CmarkIter iter(document.get());
    cmark_event_type event;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE) {
        cmark_node* node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (event != CMARK_EVENT_ENTER || (type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK)) continue;
        for (int l = cmark_node_get_start_line(node); l <= cmark_node_get_end_line(node); ++l)
            if (l >= 1 && static_cast<std::size_t>(l) <= count) raw[static_cast<std::size_t>(l) - 1] = true;
    }
    return raw;
}

bool label_char(char c) { return c != ' ' && c != '\t' && c != '\r' && c != '[' && c != ']' && c != '\\'; }

/// The length of the label of a reference whose `[` is at `at` (0 when there is none).
std::size_t label_length(std::string_view line, std::size_t at) {
    if (line.substr(at, 2) != "[^") return 0;
    std::size_t end = at + 2;
    while (end < line.size() && label_char(line[end])) ++end;
    if (end == at + 2 || end >= line.size() || line[end] != ']') return 0;
    return end - at - 2;
}

std::string normalised(std::string_view label) { return ascii_lower(label); }

std::size_t indent_of(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ') ++n;
    return n;
}

bool blank(std::string_view line) { return line.find_first_not_of(" \t\r") == std::string_view::npos; }

/// Where the `[` of a definition starting this line is (npos when none).
std::size_t definition_at(std::string_view line) {
    const std::size_t at = indent_of(line);
    if (at > 3) return std::string_view::npos;
    const std::size_t length = label_length(line, at);
    if (length == 0 || line.substr(at + length + 3, 1) != ":") return std::string_view::npos;
    return at;
}

/// A thematic break or list item (`---`, `* * *`, `- x`, `1. x`, `2) x`).
bool rule_or_item(std::string_view rest) {
    const char c = rest[0];
    if (c == '-' || c == '*' || c == '+') {
        if (rest.size() == 1 || rest[1] == ' ' || rest[1] == '\t') return true;
        return c != '+' && rest.find_first_not_of(std::string(1, c) + " \t") == std::string_view::npos;
    }
    if (c == '_') return rest.find_first_not_of("_ \t") == std::string_view::npos;
    std::size_t digits = 0;
    while (digits < rest.size() && std::isdigit(static_cast<unsigned char>(rest[digits]))) ++digits;
    return digits > 0 && digits < rest.size() && (rest[digits] == '.' || rest[digits] == ')') &&
           (digits + 1 == rest.size() || rest[digits + 1] == ' ');
}

/// Whether an unindented line would start a block of its own rather than continue a paragraph.
bool starts_block(std::string_view line) {
    std::string_view rest = line.substr(indent_of(line));
    if (rest.empty()) return true;
    if (kBlockStarts.find(rest[0]) != std::string_view::npos) return true;
    if (rest.starts_with("```") || rest.starts_with("~~~")) return true;
    return definition_at(line) != std::string_view::npos || rule_or_item(rest);
}

/// The columns of a line's leading spaces and tabs (tab stops every 4 columns, as cmark's).
int indent_columns(std::string_view line) {
    int column = 0;
    for (char c : line) {
        if (c == ' ') ++column;
        else if (c == '\t') column += 4 - column % 4;
        else break;
    }
    return column;
}

/// How many bytes of indentation a continuation line loses (up to kNoteIndent columns).
std::size_t continuation_indent(std::string_view line) {
    std::size_t at = 0;
    for (int column = 0; at < line.size() && column < kNoteIndent; ++at) {
        if (line[at] == '\t') column = kNoteIndent;
        else if (line[at] == ' ') ++column;
        else break;
    }
    return at;
}

/// Whether the reference at `at` (label `length` bytes) looks like a definition inside a quote
/// or list item: only their markers before it, a colon after it.
bool nested_definition(std::string_view line, std::size_t at, std::size_t length) {
    return line.substr(at + length + 3, 1) == ":" &&
           line.substr(0, at).find_first_not_of(" \t>-*+.)0123456789") == std::string_view::npos;
}

/// Marks the references of `line` (1-based `number`) in place and lists them; a definition
/// inside a quote or list item is listed in `nested` and marked so that cmark keeps it text
/// (as a link reference definition, it would vanish).
void mark_line(std::string& line, int number, std::vector<NoteRef>& refs, std::vector<NoteRef>& nested) {
    for (std::size_t at = line.find("[^"); at != std::string::npos; at = line.find("[^", at + 1)) {
        std::size_t slashes = 0;
        while (slashes < at && line[at - slashes - 1] == '\\') ++slashes;
        const std::size_t length = label_length(line, at);
        if (length == 0 || slashes % 2 == 1) continue;
        NoteRef ref{normalised(std::string_view(line).substr(at + 2, length)), number, static_cast<int>(at) + 1};
        if (nested_definition(line, at, length)) {
            nested.push_back(std::move(ref));
            line[at] = kNestedMark;
            continue;
        }
        refs.push_back(std::move(ref));
        line[at + 1] = kNoteMark;
    }
}

/// Marks the references of a whole text outside its code and HTML blocks.
std::string marked(std::string_view text, std::vector<NoteRef>& refs, std::vector<NoteRef>& nested) {
    if (text.find("[^") == std::string_view::npos) return std::string(text);
    const std::vector<std::string_view> lines = split_lines(text);
    const std::vector<bool> raw = raw_lines(text, lines.size());
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string line(lines[i]);
        if (!raw[i]) mark_line(line, static_cast<int>(i) + 1, refs, nested);
        out += line;
        if (i + 1 < lines.size()) out += '\n';
    }
    return out;
}

/// Reads footnote definitions out of a text's lines.
class DefinitionReader {
public:
    explicit DefinitionReader(const std::vector<std::string_view>& lines) : lines_(lines) {}

    /// Reads the definition whose first line is `first` (its `[` at byte `at`) into `def`;
    /// returns the index of its last line.
    std::size_t read(std::size_t first, std::size_t at, NoteDef& def) {
        const std::string_view line = lines_[first];
        const std::size_t length = label_length(line, at);
        def.shown = std::string(line.substr(at + 2, length));
        def.label = normalised(def.shown);
        def.line = static_cast<int>(first) + 1;
        def.column = static_cast<int>(at) + 1;
        std::size_t from = at + length + 4;  // past `[^label]:`
        while (from < line.size() && (line[from] == ' ' || line[from] == '\t')) ++from;
        const std::size_t last = last_line(first, blank(line.substr(from)));
        std::string text;
        added_ = 0;
        add_line(text, def.map, first, from);
        for (std::size_t i = first + 1; i <= last; ++i)
            add_line(text, def.map, i, indent_columns(lines_[i]) >= kNoteIndent ? continuation_indent(lines_[i]) : 0);
        def.text = marked(text, def.refs, def.nested);
        return last;
    }

private:
    /// The last line of a definition: indented lines, blank lines between them, and lazy lines
    /// right after a line of text.
    std::size_t last_line(std::size_t first, bool first_blank) const {
        std::size_t last = first;
        bool after_text = !first_blank;
        for (std::size_t i = first + 1; i < lines_.size(); ++i) {
            const std::string_view line = lines_[i];
            if (blank(line)) {
                after_text = false;
                continue;
            }
            const bool indented = indent_columns(line) >= kNoteIndent;
            if (!indented && (!after_text || starts_block(line))) break;
            last = i;
            after_text = true;
        }
        return last;
    }

    /// Appends line `i` from byte `from` as the next line of the note, and its place.
    void add_line(std::string& text, TextMap& map, std::size_t i, std::size_t from) {
        const int note_line = ++added_;
        const std::string_view rest = lines_[i].substr(std::min(from, lines_[i].size()));
        if (!rest.empty())
            map.push_back({note_line, 1, static_cast<int>(rest.size()), static_cast<int>(i) + 1, static_cast<int>(from) + 1});
        text += rest;
        text += '\n';
    }

    const std::vector<std::string_view>& lines_;
    int added_ = 0;  ///< lines of the note read so far
};

}  // namespace

NoteCut cut_footnotes(std::string_view text) {
    NoteCut cut;
    const std::vector<std::string_view> lines = split_lines(text);
    const std::vector<bool> raw = raw_lines(text, lines.size());
    DefinitionReader reader(lines);
    cut.text.reserve(text.size());
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t at = raw[i] ? std::string_view::npos : definition_at(lines[i]);
        if (at != std::string_view::npos) {
            const std::size_t last = reader.read(i, at, cut.defs.emplace_back());
            cut.text.append(last - i, '\n');  // the definition's lines stay, empty
            i = last;
        } else {
            std::string line(lines[i]);
            if (!raw[i]) mark_line(line, static_cast<int>(i) + 1, cut.refs, cut.nested);
            cut.text += line;
        }
        if (i + 1 < lines.size()) cut.text += '\n';
    }
    return cut;
}

void unmark_notes(std::string& text) {
    if (!has_note_mark(text)) return;
    for (char& c : text) {
        if (c == kNoteMark) c = '^';
        else if (c == kNestedMark) c = '[';
    }
}

std::string_view unmarked(const char* text, std::string& storage) {
    const std::string_view view = text != nullptr ? text : "";
    if (!has_note_mark(view)) return view;
    storage.assign(view);
    unmark_notes(storage);
    return storage;
}

}  // namespace deckpress::markdown::detail
