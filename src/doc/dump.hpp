// doc: a stable, indented, human-readable text dump of the document model (for golden tests).
#pragma once

#include <string>

#include <fmt/format.h>

#include "doc/model.hpp"

namespace deckpress::doc {

/// One line per block, span and code line, children indented by two spaces, e.g.
///   list ordered start=3 tight @4:1
///     item @4:1
///       paragraph @4:4
///         span "bold" bold link=https://x
/// Every line ends with '\n'. Locations (`@line:col`) are printed when known. Iterative, so
/// any nesting depth is safe.
std::string dump(const Blocks& blocks);

/// The dump of one block and its subtree.
std::string dump(const Block& block);

/// One span on one line, without indentation: `span "text" bold,italic token=keyword
/// link=URL`, or `break` for a hard break. Text is quoted with C-style escapes.
std::string describe(const Span& span);

/// The name of a block kind ("paragraph", "heading", ...) and of a token class ("keyword", ...).
const char* kind_name(BlockKind kind);
const char* token_name(Token token);

}  // namespace deckpress::doc

/// `fmt::format("{}", span)` gives `describe(span)`.
template <>
struct fmt::formatter<deckpress::doc::Span> : fmt::formatter<std::string_view> {
    template <class Ctx>
    auto format(const deckpress::doc::Span& span, Ctx& ctx) const {
        return fmt::formatter<std::string_view>::format(deckpress::doc::describe(span), ctx);
    }
};

/// `fmt::format("{}", block)` gives `dump(block)` (several lines, each ending with '\n').
template <>
struct fmt::formatter<deckpress::doc::Block> : fmt::formatter<std::string_view> {
    template <class Ctx>
    auto format(const deckpress::doc::Block& block, Ctx& ctx) const {
        return fmt::formatter<std::string_view>::format(deckpress::doc::dump(block), ctx);
    }
};
