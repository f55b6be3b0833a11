// markdown: CommonMark (cmark) to document blocks, and a small syntax highlighter.
#pragma once

#include <string>
#include <string_view>

#include "doc/model.hpp"

namespace deckpress::markdown {

struct Context {
    SourceLoc origin;      ///< where the Markdown text starts in its file (line 1 of the text)
    std::string base_dir;  ///< folder images are relative to; paths leaving it are refused
    std::string subject;   ///< what the text belongs to, e.g. "question fastapi-depends"
};

/// Parses CommonMark block content. HTML is rendered as its text content, with a warning;
/// a missing image is an error naming the file. Nothing is dropped silently.
doc::Blocks parse_blocks(std::string_view text, const Context& ctx, Diagnostics& diags);

/// Parses inline Markdown (a question line) into spans; block structure is flattened.
std::vector<doc::Span> parse_inline(std::string_view text, const Context& ctx,
                                    Diagnostics& diags);

/// Splits code into highlighted spans per line for `lang` (python, bash/sh/shell, sql, yaml,
/// javascript/js/typescript/ts, json, dockerfile; anything else is plain Text).
std::vector<std::vector<doc::Span>> highlight(std::string_view code, std::string_view lang);

}  // namespace deckpress::markdown
