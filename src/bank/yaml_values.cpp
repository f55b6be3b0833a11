// bank: typed access to yaml::Node values and key checks, reporting at the node.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>

#include "bank/yaml_tree.hpp"
#include "core/ascii.hpp"

namespace deckpress::yaml {
namespace {

std::string lower(std::string_view s) { return ascii_lower(s); }

/// Levenshtein distance (insertions, deletions, substitutions).
std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

std::string join(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
    return out;
}

}  // namespace

Node::Node() = default;

const Node* Node::find(const std::string& key) const {
    for (const auto& [k, v] : entries)
        if (k.scalar == key) return &v;
    return nullptr;
}

const Node* Node::find_key(const std::string& key) const {
    for (const auto& [k, v] : entries)
        if (k.scalar == key) return &k;
    return nullptr;
}

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
    // Allow one edit for short words and two for longer ones: enough for typos like
    // "lvel" or "qestion", not so much that unrelated keys get suggested.
    std::size_t budget = word.size() <= 4 ? 1 : 2;
    std::string best;
    std::size_t best_distance = budget + 1;
    for (const auto& c : candidates) {
        std::size_t d = edit_distance(lower(word), lower(c));
        if (d < best_distance) {
            best = c;
            best_distance = d;
        }
    }
    return best;
}

void check_keys(const Node& map, const std::vector<std::string>& allowed, Diagnostics& diags,
                const std::string& what) {
    for (const auto& [key, value] : map.entries) {
        if (key.is_sequence() || key.is_map()) continue;  // the parser said a key must be text
        if (std::find(allowed.begin(), allowed.end(), key.scalar) != allowed.end()) continue;
        std::string hint = closest_match(key.scalar, allowed);
        diags.error(key.loc, hint.empty()
                                 ? fmt::format("unknown key '{}' in {} (allowed: {})", key.scalar,
                                               what, join(allowed))
                                 : fmt::format("unknown key '{}' in {} (did you mean '{}'?)",
                                               key.scalar, what, hint));
    }
}

void require_keys(const Node& map, const std::vector<std::string>& required, Diagnostics& diags,
                  const std::string& what) {
    for (const auto& key : required)
        if (!map.find(key)) diags.error(map.loc, fmt::format("missing required key '{}' in {}", key, what));
}

const char* describe(NodeKind kind) {
    switch (kind) {
        case NodeKind::Null: return "nothing";
        case NodeKind::Scalar: return "text";
        case NodeKind::Sequence: return "a list";
        case NodeKind::Map: return "a map";
    }
    return "?";
}

bool expect_kind(const Node& node, NodeKind kind, Diagnostics& diags, const std::string& what) {
    if (node.kind == kind) return true;
    diags.error(node.loc, fmt::format("expected {} for {}, found {}", describe(kind), what,
                                      describe(node.kind)));
    return false;
}

std::optional<std::string> as_text(const Node& node, Diagnostics& diags, const std::string& what) {
    if (node.is_null()) return std::string();
    if (!expect_kind(node, NodeKind::Scalar, diags, what)) return std::nullopt;
    return node.scalar;
}

std::optional<bool> as_bool(const Node& node, Diagnostics& diags, const std::string& what) {
    if (!expect_kind(node, NodeKind::Scalar, diags, what)) return std::nullopt;
    std::string v = lower(node.scalar);
    if (v == "true" || v == "yes" || v == "on") return true;
    if (v == "false" || v == "no" || v == "off") return false;
    diags.error(node.loc, fmt::format("expected true or false for {}, found '{}'", what, node.scalar));
    return std::nullopt;
}

std::optional<long long> as_int(const Node& node, Diagnostics& diags, const std::string& what,
                                long long min, long long max) {
    if (!expect_kind(node, NodeKind::Scalar, diags, what)) return std::nullopt;
    const std::string& s = node.scalar;
    long long value = 0;
    auto [end, ec] = std::from_chars(s.data() + (s.starts_with('+') ? 1 : 0), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty()) {
        diags.error(node.loc, fmt::format("expected a whole number for {}, found '{}'", what, s));
        return std::nullopt;
    }
    if (value < min || value > max) {
        diags.error(node.loc, fmt::format("{} must be between {} and {}, found {}", what, min, max, value));
        return std::nullopt;
    }
    return value;
}

std::optional<double> as_double(const Node& node, Diagnostics& diags, const std::string& what,
                                double min, double max) {
    if (!expect_kind(node, NodeKind::Scalar, diags, what)) return std::nullopt;
    const std::string& s = node.scalar;
    double value = 0;
    auto [end, ec] = std::from_chars(s.data() + (s.starts_with('+') ? 1 : 0), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || s.empty() || !std::isfinite(value)) {
        diags.error(node.loc, fmt::format("expected a number for {}, found '{}'", what, s));
        return std::nullopt;
    }
    if (value < min || value > max) {
        diags.error(node.loc, fmt::format("{} must be between {} and {}, found {}", what, min, max, value));
        return std::nullopt;
    }
    return value;
}

std::optional<std::vector<std::string>> as_text_list(const Node& node, Diagnostics& diags,
                                                     const std::string& what) {
    if (node.is_null()) return std::vector<std::string>{};
    if (!expect_kind(node, NodeKind::Sequence, diags, what)) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (const Node& item : node.items) {
        if (expect_kind(item, NodeKind::Scalar, diags, "an item of " + what))
            out.push_back(item.scalar);
        else
            ok = false;
    }
    if (!ok) return std::nullopt;
    return out;
}

}  // namespace deckpress::yaml
