// cli: the output helpers: verbosity, run tallies and the in-place progress line on a terminal.
#include "cli/progress.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_set>

#include "cli/columns.hpp"

namespace deckpress::cli {
namespace {

using Clock = std::chrono::steady_clock;

/// A run shorter than this shows no progress line (it would only flicker).
constexpr auto kProgressDelay = std::chrono::milliseconds(1000);

struct State {
    std::mutex mutex;  // renderers may report from several threads
    Verbosity verbosity = Verbosity::Normal;
    RunTally tally;
    int expected_files = 0;
    Clock::time_point started = Clock::now();
    bool progress_shown = false;
    /// The diagnostics printed in this run: one a later step finds again (the default command's
    /// check, then the cards render, both fitting a question on a card) is not printed twice.
    std::unordered_set<std::string> printed;
};

/// The capture of this thread, or nullptr when it prints.
thread_local CapturedOutput* capture_sink = nullptr;

/// Records an event when this thread captures; returns whether it did.
bool captured(CapturedOutput::Event::Kind kind, const std::string& text, const std::string& details = {},
              const Diagnostic* diagnostic = nullptr) {
    if (!capture_sink) return false;
    capture_sink->events.push_back({kind, text, details, diagnostic ? *diagnostic : Diagnostic{}});
    return true;
}

using Kind = CapturedOutput::Event::Kind;

State& state() {
    static State s;
    return s;
}

bool stderr_is_terminal() {
    static const bool tty = ::isatty(STDERR_FILENO) == 1;
    return tty;
}

/// Erases the progress line so that the next output starts on a clean line (lock held).
void clear_progress(State& s) {
    if (!s.progress_shown) return;
    std::fputs("\r\033[K", stderr);
    s.progress_shown = false;
}

/// "[3/14] cards-a4.pdf" (or "[3] cards-a4.pdf" when the total is unknown), in place (lock held).
void show_progress(State& s, const std::string& path) {
    if (s.verbosity == Verbosity::Quiet || !stderr_is_terminal()) return;
    if (Clock::now() - s.started < kProgressDelay) return;
    std::string name = std::filesystem::path(path).filename().string();
    std::string count = s.expected_files >= s.tally.files ? fmt::format("{}/{}", s.tally.files, s.expected_files)
                                                           : fmt::format("{}", s.tally.files);
    fmt::print(stderr, "\r\033[K[{}] {}", count, name);
    std::fflush(stderr);
    s.progress_shown = true;
}

}  // namespace

void set_verbosity(Verbosity v) {
    std::lock_guard lock(state().mutex);
    state().verbosity = v;
}

Verbosity verbosity() {
    std::lock_guard lock(state().mutex);
    return state().verbosity;
}

void begin_run(int expected_files) {
    State& s = state();
    std::lock_guard lock(s.mutex);
    s.tally = {};
    s.printed.clear();
    forget_read_files();
    s.expected_files = expected_files;
    s.started = Clock::now();
}

RunTally end_run() {
    State& s = state();
    std::lock_guard lock(s.mutex);
    clear_progress(s);
    s.tally.milliseconds = std::chrono::duration<double, std::milli>(Clock::now() - s.started).count();
    return s.tally;
}

void report_written(const std::string& path, const std::string& details) {
    if (captured(Kind::Written, path, details)) return;
    State& s = state();
    std::lock_guard lock(s.mutex);
    ++s.tally.files;
    if (s.verbosity == Verbosity::Normal) {
        clear_progress(s);
        fmt::print("{}: {}\n", path, details);
        std::fflush(stdout);  // keeps stdout lines ordered with the progress line on stderr
    }
    show_progress(s, path);
}

void report_info(const std::string& text) {
    if (captured(Kind::Info, text)) return;
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.verbosity != Verbosity::Normal) return;
    clear_progress(s);
    std::fputs(text.c_str(), stdout);
}

void report_status(const std::string& line) {
    if (captured(Kind::Status, line)) return;
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.verbosity == Verbosity::Quiet) return;
    clear_progress(s);
    fmt::print("{}\n", line);
    std::fflush(stdout);
}

void report_note(const std::string& text) {
    if (captured(Kind::Note, text)) return;
    State& s = state();
    std::lock_guard lock(s.mutex);
    if (s.verbosity == Verbosity::Quiet) return;
    clear_progress(s);
    std::fputs(text.c_str(), stderr);
}

void report_diagnostic(const Diagnostic& d) {
    if (captured(Kind::Diagnostic, {}, {}, &d)) return;
    State& s = state();
    std::lock_guard lock(s.mutex);
    Diagnostic shown = d;
    shown.loc = in_characters(d.loc);
    std::string line = format_diagnostic(shown);
    if (!s.printed.insert(line).second) return;
    bool error = d.severity == Severity::Error;
    ++(error ? s.tally.errors : s.tally.warnings);
    if (!error && s.verbosity == Verbosity::Quiet) return;
    clear_progress(s);
    fmt::print(stderr, "{}\n", line);
}

void report_error(const std::string& text) {
    if (captured(Kind::Error, text)) return;
    State& s = state();
    std::lock_guard lock(s.mutex);
    ++s.tally.errors;
    clear_progress(s);
    std::fputs(text.c_str(), stderr);
}

OutputCapture::OutputCapture(CapturedOutput& into) { capture_sink = &into; }

OutputCapture::~OutputCapture() { capture_sink = nullptr; }

void CapturedOutput::replay() const {
    for (const Event& e : events) {
        switch (e.kind) {
            case Kind::Written: report_written(e.text, e.details); break;
            case Kind::Info: report_info(e.text); break;
            case Kind::Note: report_note(e.text); break;
            case Kind::Diagnostic: report_diagnostic(e.diagnostic); break;
            case Kind::Error: report_error(e.text); break;
            case Kind::Status: report_status(e.text); break;
        }
    }
}

}  // namespace deckpress::cli
