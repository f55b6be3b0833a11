// tests: helpers for the markdown stage tests (parse to a dump, collect diagnostics).
#pragma once

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

#include "core/diagnostics.hpp"
#include "doc/dump.hpp"
#include "markdown/markdown.hpp"

namespace deckpress::test {

/// A context as the bank loader builds it: text starting at bank.yaml line 1, column 1.
inline markdown::Context md_context(std::string base_dir = ".") {
    markdown::Context ctx;
    ctx.origin = SourceLoc{"bank.yaml", 1, 1};
    ctx.base_dir = std::move(base_dir);
    ctx.subject = "question q1";
    return ctx;
}

/// Parses `text` and returns the model dump; diagnostics go to `diags`.
inline std::string dump_md(std::string_view text, Diagnostics& diags,
                           const markdown::Context& ctx = md_context()) {
    return doc::dump(markdown::parse_blocks(text, ctx, diags));
}

/// Parses `text` expecting no diagnostics at all.
inline std::string dump_md(std::string_view text) {
    Diagnostics diags;
    std::string out = dump_md(text, diags);
    if (!diags.items().empty()) out += "UNEXPECTED: " + format_diagnostic(diags.items().front());
    return out;
}

/// Raw-string goldens start with a newline for readability; this drops it.
inline std::string golden(std::string_view text) {
    if (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    return std::string(text);
}

/// A fresh, empty folder for files a test creates.
inline std::filesystem::path scratch_dir(const std::string& name) {
    const char* env = std::getenv("DECKPRESS_TEST_TMP");
    std::filesystem::path root = env != nullptr ? std::filesystem::path(env)
                                                : std::filesystem::temp_directory_path();
    std::filesystem::path dir = root / ("markdown-" + name);
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace deckpress::test
