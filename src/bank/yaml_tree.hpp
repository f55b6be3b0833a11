// bank: YAML documents as a plain tree with source locations (the only includer of yaml-cpp).
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"

namespace deckpress::yaml {

enum class NodeKind { Null, Scalar, Sequence, Map };

/// A YAML node with its location. Map entries keep document order; duplicate keys are
/// reported while the tree is built, and only the first occurrence is kept.
struct Node {
    NodeKind kind = NodeKind::Null;
    std::string scalar;  ///< text of a scalar
    std::vector<Node> items;                       ///< sequence items
    std::vector<std::pair<Node, Node>> entries;    ///< map entries: key node, value node
    SourceLoc loc;

    bool is_map() const { return kind == NodeKind::Map; }
    bool is_scalar() const { return kind == NodeKind::Scalar; }
    bool is_sequence() const { return kind == NodeKind::Sequence; }
    /// The value under `key`, or nullptr.
    const Node* find(const std::string& key) const;
};

/// Parses a YAML file into a tree. Syntax errors, duplicate keys and oversized documents
/// (alias bombs) are reported to `diags`; returns nullptr when the file cannot be used.
std::unique_ptr<Node> parse_file(const std::string& path, Diagnostics& diags);
std::unique_ptr<Node> parse_text(const std::string& text, const std::string& name,
                                 Diagnostics& diags);

/// Emits a string as a YAML block scalar or quoted scalar as appropriate (for `import`).
std::string emit_scalar(const std::string& text, int indent);

/// Reports every key of `map` not in `allowed`, with a did-you-mean suggestion.
void check_keys(const Node& map, const std::vector<std::string>& allowed, Diagnostics& diags,
                const std::string& what);

/// The closest candidate within a small edit distance, or "" (for did-you-mean messages).
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace deckpress::yaml
