// cli: `deckpress watch`: re-run a command whenever a bank, layout or font file is saved.
#include <fmt/format.h>

#include <filesystem>
#include <optional>

#include "cli/cli.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "cli/watch_files.hpp"
#include "layout/style.hpp"

namespace deckpress::cli {
namespace fs = std::filesystem;
namespace {

/// Editors save in bursts (temp file, rename, attribute change) within a few milliseconds;
/// 150 ms of silence ends a burst without making the re-render feel late.
constexpr int kDefaultDebounceMs = 150;

/// The watch options, and the command line to re-run.
struct WatchPlan {
    std::vector<std::string> command_line;
    int max_runs = 0;  ///< 0: until SIGINT/SIGTERM
    int debounce_ms = kDefaultDebounceMs;
};

int whole_number(const std::string& option, const std::string& text, int min, int max) {
    try {
        std::size_t used = 0;
        int n = std::stoi(text, &used);
        if (used == text.size() && n >= min && n <= max) return n;
    } catch (const std::exception&) {
    }
    throw UsageError{fmt::format("--{} must be a whole number from {} to {}, not '{}'", option, min, max, text)};
}

/// Takes `--NAME VALUE` / `--NAME=VALUE` at words[i] (advancing i past the value), or nullopt.
std::optional<std::string> take_value(const std::vector<std::string>& words, std::size_t& i, const std::string& name) {
    const std::string& word = words[i];
    if (word.starts_with("--" + name + "=")) return word.substr(name.size() + 3);
    if (word != "--" + name) return std::nullopt;
    if (i + 1 == words.size()) throw UsageError{fmt::format("--{} needs a value", name)};
    return words[++i];
}

/// Watch's own options may stand anywhere before a `--`; every other word (and everything
/// after `--`) is the command line to re-run.
WatchPlan parse_plan(const std::vector<std::string>& words) {
    WatchPlan plan;
    for (std::size_t i = 0; i < words.size(); ++i) {
        if (words[i] == "--") {
            plan.command_line.insert(plan.command_line.end(), words.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                     words.end());
            break;
        }
        if (auto v = take_value(words, i, "max-runs")) plan.max_runs = whole_number("max-runs", *v, 1, 1000000);
        else if (auto d = take_value(words, i, "debounce")) plan.debounce_ms = whole_number("debounce", *d, 0, 60000);
        else plan.command_line.push_back(words[i]);
    }
    return plan;
}

/// The banks, layouts/ and fonts/ (plus any layout given as a path); out/ and the other
/// files the command writes are ignored, so our own output never triggers a run.
void watch_inputs(FileWatcher& files, const Args& args) {
    for (const char* option : {"out", "report", "history"})
        if (auto path = args.value(option)) files.ignore(*path);
    if (!args.value("out")) files.ignore("out");
    for (const std::string& bank : banks_to_use(args)) files.watch(bank);
    std::string data = layout::data_dir();
    files.watch((fs::path(data) / "layouts").string());
    files.watch((fs::path(data) / "fonts").string());
    for (const std::string& name : args.all("layout")) files.watch(layout::find_layout(name));
}

std::string duration_text(double ms) {
    return ms < 1000 ? fmt::format("{:.0f} ms", ms) : fmt::format("{:.1f} s", ms / 1000);
}

std::string plural(int n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); }

/// "rendered 14 files in 85 ms" / "2 errors, kept the previous PDFs".
std::string status_line(int exit_code, const RunTally& t) {
    std::string warnings = t.warnings > 0 ? ", " + plural(t.warnings, "warning") : "";
    if (exit_code == 0)
        return fmt::format("rendered {} in {}{}", plural(t.files, "file"), duration_text(t.milliseconds), warnings);
    std::string errors = t.errors > 0 ? plural(t.errors, "error") : fmt::format("failed (exit {})", exit_code);
    if (t.files == 0) return errors + ", kept the previous PDFs";
    return fmt::format("{}; rendered {}, kept the previous PDFs of the rest", errors, plural(t.files, "file"));
}

struct RunResult {
    int exit_code = 0;
    int files = 0;
};

/// Runs the command once; input errors are reported and the loop goes on (usage errors end it).
RunResult run_once(const Invocation& call, int expected_files) {
    begin_run(expected_files);
    int code = 1;
    try {
        code = call.command->run(call.args);
    } catch (const InputError& e) {
        report_error(format_diagnostic({Severity::Error, e.loc, e.message}) + "\n");
    } catch (const UsageError&) {
        end_run();
        throw;
    } catch (const std::exception& e) {
        report_error(format_diagnostic({Severity::Error, {}, e.what()}) + "\n");
    }
    RunTally tally = end_run();
    report_status(status_line(code, tally));
    return {code, tally.files};
}

/// "content/x/rest.yaml" or "content/x/rest.yaml and 2 more": the files that exist now (an
/// editor's temp files come and go within a save), or the deleted ones when none does.
std::string change_text(std::vector<std::string> changed) {
    std::vector<std::string> existing;
    std::error_code ec;
    for (const std::string& path : changed)
        if (fs::exists(path, ec)) existing.push_back(path);
    if (!existing.empty()) changed = std::move(existing);
    std::string first = fs::relative(changed.front(), fs::current_path(), ec).string();
    if (ec || first.empty() || first.starts_with("../..")) first = changed.front();
    return changed.size() == 1 ? first : fmt::format("{} and {} more", first, changed.size() - 1);
}

int run_watch(const Args& args) {
    WatchPlan plan = parse_plan(args.positionals);
    Invocation call = parse_invocation(plan.command_line);
    if (call.command->takes_words || call.args.flag("help"))
        throw UsageError{"watch re-runs a rendering command: deckpress watch [COMMAND] [options]"};
    set_verbosity(call.args.flag("quiet") ? Verbosity::Quiet : Verbosity::Watch);
    StopSignals stop;
    FileWatcher files;
    watch_inputs(files, call.args);
    int folders = static_cast<int>(files.folder_count());
    report_status(fmt::format("watching {} for '{}' (Ctrl-C stops)", plural(folders, "folder"), call.command->name));
    int expected = 0;
    for (int runs = 1;; ++runs) {
        RunResult result = run_once(call, expected);
        if (result.exit_code == 0) expected = result.files;  // the progress total of the next run
        if (plan.max_runs > 0 && runs >= plan.max_runs) return result.exit_code;
        files.rewatch();
        std::vector<std::string> changed = files.wait_for_change(plan.debounce_ms, stop);
        if (changed.empty()) break;  // SIGINT or SIGTERM
        report_status(fmt::format("changed: {}", change_text(changed)));
    }
    report_status("stopped watching");
    return 0;
}

}  // namespace

Command watch_command() {
    Command c{"watch",
              "re-render whenever a bank, layout or font file is saved",
              "deckpress watch [--max-runs N] [--debounce MS] [--quiet] [--] [COMMAND] [options]",
              "Runs COMMAND (default: the default command, everything) with its options, then again\n"
              "each time a file changes in the bank folders, layouts/ or fonts/ (out/ and the other\n"
              "files the command writes are ignored). Bursts of events from one save are merged.\n"
              "Prints diagnostics as they appear and one status line per run ('rendered 14 files\n"
              "in 85 ms', '2 errors, kept the previous PDFs': a failed render never replaces a\n"
              "PDF). With --quiet only errors are printed. Ctrl-C or SIGTERM stops (exit 0); a\n"
              "second Ctrl-C interrupts a render in progress.\n"
              "Examples: deckpress watch\n"
              "          deckpress watch reader --layout reader-tablet\n"
              "          deckpress watch --max-runs 2 -- cards --bank content/my-bank",
              {{"max-runs", "N", "stop after N runs (the first included); exit code of the last"},
               {"debounce", "MS", "quiet time that ends a burst of changes (default: 150)"}},
              0,
              run_watch};
    c.takes_words = true;
    return c;
}

}  // namespace deckpress::cli
