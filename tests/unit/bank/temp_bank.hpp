// tests: small banks written to a scratch folder, and diagnostics lookup helpers.
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <string>

#include "bank/bank.hpp"
#include "support/diagnostics.hpp"
#include "support/run.hpp"

namespace deckpress::test {

/// A bank folder in the scratch area; files are written verbatim.
struct TempBank {
    std::filesystem::path dir;

    explicit TempBank(const std::string& name) : dir(scratch_dir("bank-" + name)) {}

    TempBank& file(const std::string& name, const std::string& text) {
        write_text_file(dir / name, text);
        return *this;
    }
    std::string path(const std::string& name) const { return (dir / name).string(); }
    bank::Bank load(Diagnostics& diags) const { return bank::load_bank(dir.string(), diags); }
};

/// The formatted diagnostics, one per line (shown when a CHECK fails).
inline std::string dump(const Diagnostics& diags) { return test::formatted_text(diags); }

/// Whether some diagnostic formats exactly as `expected` (file:line:col: severity: message).
inline bool has_diag(const Diagnostics& diags, const std::string& expected) {
    return std::any_of(diags.items().begin(), diags.items().end(),
                       [&](const Diagnostic& d) { return format_diagnostic(d) == expected; });
}

/// A valid bank.yaml listing `categories` (comma-separated ids, as YAML flow list).
inline std::string bank_yaml(const std::string& categories) {
    return "title: Test bank\ncategories: [" + categories + "]\n";
}

/// A complete, warning-free question entry (indented as a list item of `questions`).
inline std::string question_yaml(const std::string& id) {
    return "  - id: " + id + "\n"
           "    q: What is " + id + "?\n"
           "    a: It is " + id + ".\n"
           "    short: " + id + "\n"
           "    level: beginner\n"
           "    kind: concept\n";
}

}  // namespace deckpress::test
