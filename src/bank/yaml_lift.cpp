// bank: the pre-pass that lifts literal blocks and plain values out of YAML text (see yaml_lift.hpp).
#include "bank/yaml_lift.hpp"

#include <algorithm>
#include <cstring>
#include <set>

#include "bank/yaml_lift_lines.hpp"

namespace deckpress::yaml {
namespace {
using namespace lift;

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
