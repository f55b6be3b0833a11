// bank: the pre-pass that lifts literal blocks and plain values out of YAML text (see yaml_lift.hpp).
#include "bank/yaml_lift.hpp"

#include <algorithm>
#include <cstring>
#include <set>

namespace deckpress::yaml {
namespace {

/// One line of the text: [begin, end) without its '\n'; `next` starts the following line.
struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t next = 0;
    bool has_break = false;
};

Line line_at(std::string_view text, std::size_t begin) {
    const void* nl = std::memchr(text.data() + begin, '\n', text.size() - begin);
    if (!nl) return {begin, text.size(), text.size(), false};
    auto end = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data());
    return {begin, end, end + 1, true};
}

std::size_t leading_spaces(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ') ++n;
    return n;
}

bool starts_key(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

bool continues_key(char c) { return starts_key(c) || c == '.' || c == '-'; }

/// Keys longer than this are not lifted (YAML's simple keys end at 1024 characters).
constexpr std::size_t kMaxKeyLength = 100;

enum class Chomp { Clip, Strip, Keep };

/// A `[- ]*key: |[-+]` header line (offsets within the line).
struct Header {
    std::size_t key_column = 0;
    std::size_t pipe = 0;
    Chomp chomp = Chomp::Clip;
};

/// Skips `- ` sequence entries and the spaces around them.
std::size_t skip_entries(std::string_view line, std::size_t i) {
    i += leading_spaces(line.substr(i));
    while (i + 1 < line.size() && line[i] == '-' && line[i + 1] == ' ')
        i += 2 + leading_spaces(line.substr(i + 2));
    return i;
}

/// The end of a plain key starting at `i`, or npos.
std::size_t key_end(std::string_view line, std::size_t i) {
    if (i >= line.size() || !starts_key(line[i])) return std::string_view::npos;
    std::size_t end = i + 1;
    while (end < line.size() && continues_key(line[end])) ++end;
    return end - i > kMaxKeyLength ? std::string_view::npos : end;
}

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

std::optional<Header> literal_header(std::string_view line) {
    Header h;
    h.key_column = skip_entries(line, 0);
    std::size_t i = value_start(line, h.key_column);
    if (i >= line.size() || line[i] != '|') return std::nullopt;
    h.pipe = i;
    if (!parse_indicator_tail(line, i + 1, h.chomp)) return std::nullopt;
    return h;
}

/// A `[- ]*key: value` line whose value is a one-line plain or quoted scalar (offsets within the line).
struct PlainValue {
    std::size_t key_column = 0;
    std::size_t begin = 0;  ///< the value's first character
    std::size_t end = 0;    ///< after its last character that is not a space
    bool quoted = false;    ///< in quotes (begin and end are the quotes)

    /// The scalar's value in `line`.
    std::string text(std::string_view line) const {
        return std::string(quoted ? line.substr(begin + 1, end - begin - 2) : line.substr(begin, end - begin));
    }
};

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

/// A `[- ]*key: [a, b]` line whose value is a one-line flow list of plain values.
struct FlowList {
    std::size_t key_column = 0;
    std::size_t open = 0;                            ///< its `[`
    std::vector<std::pair<int, std::string>> items;  ///< column and text of each
};

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

/// The lines of a literal block after its header, as yaml-cpp reads them: the content
/// indentation is that of the first non-blank line; the block ends before the first
/// non-blank line indented less, or at the end of the text.
struct Region {
    enum Verdict { Lift, Empty, Unusual } verdict = Empty;
    std::size_t end = 0;  ///< offset after the block's last line
    int lines = 0;
    std::size_t indent = 0;
};

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

/// Builds the reduced text block by block.
class Lifter {
public:
    /// With `maps`, sequence items are lifted whole where that is safe (see simple()).
    Lifter(std::string_view text, bool maps) : text_(text), maps_(maps) { out_.reduced.reserve(text.size() / 4); }

    /// False when the text has something unusual (then nothing is lifted).
    bool run() {
        std::size_t pos = 0;
        while (pos < text_.size()) {
            Line line = line_at(text_, pos);
            std::string_view body = text_.substr(line.begin, line.end - line.begin);
            Seen seen = Seen::Other;
            if (leading_spaces(body) == body.size() || body[0] == '#') {
                seen = Seen::Blank;  // a blank line, or a comment at the first column
                pos = line.next;
            } else if (lift_map(line, pos)) {
                seen = Seen::Map;
            } else if (auto header = literal_header(body)) {
                const std::size_t before = out_.blocks.size();
                if (!lift(line, *header, pos)) return false;
                if (out_.blocks.size() > before) seen = Seen::Lifted;
            } else if (may_open_block(body)) {
                pos = skip_deeper_lines(text_, line.next, leading_spaces(body));
            } else if (auto plain = plain_value(body);
                       plain && ends_after_line(text_, line.next, plain->key_column)) {
                lift_plain(line, *plain);
                pos = line.next;
                seen = Seen::Lifted;
            } else if (auto list = flow_list(body);
                       list && ends_after_line(text_, line.next, list->key_column)) {
                lift_list(line, *list);
                pos = line.next;
                seen = Seen::Lifted;
            } else {
                pos = line.next;
                if (is_top_level_key_line(body)) seen = Seen::KeyLine;
            }
            simple_ = simple_ && seen != Seen::Other;
            if (seen != Seen::Blank) previous_ = seen;
            line_ = count_lines_to(pos);
        }
        out_.reduced.append(text_.substr(copied_));
        return true;
    }

    /// Whether every line was one this pre-pass reads (blank, a comment at the first column,
    /// `key:` at the first column, or lifted). Only then is yaml-cpp certainly in a plain
    /// state where a lifted map starts, so that `- |` parses as the map would have; a text
    /// with other lines is lifted again without maps.
    bool simple() const { return simple_; }

    LiftedText take() { return std::move(out_); }
    bool lifted_any() const { return !out_.blocks.empty(); }

private:
    /// Lifts the block whose header is `line`; `pos` moves past the block.
    bool lift(const Line& line, const Header& header, std::size_t& pos) {
        Region region = block_region(text_, line.next, header.key_column);
        if (region.verdict == Region::Unusual) return false;
        pos = line.next;
        if (region.verdict == Region::Empty) return true;
        LiftedBlock block;
        block.original_pipe = line.begin + header.pipe;
        block.reduced_pipe = out_.reduced.size() + (block.original_pipe - copied_);
        block.key_line = line_;
        block.key_column = static_cast<int>(header.key_column);
        block.value = block_value(text_, line.next, region, header.chomp);
        out_.reduced.append(text_.substr(copied_, line.next - copied_));
        cut_ += region.lines;
        out_.cuts.emplace_back(line_ + 1 - (cut_ - region.lines), cut_);
        out_.blocks.push_back(std::move(block));
        copied_ = pos = region.end;
        line_ += 1 + region.lines;  // the header and the cut lines
        counted_ = region.end;
        return true;
    }

    /// Lifts the map that is the sequence item starting at `line` (`- key: ...`) when every
    /// line of it is an entry this pre-pass can read; `pos` then moves past it.
    bool lift_map(const Line& first, std::size_t& pos) {
        std::string_view body = text_.substr(first.begin, first.end - first.begin);
        const std::size_t dash = leading_spaces(body);
        if (body.substr(dash, 2) != "- " || key_end(body, dash + 2) == std::string_view::npos) return false;
        if (!maps_ || !(previous_ == Seen::KeyLine || (previous_ == Seen::Map && dash == previous_dash_))) return false;
        const std::size_t key_column = dash + 2;
        std::vector<LiftedEntry> entries;
        std::size_t end = 0;
        int lines = 0;
        if (!map_entries(first, key_column, dash, entries, end, lines)) return false;
        LiftedBlock block = replaced_value(first, key_column, key_column);
        block.map = std::move(entries);
        out_.reduced += '\n';  // the map's other lines are cut
        cut_ += lines - 1;
        out_.cuts.emplace_back(line_ + 1 - (cut_ - (lines - 1)), cut_);
        out_.blocks.push_back(std::move(block));
        copied_ = counted_ = pos = end;
        line_ += lines;
        previous_dash_ = dash;
        return true;
    }

    /// Reads the entries of a map at `key_column` from `line` on, up to a line indented no
    /// more than `dash` (or the end); false at anything else. `end` and `lines`: the map's
    /// extent (blank lines between entries belong to it, blank lines after it do not).
    bool map_entries(Line line, std::size_t key_column, std::size_t dash, std::vector<LiftedEntry>& entries,
                     std::size_t& end, int& lines) {
        std::set<std::string> keys;
        for (int at = line_;;) {
            std::size_t next = line.next;
            int taken = 1;
            std::optional<LiftedEntry> entry = map_entry(line, key_column, at, next, taken);
            if (!entry || entry->key == "null" || entry->key == "Null" || entry->key == "NULL" ||
                !keys.insert(entry->key).second)
                return false;
            entries.push_back(std::move(*entry));
            at += taken;
            lines += taken;
            end = next;
            int blanks = 0;
            while (next < text_.size()) {
                line = line_at(text_, next);
                if (leading_spaces(text_.substr(line.begin, line.end - line.begin)) != line.end - line.begin) break;
                ++blanks;
                next = line.next;
            }
            if (next >= text_.size()) return true;
            std::string_view body = text_.substr(line.begin, line.end - line.begin);
            const std::size_t spaces = leading_spaces(body);
            if (body[spaces] == '\t') return false;
            if (spaces <= dash) return true;
            if (spaces != key_column || body[spaces] == '-' || body[spaces] == '#') return false;
            at += blanks;
            lines += blanks;
        }
    }

    /// The entry on `line` with its key at `key_column`: a literal block, a plain value or a
    /// flow list. `next` and `taken` move past its lines.
    std::optional<LiftedEntry> map_entry(const Line& line, std::size_t key_column, int at, std::size_t& next,
                                         int& taken) {
        std::string_view body = text_.substr(line.begin, line.end - line.begin);
        const std::size_t key_stop = key_end(body, key_column);
        if (key_stop == std::string_view::npos) return std::nullopt;
        LiftedEntry entry;
        entry.key = body.substr(key_column, key_stop - key_column);
        entry.line = entry.value.key_line = at;
        entry.column = entry.value.key_column = static_cast<int>(key_column);
        LiftedBlock& value = entry.value;
        if (auto header = literal_header(body); header && header->key_column == key_column) {
            Region region = block_region(text_, line.next, key_column);
            if (region.verdict != Region::Lift) return std::nullopt;
            value.original_pipe = line.begin + header->pipe;
            value.value = block_value(text_, line.next, region, header->chomp);
            next = region.end;
            taken = 1 + region.lines;
            return entry;
        }
        if (!ends_after_line(text_, line.next, key_column)) return std::nullopt;
        if (auto plain = plain_value(body); plain && plain->key_column == key_column) {
            value.original_pipe = line.begin + plain->begin;
            value.value = plain->text(body);
            value.plain = true;
        } else if (auto list = flow_list(body); list && list->key_column == key_column) {
            value.original_pipe = line.begin + list->open;
            value.list = std::move(list->items);
        } else {
            return std::nullopt;
        }
        return entry;
    }

    /// Replaces the plain value of `line` by `|` (the line and its break stay).
    void lift_plain(const Line& line, const PlainValue& plain) {
        LiftedBlock block = replaced_value(line, plain.key_column, plain.begin);
        block.value = plain.text(text_.substr(line.begin, line.end - line.begin));
        block.plain = true;
        out_.blocks.push_back(std::move(block));
    }

    /// Replaces the flow list of `line` by `|`.
    void lift_list(const Line& line, FlowList& list) {
        LiftedBlock block = replaced_value(line, list.key_column, list.open);
        block.list = std::move(list.items);
        out_.blocks.push_back(std::move(block));
    }

    /// A block for the value at `begin` of `line`, which runs to the line's end: the reduced
    /// text gets the line up to the value, then `|`.
    LiftedBlock replaced_value(const Line& line, std::size_t key_column, std::size_t begin) {
        LiftedBlock block;
        block.original_pipe = line.begin + begin;
        block.reduced_pipe = out_.reduced.size() + (block.original_pipe - copied_);
        block.key_line = line_;
        block.key_column = static_cast<int>(key_column);
        out_.reduced.append(text_.substr(copied_, block.original_pipe - copied_));
        out_.reduced += '|';
        copied_ = line.end;
        return block;
    }

    /// The 0-based original line of offset `pos` (lines are counted incrementally).
    int count_lines_to(std::size_t pos) {
        line_ += static_cast<int>(std::count(text_.begin() + static_cast<std::ptrdiff_t>(counted_),
                                             text_.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
        counted_ = pos;
        return line_;
    }

    /// What a line was, for simple() and for where maps may start.
    enum class Seen { Blank, KeyLine, Lifted, Map, Other };

    /// `key:` at the first column with nothing after it (a map or a sequence follows).
    static bool is_top_level_key_line(std::string_view line) {
        const std::size_t end = key_end(line, 0);
        if (end == std::string_view::npos || end >= line.size() || line[end] != ':') return false;
        return leading_spaces(line.substr(end + 1)) == line.size() - end - 1;
    }

    std::string_view text_;
    bool maps_ = false;
    bool simple_ = true;
    Seen previous_ = Seen::Blank;  ///< the last line that was not blank
    std::size_t previous_dash_ = 0;  ///< the dash column of the last lifted map
    LiftedText out_;
    std::size_t copied_ = 0;   ///< text before this offset is in the reduced text or cut
    std::size_t counted_ = 0;  ///< line_ counts the line breaks before this offset
    int line_ = 0;             ///< original line of the line being looked at
    int cut_ = 0;              ///< lines cut so far
};

/// Control bytes other than '\t' and '\n': yaml-cpp reads '\r' as a line break and 0x04
/// as the end of its input, and the others are not worth modelling.
bool has_control_bytes(std::string_view text) {
    constexpr std::size_t kChunk = 64;  // no early exit inside a chunk, so the loop vectorizes
    for (std::size_t begin = 0; begin < text.size(); begin += kChunk) {
        std::size_t end = std::min(text.size(), begin + kChunk);
        unsigned found = 0;
        for (std::size_t i = begin; i < end; ++i) {
            auto c = static_cast<unsigned char>(text[i]);
            found |= unsigned{c < 0x20} & unsigned{c != '\n'} & unsigned{c != '\t'};
        }
        if (found) return true;
    }
    return false;
}

}  // namespace

int LiftedText::original_line(int reduced_line) const {
    auto after = std::upper_bound(cuts.begin(), cuts.end(), reduced_line,
                                  [](int line, const std::pair<int, int>& cut) { return line < cut.first; });
    return after == cuts.begin() ? reduced_line : reduced_line + std::prev(after)->second;
}

const LiftedBlock* LiftClaims::claim(std::size_t pos, std::string_view value) {
    if (next_ == lifted_.blocks.size() || pos < lifted_.blocks[next_].reduced_pipe) return nullptr;
    if (pos > lifted_.blocks[next_].reduced_pipe || !value.empty()) throw LiftMismatch{};
    return &lifted_.blocks[next_++];
}

std::optional<LiftedText> lift_scalars(std::string_view text) {
    if (has_control_bytes(text) || text.starts_with("\xEF\xBB\xBF"))
        return std::nullopt;
    Lifter lifter(text, true);
    if (!lifter.run()) return std::nullopt;
    if (!lifter.simple()) {
        lifter = Lifter(text, false);
        lifter.run();
    }
    if (!lifter.lifted_any()) return std::nullopt;
    return lifter.take();
}

}  // namespace deckpress::yaml
