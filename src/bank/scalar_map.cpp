// bank: maps a scalar's value back to its source lines (literal, folded, plain and quoted styles).
#include "bank/scalar_map.hpp"

#include <string>
#include <vector>

namespace deckpress::yaml {
namespace {

/// One source line without its line break (and without the CR of a CRLF).
struct Line {
    std::string_view text;
    int line = 0;  ///< 0-based
};

/// Reads the lines of `text` from the line starting at `offset`.
class Lines {
public:
    Lines(std::string_view text, std::size_t offset, int line) : text_(text), offset_(offset), line_(line) {}

    bool next(Line& out) {
        if (offset_ >= text_.size()) return false;
        std::size_t eol = text_.find('\n', offset_);
        if (eol == std::string_view::npos) eol = text_.size();
        std::string_view s = text_.substr(offset_, eol - offset_);
        if (!s.empty() && s.back() == '\r') s.remove_suffix(1);
        out = {s, line_++};
        offset_ = eol + 1;
        return true;
    }

private:
    std::string_view text_;
    std::size_t offset_;
    int line_;
};

/// Walks the value while the source is matched against it, recording verified pieces.
class Matcher {
public:
    explicit Matcher(std::string_view value) : value_(value) {}

    bool done() const { return at_ == value_.size(); }
    /// True when the value continues with `a` and then `b`.
    bool next_is(std::string_view a, std::string_view b = {}) const {
        return value_.substr(at_, a.size()) == a && value_.substr(at_ + a.size(), b.size()) == b;
    }
    /// Consumes `s` (text that is not in the file as such: separators, escapes).
    bool emit(std::string_view s) {
        if (!next_is(s)) return false;
        for (char c : s) {
            if (c == '\n') {
                ++line_;
                column_ = 1;
            } else {
                ++column_;
            }
        }
        at_ += s.size();
        return true;
    }
    /// Consumes `s`, copied from 0-based `file_line`, 0-based byte `file_column`.
    bool copy(std::string_view s, int file_line, std::size_t file_column) {
        if (!next_is(s)) return false;
        if (!s.empty())
            map_.push_back({line_, column_, static_cast<int>(s.size()), file_line + 1, static_cast<int>(file_column) + 1});
        at_ += s.size();
        column_ += static_cast<int>(s.size());
        return true;
    }
    TextMap take() { return std::move(map_); }

private:
    std::string_view value_;
    std::size_t at_ = 0;
    int line_ = 1;
    int column_ = 1;
    TextMap map_;
};

/// Literal (`|`) and folded (`>`) block scalars whose indentation is detected (no digit).
TextMap map_block(std::string_view text, std::size_t pos, int line, std::string_view value) {
    const bool folded = text[pos] == '>';
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) return {};
    for (std::size_t i = pos + 1; i < eol && text[i] != ' ' && text[i] != '#' && text[i] != '\r'; ++i)
        if (text[i] != '+' && text[i] != '-') return {};  // an indentation indicator, or not a header
    Lines lines(text, eol + 1, line + 1);
    Matcher m(value);
    std::size_t indent = 0;
    int blanks = 0;
    bool first = true;
    Line l;
    while (!m.done() && lines.next(l)) {
        const std::size_t spaces = l.text.find_first_not_of(' ');
        if (spaces == std::string_view::npos && (first || l.text.size() <= indent)) {
            ++blanks;
            continue;
        }
        if (first) indent = spaces;
        if (indent == 0 || spaces < indent) break;
        const std::string_view content = l.text.substr(indent);
        const std::string breaks(static_cast<std::size_t>(blanks), '\n');
        std::vector<std::string> seps;
        if (first) seps = {breaks};
        else if (!folded) seps = {breaks + '\n'};
        else if (blanks == 0) seps = {" ", "\n"};
        else seps = {breaks, breaks + '\n'};
        bool matched = false;
        for (const std::string& sep : seps) {
            if (!m.next_is(sep, content)) continue;
            matched = m.emit(sep) && m.copy(content, l.line, indent);
            break;
        }
        if (!matched) break;
        first = false;
        blanks = 0;
    }
    return m.take();
}

/// A part of a flow scalar's line: bytes copied from the file, or text an escape stands for.
struct Part {
    std::string_view raw;
    std::size_t column = 0;  ///< 0-based, of raw
    std::string decoded;
};

/// One line of a flow scalar split into parts, from byte `from` of the line.
struct FlowLine {
    std::vector<Part> parts;
    bool closed = false;         ///< the closing quote is on this line
    bool escaped_break = false;  ///< ends with `\` (double quotes): joined without a space
    bool unknown = false;        ///< an escape this walk does not decode: stop after the parts
};

/// What a double-quoted escape character stands for, or "" when not decoded here.
std::string_view simple_escape(char c) {
    switch (c) {
    case 'n': return "\n";
    case 't': case '\t': return "\t";
    case '"': return "\"";
    case '\\': return "\\";
    case '/': return "/";
    case ' ': return " ";
    case 'r': return "\r";
    case 'a': return "\a";
    case 'b': return "\b";
    case 'e': return "\x1b";
    case 'f': return "\f";
    case 'v': return "\v";
    case '0': return std::string_view("\0", 1);
    default: return {};
    }
}

/// True when a plain scalar starting at `from` of line `s` does not include byte `i`.
bool plain_ends_at(std::string_view s, std::size_t from, std::size_t i) {
    const auto space = [&](std::size_t k) { return k >= s.size() || s[k] == ' ' || s[k] == '\t'; };
    if (s[i] == '#') return i > from && space(i - 1);
    return s[i] == ':' && space(i + 1);
}

FlowLine split_flow_line(std::string_view s, std::size_t from, char quote) {
    FlowLine out;
    std::size_t run = from;
    const auto flush = [&](std::size_t end) {
        if (end > run) out.parts.push_back({s.substr(run, end - run), run, {}});
    };
    if (quote == 0) {  // plain: up to a comment or a mapping's `: `
        std::size_t end = from;
        while (end < s.size() && !plain_ends_at(s, from, end)) ++end;
        flush(end);
        return out;
    }
    for (std::size_t i = from; i < s.size(); ++i) {
        if (s[i] == quote && quote == '\'' && i + 1 < s.size() && s[i + 1] == '\'') {
            flush(i);
            out.parts.push_back({{}, 0, "'"});
            run = ++i + 1;
        } else if (s[i] == quote) {
            flush(i);
            out.closed = true;
            return out;
        } else if (quote == '"' && s[i] == '\\') {
            flush(i);
            if (i + 1 == s.size()) {
                out.escaped_break = true;
                return out;
            }
            const std::string_view decoded = simple_escape(s[i + 1]);
            if (decoded.empty()) {
                out.unknown = true;
                return out;
            }
            out.parts.push_back({{}, 0, std::string(decoded)});
            run = ++i + 1;
        }
    }
    flush(s.size());
    return out;
}

/// Drops the spaces and tabs a line break folds away at the end of the line's last raw part.
void trim_end(FlowLine& fl) {
    while (!fl.parts.empty() && fl.parts.back().decoded.empty()) {
        std::string_view& raw = fl.parts.back().raw;
        while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t')) raw.remove_suffix(1);
        if (!raw.empty()) return;
        fl.parts.pop_back();
    }
}

/// Plain, single-quoted and double-quoted scalars starting at 0-based `column` of `line`.
TextMap map_flow(std::string_view text, std::size_t pos, int line, std::size_t column, std::string_view value) {
    const char quote = text[pos] == '"' || text[pos] == '\'' ? text[pos] : 0;
    Lines lines(text, pos - column, line);
    Matcher m(value);
    bool first = true, joined = false;
    int blanks = 0;
    Line l;
    while (!m.done() && lines.next(l)) {
        const std::size_t from = first ? column + (quote ? 1 : 0) : l.text.find_first_not_of(" \t");
        if (from == std::string_view::npos || from > l.text.size()) {
            ++blanks;
            continue;
        }
        FlowLine fl = split_flow_line(l.text, from, quote);
        if (!fl.closed && !fl.escaped_break && !fl.unknown) trim_end(fl);
        const std::string sep = blanks > 0 ? std::string(static_cast<std::size_t>(blanks), '\n') : joined ? "" : " ";
        if (!first && !m.emit(sep)) break;
        for (const Part& part : fl.parts)
            if (!(part.decoded.empty() ? m.copy(part.raw, l.line, part.column) : m.emit(part.decoded))) return m.take();
        if (fl.closed || fl.unknown) break;
        first = false;
        joined = fl.escaped_break;
        blanks = 0;
    }
    return m.take();
}

}  // namespace

TextMap map_scalar(std::string_view text, std::size_t pos, int line, int column, std::string_view value) {
    if (pos >= text.size() || column < 0 || static_cast<std::size_t>(column) > pos) return {};
    const std::size_t line_start = pos - static_cast<std::size_t>(column);
    if (line_start > 0 && text[line_start - 1] != '\n') return {};  // the column is not a byte column
    switch (text[pos]) {
    case '|': case '>': return map_block(text, pos, line, value);
    case '&': case '!': case '*': case '[': case '{': return {};
    default: return map_flow(text, pos, line, static_cast<std::size_t>(column), value);
    }
}

}  // namespace deckpress::yaml
