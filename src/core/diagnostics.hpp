// core: diagnostics reported as `file:line:col: severity: message`, collected per run.
#pragma once

#include <string>
#include <vector>

namespace deckpress {

/// A place in an input file; line and column count from 1 (0 means unknown).
struct SourceLoc {
    std::string file;
    int line = 0;
    int column = 0;
};

enum class Severity { Warning, Error };

struct Diagnostic {
    Severity severity = Severity::Error;
    SourceLoc loc;
    std::string message;
};

/// Formats one diagnostic the way compilers do: `file:line:col: error: message`.
std::string format_diagnostic(const Diagnostic& d);

/// Collects every problem of a run so that all of them are reported, not just the first.
class Diagnostics {
public:
    void error(SourceLoc loc, std::string message);
    void warning(SourceLoc loc, std::string message);
    void add(Diagnostic d);

    bool has_errors() const { return errors_ > 0; }
    int error_count() const { return errors_; }
    int warning_count() const { return static_cast<int>(items_.size()) - errors_; }
    const std::vector<Diagnostic>& items() const { return items_; }

    /// Turns warnings into errors (the `--strict` switch).
    void set_strict(bool strict) { strict_ = strict; }

    /// Diagnostics that keep nothing, for trial settings (fit probes): what they would report
    /// is reported by the final setting, so nothing may count as reported by a probe.
    static Diagnostics discarding() {
        Diagnostics d;
        d.discard_ = true;
        return d;
    }
    bool discards() const { return discard_; }
    /// How many diagnostics a discarding instance dropped: a probe that dropped none set its
    /// text exactly as a final setting that reports would.
    int discarded() const { return discarded_; }

private:
    std::vector<Diagnostic> items_;
    int errors_ = 0;
    bool strict_ = false;
    bool discard_ = false;
    int discarded_ = 0;
};

/// Thrown for input errors that stop a command (exit code 1), reported at `loc` when it names a
/// file ("exam-history.json:2:14: error: ...").
struct InputError {
    std::string message;
    SourceLoc loc = {};
};

}  // namespace deckpress
