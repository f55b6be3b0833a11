// bank: the line shapes the YAML lifting pre-pass reads (headers, plain values, flow lists, blocks).
#pragma once

#include <cstddef>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace deckpress::yaml::lift {

/// One line of the text: [begin, end) without its '\n'; `next` starts the following line.
struct Line {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t next = 0;
    bool has_break = false;
};

inline Line line_at(std::string_view text, std::size_t begin) {
    const void* nl = std::memchr(text.data() + begin, '\n', text.size() - begin);
    if (!nl) return {begin, text.size(), text.size(), false};
    auto end = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data());
    return {begin, end, end + 1, true};
}

inline std::size_t leading_spaces(std::string_view line) {
    std::size_t n = 0;
    while (n < line.size() && line[n] == ' ') ++n;
    return n;
}

enum class Chomp { Clip, Strip, Keep };

/// A `[- ]*key: |[-+]` header line (offsets within the line).
struct Header {
    std::size_t key_column = 0;
    std::size_t pipe = 0;
    Chomp chomp = Chomp::Clip;
};

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

/// A `[- ]*key: [a, b]` line whose value is a one-line flow list of plain values.
struct FlowList {
    std::size_t key_column = 0;
    std::size_t open = 0;                            ///< its `[`
    std::vector<std::pair<int, std::string>> items;  ///< column and text of each
};

/// The lines of a literal block after its header, as yaml-cpp reads them: the content
/// indentation is that of the first non-blank line; the block ends before the first
/// non-blank line indented less, or at the end of the text.
struct Region {
    enum Verdict { Lift, Empty, Unusual } verdict = Empty;
    std::size_t end = 0;  ///< offset after the block's last line
    int lines = 0;
    std::size_t indent = 0;
};

/// The end of a plain key starting at `i`, or npos.
std::size_t key_end(std::string_view line, std::size_t i);

/// A `[- ]*key: |` line (chomping indicator and comment allowed), or nullopt.
std::optional<Header> literal_header(std::string_view line);

/// A `[- ]*key: value` line with a one-line plain or quoted value yaml-cpp reads as written, or nullopt.
std::optional<PlainValue> plain_value(std::string_view line);

/// Splits the inside of `[...]` (from `open` + 1 to the `]` that ends the line) at commas;
/// nullopt unless every item is a safe plain value.
std::optional<FlowList> flow_list(std::string_view line);

/// Whether the lines after a plain value's line end it for certain: up to the first
/// non-blank line, only empty lines or spaces no wider than the key's column, and that line
/// indented no more than the key and not by a tab (a deeper line may continue the value,
/// and would be the content of the `|` that replaces it).
bool ends_after_line(std::string_view text, std::size_t pos, std::size_t key_column);

/// Whether a line (not a liftable header) may open a block scalar of any kind: it ends,
/// before a comment, with `|` or `>` and indicators. A guess, used only to skip that
/// block's lines; a wrong guess costs a lift or a fallback, never a wrong result.
bool may_open_block(std::string_view line);

/// The region of the literal block whose content starts at `start`, under a key at `key_column`.
Region block_region(std::string_view text, std::size_t start, std::size_t key_column);

/// The value of the block in [start, region.end): each line without its first `indent`
/// columns, line breaks kept, then chomping.
std::string block_value(std::string_view text, std::size_t start, const Region& region,
                        Chomp chomp);

/// The offset after the lines that follow a line indented by `indent` spaces and are blank
/// or indented more (the content of a block scalar that is not lifted, and maybe more).
std::size_t skip_deeper_lines(std::string_view text, std::size_t pos, std::size_t indent);

}  // namespace deckpress::yaml::lift
