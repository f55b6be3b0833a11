// bank: the line shapes the YAML lifting pre-pass reads (see yaml_lift_lines.hpp).
#include "bank/yaml_lift_lines.hpp"

#include <algorithm>

namespace deckpress::yaml::lift {
namespace {

bool starts_key(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool continues_key(char c) { return starts_key(c) || c == '.' || c == '-'; }

/// Keys longer than this are not lifted (YAML's simple keys end at 1024 characters).
constexpr std::size_t kMaxKeyLength = 100;

/// Skips `- ` sequence entries and the spaces around them.
std::size_t skip_entries(std::string_view line, std::size_t i) {
    i += leading_spaces(line.substr(i));
    while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ')
        i += 2 + leading_spaces(line.substr(i + 2));
    return i;
}

}  // namespace

/// The end of a plain key starting at `i`, or npos.
std::size_t key_end(std::string_view line, std::size_t i) {
    if (i >= line.size() || !starts_key(line[i])) return std::string_view::npos;
    std::size_t end = i + 1;
    while (end < line.size() && continues_key(line[end])) ++end;
    return end - i > kMaxKeyLength ? std::string_view::npos : end;
}

namespace {

/// The rest of a header after the `|`: an optional chomping indicator, then spaces and an
/// optional comment. Returns false for anything else (an indentation digit, text).
bool parse_indicator_tail(std::string_view line, std::size_t i, Chomp& chomp) {
    if (i < line.size() && (line[i] == '-' || line[i] == '+'))
        chomp = line[i++] == '-' ? Chomp::Strip : Chomp::Keep;
    if (i == line.size()) return true;
    if (line[i] != ' ') return false;
    i += leading_spaces(line.substr(i));
    return i == line.size() || line[i] == '#';
}

/// The start of a `[- ]*key: ` line's value (after the spaces that follow `: `), or npos.
std::size_t value_start(std::string_view line, std::size_t key_column) {
    std::size_t i = key_end(line, key_column);
    if (i == std::string_view::npos || i + 1 >= line.size()) return std::string_view::npos;
    if (line[i] != ':' || line[i + 1] != ' ') return std::string_view::npos;
    return i + 1 + leading_spaces(line.substr(i + 1));
}

}  // namespace

std::optional<Header> literal_header(std::string_view line) {
    Header h;
    h.key_column = skip_entries(line, 0);
    std::size_t i = value_start(line, h.key_column);
    if (i >= line.size() || line[i] != '|') return std::nullopt;
    h.pipe = i;
    if (!parse_indicator_tail(line, i + 1, h.chomp)) return std::nullopt;
    return h;
}

namespace {

/// Characters a liftable plain value may start with: never a YAML indicator, never a
/// null (`~`), and ASCII (a value starting with other text is left to yaml-cpp).
bool starts_plain(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           (c != '\0' && std::strchr("_(/.$+=<;^\\", c) != nullptr);
}

/// Whether yaml-cpp reads `value` (trailing spaces trimmed) as exactly this one-line plain
/// scalar, and not as a null: nothing that ends a plain scalar early (`: `, ` #`, a final
/// `:`), no tab, no byte-order mark.
bool plain_value_is_safe(std::string_view value) {
    if (value.empty() || !starts_plain(value[0]) || value.back() == ':') return false;
    if (value == "null" || value == "Null" || value == "NULL") return false;
    return value.find(": ") == std::string_view::npos && value.find(" #") == std::string_view::npos &&
           value.find('\t') == std::string_view::npos &&
           value.find("\xEF\xBB\xBF") == std::string_view::npos;
}

/// A `[- ]*key: "text"` or `'text'` line: a quoted value without escapes (no `\\` in double
/// quotes, no quote of its own kind inside), nothing but spaces after it.
std::optional<PlainValue> quoted_value(std::string_view line) {
    PlainValue v;
    v.key_column = skip_entries(line, 0);
    v.begin = value_start(line, v.key_column);
    if (v.begin >= line.size() || (line[v.begin] != '"' && line[v.begin] != '\'')) return std::nullopt;
    const char quote = line[v.begin];
    const std::size_t close = line.find(quote, v.begin + 1);
    if (close == std::string_view::npos || line.find_first_not_of(' ', close + 1) != std::string_view::npos)
        return std::nullopt;
    std::string_view inside = line.substr(v.begin + 1, close - v.begin - 1);
    if (inside.find_first_of("\\\t") != std::string_view::npos || inside.find("\xEF\xBB\xBF") != std::string_view::npos)
        return std::nullopt;
    v.end = close + 1;
    v.quoted = true;
    return v;
}

}  // namespace

std::optional<PlainValue> plain_value(std::string_view line) {
    if (auto quoted = quoted_value(line)) return quoted;
    PlainValue v;
    v.key_column = skip_entries(line, 0);
    v.begin = value_start(line, v.key_column);
    if (v.begin >= line.size()) return std::nullopt;
    v.end = line.find_last_not_of(' ') + 1;
    // Untrimmed, so that `a: b:  ` (a `:` before spaces) is refused too.
    if (line.substr(v.begin).find(": ") != std::string_view::npos) return std::nullopt;
    if (!plain_value_is_safe(line.substr(v.begin, v.end - v.begin))) return std::nullopt;
    return v;
}

namespace {

/// Whether yaml-cpp reads `item` (trimmed) inside a flow list as exactly this plain scalar:
/// a safe plain value of letters, digits, spaces and `_-./+()`, or UTF-8 other than the
/// characters YAML reads as line breaks (yaml-cpp refuses more inside flow lists than YAML
/// does, `?` for one).
bool flow_item_is_safe(std::string_view item) {
    if (!plain_value_is_safe(item)) return false;
    for (char c : item)
        if (!starts_key(c) && c != ' ' && c != '-' && c != '.' && c != '/' && c != '+' && c != '(' && c != ')' &&
            static_cast<unsigned char>(c) < 0x80)
            return false;
    return item.find("\xC2\x85") == std::string_view::npos && item.find("\xE2\x80\xA8") == std::string_view::npos &&
           item.find("\xE2\x80\xA9") == std::string_view::npos;
}

}  // namespace

/// Splits the inside of `[...]` (from `open` + 1 to the `]` that ends the line) at commas;
/// nullopt unless every item is a safe plain value.
std::optional<FlowList> flow_list(std::string_view line) {
    FlowList list;
    list.key_column = skip_entries(line, 0);
    list.open = value_start(line, list.key_column);
    const std::size_t end = line.find_last_not_of(' ');
    if (list.open >= line.size() || line[list.open] != '[' || line[end] != ']') return std::nullopt;
    for (std::size_t begin = list.open + 1; begin <= end;) {
        std::size_t stop = std::min(line.find(',', begin), end);
        std::size_t first = begin + leading_spaces(line.substr(begin, stop - begin));
        std::size_t last = stop;
        while (last > first && line[last - 1] == ' ') --last;
        if (!flow_item_is_safe(line.substr(first, last - first))) return std::nullopt;
        list.items.emplace_back(static_cast<int>(first), std::string(line.substr(first, last - first)));
        begin = stop + 1;
    }
    return list;
}

/// Whether the lines after a plain value's line end it for certain: up to the first
/// non-blank line, only empty lines or spaces no wider than the key's column, and that line
/// indented no more than the key and not by a tab (a deeper line may continue the value,
/// and would be the content of the `|` that replaces it).
bool ends_after_line(std::string_view text, std::size_t pos, std::size_t key_column) {
    while (pos < text.size()) {
        Line line = line_at(text, pos);
        std::string_view body = text.substr(line.begin, line.end - line.begin);
        std::size_t spaces = leading_spaces(body);
        if (spaces > key_column) return false;
        if (spaces < body.size()) return body[spaces] != '\t';
        pos = line.next;
    }
    return true;
}

/// Whether a line (not a liftable header) may open a block scalar of any kind: it ends,
/// before a comment, with `|` or `>` and indicators. A guess, used only to skip that
/// block's lines; a wrong guess costs a lift or a fallback, never a wrong result.
bool may_open_block(std::string_view line) {
    std::size_t comment = line.find(" #");
    std::string_view body = line.substr(0, comment);
    while (!body.empty() && body.back() == ' ') body.remove_suffix(1);
    for (int k = 0; k < 2 && !body.empty(); ++k)
        if (body.back() == '-' || body.back() == '+' || (body.back() >= '1' && body.back() <= '9'))
            body.remove_suffix(1);
    if (body.empty() || (body.back() != '|' && body.back() != '>')) return false;
    return body.size() == 1 || body[body.size() - 2] == ' ';
}

namespace {

/// Classifies one line of a block: true when it belongs to the block, false when it ends
/// the block (`region.verdict` says how). `widest_blank` tracks leading blank lines.
bool take_block_line(std::string_view line, std::size_t key_column, std::size_t& widest_blank,
                     Region& region) {
    std::size_t spaces = leading_spaces(line);
    bool known = region.indent > 0;  // set by the first content line (it exceeds key_column)
    Region::Verdict end = Region::Unusual;
    if (spaces < line.size() && line[spaces] == '\t' && (!known || spaces < region.indent)) {
        end = Region::Unusual;  // yaml-cpp refuses tabs in indentation
    } else if (spaces == line.size()) {  // blank: belongs to the block whatever its width
        if (!known) widest_blank = std::max(widest_blank, spaces);
        return true;
    } else if (known) {
        if (spaces >= region.indent) return true;
        // A line that ends the block must be one yaml-cpp also ends an empty block with.
        end = spaces <= key_column ? Region::Lift : Region::Unusual;
    } else if (spaces <= key_column) {
        end = Region::Empty;
    } else if (widest_blank <= spaces) {
        region.indent = spaces;  // the first content line
        return true;
    }
    region.verdict = end;
    return false;
}

}  // namespace

Region block_region(std::string_view text, std::size_t start, std::size_t key_column) {
    Region region;
    std::size_t widest_blank = 0;
    std::size_t pos = start;
    int lines = 0;
    while (pos < text.size()) {
        Line line = line_at(text, pos);
        if (!take_block_line(text.substr(line.begin, line.end - line.begin), key_column,
                             widest_blank, region))
            break;
        ++lines;
        pos = line.next;
    }
    if (pos >= text.size()) region.verdict = region.indent > 0 ? Region::Lift : Region::Empty;
    region.end = pos;
    region.lines = lines;
    return region;
}

namespace {

void apply_chomping(std::string& value, Chomp chomp) {
    if (chomp == Chomp::Keep) return;
    std::size_t last = value.find_last_not_of('\n');
    if (last == std::string::npos) {
        value.clear();
    } else {
        std::size_t keep = chomp == Chomp::Clip && last + 1 < value.size() ? last + 2 : last + 1;
        value.erase(keep);
    }
}

}  // namespace

/// The value of the block in [start, region.end): each line without its first `indent`
/// columns, line breaks kept, then chomping.
std::string block_value(std::string_view text, std::size_t start, const Region& region,
                        Chomp chomp) {
    std::string value;
    value.reserve(region.end - start);
    for (std::size_t pos = start; pos < region.end;) {
        Line line = line_at(text, pos);
        if (line.end - line.begin > region.indent)
            value.append(text.substr(line.begin + region.indent, line.end - line.begin - region.indent));
        if (line.has_break) value += '\n';
        pos = line.next;
    }
    apply_chomping(value, chomp);
    return value;
}

/// The offset after the lines that follow a line indented by `indent` spaces and are blank
/// or indented more (the content of a block scalar that is not lifted, and maybe more).
std::size_t skip_deeper_lines(std::string_view text, std::size_t pos, std::size_t indent) {
    while (pos < text.size()) {
        Line line = line_at(text, pos);
        std::string_view body = text.substr(line.begin, line.end - line.begin);
        std::size_t spaces = leading_spaces(body);
        if (spaces < body.size() && spaces <= indent && body[spaces] != '\t') break;
        pos = line.next;
    }
    return pos;
}

}  // namespace deckpress::yaml::lift
