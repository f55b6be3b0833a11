// tests: parse YAML text with and without lifting literal blocks, and compare (header-only;
// used by the bank unit tests and the bank fuzz target).
#pragma once

#include <cstdio>
#include <memory>
#include <string>

#include "bank/yaml_lift.hpp"
#include "support/diagnostics.hpp"

namespace deckpress::test {

/// A scalar with line breaks and control bytes escaped, in quotes.
inline std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '"' || c == '\\') out += std::string("\\") + static_cast<char>(c);
        else if (c < 0x20) {
            char hex[8];
            std::snprintf(hex, sizeof hex, "\\x%02x", c);
            out += hex;
        } else out += static_cast<char>(c);
    }
    return out + "\"";
}

inline std::string describe_loc(const SourceLoc& loc) {
    return loc.file + ":" + std::to_string(loc.line) + ":" + std::to_string(loc.column);
}

/// One line per node (kind, location, where its text starts, scalar, text map), children indented.
inline void dump_node(const yaml::Node& n, int depth, std::string& out) {
    static const char* const kinds[] = {"null", "scalar", "seq", "map"};
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ') + kinds[static_cast<int>(n.kind)] +
           " " + describe_loc(n.loc) + " text@" + describe_loc(n.text_loc);
    if (n.is_scalar()) out += " " + quoted(n.scalar);
    for (const TextPiece& p : n.text_map)
        out += " [" + std::to_string(p.line) + ":" + std::to_string(p.column) + "+" + std::to_string(p.length) +
               "@" + std::to_string(p.file_line) + ":" + std::to_string(p.file_column) + "]";
    out += "\n";
    for (const yaml::Node& item : n.items) dump_node(item, depth + 1, out);
    for (const auto& [key, value] : n.entries) {
        dump_node(key, depth + 1, out);
        dump_node(value, depth + 2, out);
    }
}

/// The whole result of a parse: the tree (or "no tree") and every diagnostic.
inline std::string dump_parse(const yaml::Node* root, const Diagnostics& diags) {
    std::string out;
    if (root) dump_node(*root, 0, out);
    else out += "no tree\n";
    return out + test::formatted_text(diags);
}

/// A text parsed both ways: the dumps and what the lifting parse did.
struct LiftComparison {
    std::string plain;
    std::string lifted;
    yaml::ParseTrace trace;
    bool same() const { return plain == lifted; }
};

inline LiftComparison compare_lifting(const std::string& text, const std::string& name = "t.yaml",
                                      const yaml::Limits& limits = {}) {
    LiftComparison c;
    Diagnostics plain_diags, lifted_diags;
    auto plain = yaml::parse_text_traced(text, name, plain_diags, limits, false);
    auto lifted = yaml::parse_text_traced(text, name, lifted_diags, limits, true, &c.trace);
    c.plain = dump_parse(plain.get(), plain_diags);
    c.lifted = dump_parse(lifted.get(), lifted_diags);
    return c;
}

}  // namespace deckpress::test
