// cli: everything the commands print goes through here: --quiet, watch tallies, the progress line.
#pragma once

#include <fmt/format.h>

#include <string>
#include <utility>
#include <vector>

#include "core/diagnostics.hpp"

namespace deckpress::cli {

/// How much the commands print.
enum class Verbosity {
    Normal,  ///< every per-file line, summary, note and diagnostic
    Watch,   ///< diagnostics and notes; per-file lines and summaries are only counted (one status line per run)
    Quiet,   ///< errors only: no per-file lines, summaries, notes or warnings
};

/// Sets the verbosity for the rest of the process (from `--quiet`, or by `watch`).
void set_verbosity(Verbosity v);
Verbosity verbosity();

/// What one run printed, for the watch status line.
struct RunTally {
    int files = 0;     ///< output files reported through `wrote`
    int errors = 0;    ///< errors reported through `print_diagnostics` or `report_error`
    int warnings = 0;  ///< warnings reported through `print_diagnostics`
    double milliseconds = 0;
};

/// Starts counting a run (files, errors, time). `expected_files` (0: unknown) is the total the
/// progress line shows ("[3/14] cards-a4.pdf").
void begin_run(int expected_files);
/// Ends the run: clears the progress line and returns what was counted since begin_run.
RunTally end_run();

/// Reports a written output file as "PATH: DETAILS" on stdout (Normal only); counts it and,
/// when the run has lasted more than about a second and stderr is a terminal, updates the
/// progress line on stderr in place.
void report_written(const std::string& path, const std::string& details);
/// Text on stdout (summaries, hints), printed as given (Normal only).
void report_info(const std::string& text);
/// Text on stderr that is not a diagnostic (fit remarks), printed as given unless Quiet.
void report_note(const std::string& text);
/// One diagnostic on stderr: errors always, warnings unless Quiet; counted.
void report_diagnostic(const Diagnostic& d);
/// An error that is not a Diagnostic (a failed command), printed as given and counted.
void report_error(const std::string& text);

/// A status line of the watch loop on stdout (flushed at once), unless Quiet.
void report_status(const std::string& line);

/// What one thread reported while capturing (see OutputCapture), kept to be printed later.
class CapturedOutput {
public:
    /// Prints and counts everything captured, in order, as if it were reported now.
    void replay() const;

    struct Event {
        enum class Kind { Written, Info, Note, Diagnostic, Error, Status } kind;
        std::string text;     ///< the path for Written, else the text
        std::string details;  ///< Written only
        Diagnostic diagnostic;
    };
    std::vector<Event> events;
};

/// While alive, everything this thread reports goes into `into` instead of being printed, so
/// that renderers on worker threads print in a fixed order whatever the timing. Not nestable.
class OutputCapture {
public:
    explicit OutputCapture(CapturedOutput& into);
    ~OutputCapture();
    OutputCapture(const OutputCapture&) = delete;
    OutputCapture& operator=(const OutputCapture&) = delete;
};

/// `report_written(path, fmt::format(...))`.
template <typename... T>
void wrote(const std::string& path, fmt::format_string<T...> details, T&&... args) {
    report_written(path, fmt::format(details, std::forward<T>(args)...));
}
/// `report_info(fmt::format(...))`: a drop-in for `fmt::print(...)` on stdout.
template <typename... T>
void say(fmt::format_string<T...> text, T&&... args) {
    report_info(fmt::format(text, std::forward<T>(args)...));
}
/// `report_note(fmt::format(...))`: a drop-in for `fmt::print(stderr, ...)`.
template <typename... T>
void note(fmt::format_string<T...> text, T&&... args) {
    report_note(fmt::format(text, std::forward<T>(args)...));
}

}  // namespace deckpress::cli
