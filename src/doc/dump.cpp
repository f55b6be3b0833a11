// doc: text dump of the document model, one line per block, span and code line.
#include "doc/dump.hpp"

#include <utility>
#include <vector>

namespace deckpress::doc {
namespace {

std::string quoted(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                out += fmt::format("\\x{:02x}", static_cast<unsigned char>(c));
            else
                out += c;
        }
    }
    return out + "\"";
}

std::string style_names(std::uint8_t style) {
    std::string out;
    const auto add = [&](Style bit, const char* name) {
        if ((style & bit) == 0) return;
        if (!out.empty()) out += ',';
        out += name;
    };
    add(Bold, "bold");
    add(Italic, "italic");
    add(Code, "code");
    add(Super, "super");
    add(Strike, "strike");
    add(Sub, "sub");
    return out;
}

/// A table's column alignments, e.g. `left,none,center,right`.
std::string align_names(const std::vector<CellAlign>& aligns) {
    static constexpr const char* kNames[] = {"none", "left", "center", "right"};
    std::string out;
    for (CellAlign a : aligns) {
        if (!out.empty()) out += ',';
        out += kNames[static_cast<int>(a)];
    }
    return out;
}

std::string header(const Block& b) {
    std::string out = kind_name(b.kind);
    switch (b.kind) {
    case BlockKind::Heading: out += fmt::format(" level={}", b.level); break;
    case BlockKind::List:
        out += b.ordered ? fmt::format(" ordered start={}", b.start) : std::string(" bullet");
        if (b.ordered && b.delimiter != '.') out += fmt::format(" delimiter={}", b.delimiter);
        out += b.tight ? " tight" : " loose";
        break;
    case BlockKind::Code:
        if (!b.lang.empty()) out += " lang=" + b.lang;
        break;
    case BlockKind::Image: out += " path=" + quoted(b.path); break;
    case BlockKind::Table: out += " align=" + align_names(b.aligns); break;
    case BlockKind::ListItem:
        if (b.ordered) out += fmt::format(" number={}", b.start);
        if (b.task != Task::None) out += b.task == Task::Done ? " done" : " to-do";
        break;
    default: break;
    }
    if (b.loc.line > 0) out += fmt::format(" @{}:{}", b.loc.line, b.loc.column);
    return out;
}

/// A code line: `line` followed by each span as `token"text"` (plain text without a prefix).
std::string code_line(const std::vector<Span>& spans) {
    std::string out = "line";
    for (const Span& s : spans) {
        out += ' ';
        if (s.token != Token::Text) out += token_name(s.token);
        out += quoted(s.text);
    }
    return out;
}

void dump_into(std::string& out, const Block& root, int base_depth) {
    std::vector<std::pair<const Block*, int>> todo{{&root, base_depth}};
    while (!todo.empty()) {
        const auto [block, depth] = todo.back();
        todo.pop_back();
        const std::string indent(static_cast<std::size_t>(depth) * 2, ' ');
        out += indent + header(*block) + '\n';
        for (const Span& s : block->spans) out += indent + "  " + describe(s) + '\n';
        for (const auto& line : block->lines) out += indent + "  " + code_line(line) + '\n';
        for (auto it = block->children.rbegin(); it != block->children.rend(); ++it)
            todo.emplace_back(&*it, depth + 1);
    }
}

}  // namespace

const char* kind_name(BlockKind kind) {
    switch (kind) {
    case BlockKind::Paragraph: return "paragraph";
    case BlockKind::Heading: return "heading";
    case BlockKind::List: return "list";
    case BlockKind::ListItem: return "item";
    case BlockKind::Quote: return "quote";
    case BlockKind::Code: return "code";
    case BlockKind::Rule: return "rule";
    case BlockKind::Image: return "image";
    case BlockKind::Table: return "table";
    case BlockKind::TableRow: return "row";
    case BlockKind::TableCell: return "cell";
    case BlockKind::Footnotes: return "footnotes";
    }
    return "?";
}

const char* token_name(Token token) {
    switch (token) {
    case Token::Text: return "text";
    case Token::Keyword: return "keyword";
    case Token::String: return "string";
    case Token::Comment: return "comment";
    case Token::Number: return "number";
    case Token::Builtin: return "builtin";
    case Token::Punct: return "punct";
    }
    return "?";
}

std::string describe(const Span& span) {
    if (span.hard_break) return "break";
    std::string out = "span " + quoted(span.text);
    if (span.style != Plain) out += ' ' + style_names(span.style);
    if (span.token != Token::Text) out += fmt::format(" token={}", token_name(span.token));
    if (!span.link.empty()) out += " link=" + span.link;
    if (span.note != 0) out += fmt::format(" note={}", span.note);
    return out;
}

std::string dump(const Block& block) {
    std::string out;
    dump_into(out, block, 0);
    return out;
}

std::string dump(const Blocks& blocks) {
    std::string out;
    for (const Block& b : blocks) dump_into(out, b, 0);
    return out;
}

}  // namespace deckpress::doc
