// bank: YAML documents as a plain tree with source locations (yaml_parse.cpp builds it with yaml-cpp).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"
#include "core/text_map.hpp"

namespace deckpress::yaml {

enum class NodeKind { Null, Scalar, Sequence, Map };

/// A YAML node with its location. Map entries keep document order; duplicate keys are
/// reported while the tree is built, and only the first occurrence is kept.
struct Node {
    /// Defined out of line: with an implicit constructor, clang + libstdc++ cannot complete
    /// std::pair<Node, Node> inside Node (the `entries` below).
    Node();

    NodeKind kind = NodeKind::Null;
    std::string scalar;  ///< text of a scalar
    std::vector<Node> items;                       ///< sequence items
    std::vector<std::pair<Node, Node>> entries;    ///< map entries: key node, value node
    SourceLoc loc;
    /// Where a scalar's text begins: the line after the `|`/`>` indicator for block
    /// scalars, otherwise the same as `loc` (for diagnostics inside Markdown text).
    SourceLoc text_loc;
    /// Where a scalar's value came from in the file, piece by piece (bank/scalar_map.hpp).
    TextMap text_map;

    bool is_map() const { return kind == NodeKind::Map; }
    bool is_scalar() const { return kind == NodeKind::Scalar; }
    bool is_sequence() const { return kind == NodeKind::Sequence; }
    bool is_null() const { return kind == NodeKind::Null; }
    /// The value under `key`, or nullptr.
    const Node* find(const std::string& key) const;
    /// The key node of `key` (for diagnostics about the key itself), or nullptr.
    const Node* find_key(const std::string& key) const;
};

/// Limits that keep hostile documents (alias bombs, deep nesting, huge files) from
/// exhausting time or memory. Real banks are far below them: a 60-question bank has
/// about 1,000 nodes, nesting depth 5 and 200 KB of text.
struct Limits {
    std::size_t max_file_bytes = 32u << 20;     ///< larger files are refused before parsing
    std::size_t max_nodes = 1'000'000;          ///< nodes after expanding aliases
    std::size_t max_scalar_bytes = 64u << 20;   ///< scalar text after expanding aliases
    int max_depth = 200;                        ///< nested maps/sequences
};

/// Parses a YAML file into a tree. Syntax errors, duplicate keys, invalid UTF-8, NUL bytes
/// and oversized documents (alias bombs) are reported to `diags`; returns nullptr when the
/// file cannot be used. An empty file gives a Null root.
std::unique_ptr<Node> parse_file(const std::string& path, Diagnostics& diags,
                                 const Limits& limits = {});
/// Same as parse_file for text in memory; `name` is the file name used in diagnostics.
std::unique_ptr<Node> parse_text(const std::string& text, const std::string& name,
                                 Diagnostics& diags, const Limits& limits = {});

/// Emits a string as a YAML block scalar or quoted scalar as appropriate (for `import`).
/// Multi-line text becomes a literal block (`|-`, `|`, `|+`) whose lines are indented by
/// `indent` spaces; single-line text is plain when that is unambiguous, else double-quoted.
/// The result follows a `key: ` on the same line and always parses back to `text`.
std::string emit_scalar(const std::string& text, int indent);

/// Reports every key of `map` not in `allowed`, with a did-you-mean suggestion:
/// "unknown key 'lvel' in question (did you mean 'level'?)".
void check_keys(const Node& map, const std::vector<std::string>& allowed, Diagnostics& diags,
                const std::string& what);

/// Reports each key of `required` that `map` lacks, at the map:
/// "missing required key 'title' in bank.yaml".
void require_keys(const Node& map, const std::vector<std::string>& required,
                  Diagnostics& diags, const std::string& what);

/// The closest candidate within a small edit distance, or "" (for did-you-mean messages).
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

/// "nothing", "text", "a list" or "a map" (for "expected X, found Y" messages).
const char* describe(NodeKind kind);

// Typed access that reports at the node. `what` names the value in messages, e.g. "'level'".
// Each returns nullopt (after reporting an error) when the node has the wrong type or value.

/// Expects `node` to have `kind`; otherwise reports "expected a list for 'tags', found text".
bool expect_kind(const Node& node, NodeKind kind, Diagnostics& diags, const std::string& what);
/// Scalar text; a Null node (an empty value) gives "".
std::optional<std::string> as_text(const Node& node, Diagnostics& diags, const std::string& what);
/// true/false (also yes/no, on/off, any case).
std::optional<bool> as_bool(const Node& node, Diagnostics& diags, const std::string& what);
/// A whole number within [min, max].
std::optional<long long> as_int(const Node& node, Diagnostics& diags, const std::string& what,
                                long long min = -(1LL << 53), long long max = 1LL << 53);
/// A finite decimal number within [min, max].
std::optional<double> as_double(const Node& node, Diagnostics& diags, const std::string& what,
                                double min = -1e300, double max = 1e300);
/// A list of scalars; a single scalar is reported as an error, Null gives an empty list.
std::optional<std::vector<std::string>> as_text_list(const Node& node, Diagnostics& diags,
                                                     const std::string& what);

}  // namespace deckpress::yaml
