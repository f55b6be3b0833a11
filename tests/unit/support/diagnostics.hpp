// tests/support: diagnostics as the lines deckpress prints (file:line:col: severity: message).
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.hpp"

namespace deckpress::test {

/// One formatted line per diagnostic, in order.
inline std::vector<std::string> formatted_lines(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) out.push_back(format_diagnostic(d));
    return out;
}

/// The formatted diagnostics, each followed by a newline (shown when a CHECK fails).
inline std::string formatted_text(const Diagnostics& diags) {
    std::string out;
    for (const std::string& line : formatted_lines(diags)) out += line + "\n";
    return out;
}

}  // namespace deckpress::test
