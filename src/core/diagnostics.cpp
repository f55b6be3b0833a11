// core: diagnostics collection and formatting.
#include "core/diagnostics.hpp"

#include <fmt/format.h>

namespace deckpress {

std::string format_diagnostic(const Diagnostic& d) {
    const char* sev = d.severity == Severity::Error ? "error" : "warning";
    if (d.loc.file.empty()) return fmt::format("deckpress: {}: {}", sev, d.message);
    if (d.loc.line <= 0) return fmt::format("{}: {}: {}", d.loc.file, sev, d.message);
    return fmt::format("{}:{}:{}: {}: {}", d.loc.file, d.loc.line, std::max(d.loc.column, 1), sev,
                       d.message);
}

void Diagnostics::error(SourceLoc loc, std::string message) {
    add({Severity::Error, std::move(loc), std::move(message)});
}

void Diagnostics::warning(SourceLoc loc, std::string message) {
    add({Severity::Warning, std::move(loc), std::move(message)});
}

void Diagnostics::add(Diagnostic d) {
    if (discard_) {
        ++discarded_;
        return;
    }
    if (strict_) d.severity = Severity::Error;
    if (d.severity == Severity::Error) ++errors_;
    items_.push_back(std::move(d));
}

}  // namespace deckpress
