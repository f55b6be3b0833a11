// bank: literal block scalars and one-line plain values lifted out of YAML text before
// yaml-cpp parses the rest (speed).
//
// yaml-cpp costs ~750 instructions per byte, and most bytes of a bank are the contents of
// literal blocks (`a: |`). Their value is computed here, exactly as yaml-cpp computes it, and
// their lines are cut from the text yaml-cpp sees, which then reads each such block as empty.
// Most of the rest are one-line plain values (`level: beginner`, `q: Describe ...`): the
// value is replaced by `|` at its first column, which yaml-cpp reads as an empty block.
// The tree builder puts the value back and checks that yaml-cpp saw every cut block where it
// was expected; anything unexpected falls back to parsing the original text.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bank/yaml_tree.hpp"

namespace deckpress::yaml {

struct LiftedEntry;

/// One literal block whose content lines were cut from the text, or one plain value
/// replaced by `|` (the tree does not tell plain scalars from block scalars, except that a
/// plain `null`, `Null`, `NULL` or `~` is a Null node: such values are never lifted).
struct LiftedBlock {
    std::size_t reduced_pipe = 0;   ///< offset of its `|` in the reduced text
    std::size_t original_pipe = 0;  ///< offset of its `|` (or plain value) in the original text
    int key_line = 0;               ///< 0-based line of `key: |` in the original text
    int key_column = 0;             ///< 0-based column of the key
    std::string value;              ///< the scalar's value (YAML 1.2 literal, as yaml-cpp reads it)
    bool plain = false;             ///< a one-line plain (or quoted) value, not a literal block
    /// A one-line flow list of plain values (`[a, b]`, its `[` at original_pipe) replaced
    /// by `|`: each item's 0-based column and text. Empty for scalars.
    std::vector<std::pair<int, std::string>> list;
    bool is_list() const { return !list.empty(); }
    /// An item of a block sequence that is a map of such values only (`- id: x` and the
    /// entries below it), cut from the text but for `- |`: its entries in order. Empty else.
    std::vector<LiftedEntry> map;
    bool is_map() const { return !map.empty(); }
};

/// One entry of a lifted map: its key, where the key is (0-based line and column) and its value.
struct LiftedEntry {
    std::string key;
    int line = 0;
    int column = 0;
    LiftedBlock value;
};

/// The text yaml-cpp parses instead of the original, and how to map its lines back.
struct LiftedText {
    std::string reduced;
    std::vector<LiftedBlock> blocks;  ///< in text order
    /// Lines cut so far, at each reduced line that follows a cut: {reduced line, total cut}.
    std::vector<std::pair<int, int>> cuts;

    /// The original 0-based line of a 0-based line of the reduced text.
    int original_line(int reduced_line) const;
};

/// Finds the literal blocks that can be lifted safely: header `[- ]*key: |` (chomping `-`/`+`
/// and a comment allowed, no indentation digit) and content indented more than the key.
/// Also the plain values of `[- ]*key: value` lines (and the one-line flow lists of such
/// values, `key: [a, b c, d]`, with none of `,[]{}:#'"` or a tab inside an item) that are certainly one-line plain
/// scalars: the value starts with a letter, digit or one of `_(/.$+=<;^\`, has no `: `,
/// ` #` or tab, does not end with `:`, is not a null, and the next line that is not blank
/// is indented no more than the key (blank lines no wider than the key's column).
/// Quoted one-line values without escapes (`q: "What: is X?"`, `'text'`) likewise.
/// An item of a block sequence whose lines are all such entries of one map (`- key: value`
/// and `key: value` lines at the key's column, no comments, no duplicate or null keys) is
/// lifted whole: yaml-cpp sees `- |`.
/// Returns nullopt when there is nothing to lift or the text has anything unusual (control
/// bytes such as `\r` or yaml-cpp's end-of-input 0x04, a byte-order mark, tabs in a block's indentation, leading blank lines wider than the
/// content, a line that ends a block but is indented more than its key).
std::optional<LiftedText> lift_scalars(std::string_view text);

/// Thrown while parsing the reduced text when yaml-cpp did not see a lifted block where the
/// pre-pass cut it (the parse is then repeated on the original text).
struct LiftMismatch {};

/// Hands the lifted values back in text order, checking each claim: yaml-cpp must report
/// every lifted block exactly once, as an empty scalar at its `|`.
class LiftClaims {
public:
    LiftClaims(const LiftedText& lifted, const std::string& original)
        : lifted_(lifted), original_(original) {}

    /// The block whose `|` is at `pos` in the reduced text, or nullptr for other scalars.
    /// Throws LiftMismatch when `value` is not empty or a block was passed over.
    const LiftedBlock* claim(std::size_t pos, std::string_view value);
    bool all_claimed() const { return next_ == lifted_.blocks.size(); }
    int original_line(int reduced_line) const { return lifted_.original_line(reduced_line); }
    const std::string& original() const { return original_; }

private:
    const LiftedText& lifted_;
    const std::string& original_;
    std::size_t next_ = 0;
};

/// What parse_text_traced did (for tests).
struct ParseTrace {
    int lifted_blocks = 0;   ///< literal blocks whose value came from the pre-pass
    int lifted_plain = 0;    ///< plain values that came from the pre-pass
    int lifted_lists = 0;    ///< flow lists of plain values that came from the pre-pass
    int lifted_maps = 0;     ///< sequence items lifted whole (maps of the values above)
    bool fell_back = false;  ///< the lifted parse was tried and discarded
};

/// parse_text with lifting on (`lift`, what parse_text does) or off (the plain yaml-cpp
/// parse); both give the same tree and diagnostics. `trace` (optional) says which path ran.
std::unique_ptr<Node> parse_text_traced(const std::string& text, const std::string& name,
                                        Diagnostics& diags, const Limits& limits, bool lift,
                                        ParseTrace* trace = nullptr);

}  // namespace deckpress::yaml
