// cli: command-line dispatch: global options, command lookup, help, exit codes.
#include "cli/cli.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <exception>
#include <system_error>

#include "bank/yaml_tree.hpp"
#include "cli/columns.hpp"
#include "cli/command.hpp"
#include "cli/progress.hpp"

#ifndef DECKPRESS_VERSION
#define DECKPRESS_VERSION "unknown"
#endif

namespace deckpress::cli {
namespace {

std::vector<OptionSpec> with_common_options(std::vector<OptionSpec> options) {
    options.push_back({"strict", "", "treat warnings as errors"});
    options.push_back({"quiet", "", "print errors only (no per-file lines, summaries, notes or warnings)"});
    options.push_back({"help", "", "show this help"});
    return options;
}

const Command* find_command(const std::string& name) {
    const auto& table = command_table();
    auto it = std::find_if(table.begin(), table.end(), [&](const Command& c) { return c.name == name; });
    return it == table.end() ? nullptr : &*it;
}

const Command& command_named(const std::string& name) {
    if (const Command* cmd = find_command(name)) return *cmd;
    std::vector<std::string> names;
    for (const auto& c : command_table()) names.push_back(c.name);
    std::string hint = yaml::closest_match(name, names);
    throw UsageError{hint.empty() ? fmt::format("unknown command '{}'", name)
                                  : fmt::format("unknown command '{}' (did you mean '{}'?)", name, hint)};
}

void print_general_help() {
    fmt::print("deckpress {}: turns a question bank into print-ready study material.\n\n", DECKPRESS_VERSION);
    fmt::print("Usage: deckpress [COMMAND] [options]\n\nCommands:\n");
    std::size_t width = 0;
    for (const auto& c : command_table()) width = std::max(width, c.name.size());
    for (const auto& c : command_table()) fmt::print("  {:<{}}  {}\n", c.name, width, c.summary);
    fmt::print("\nWithout a command, deckpress runs '{}'.\n", default_command().name);
    fmt::print("Run 'deckpress COMMAND --help' for the options of a command.\n");
    fmt::print("Every command accepts --quiet (print errors only: no per-file lines, summaries,\n"
               "notes or warnings; 'list' still prints its tables) and --strict (warnings are errors).\n");
    fmt::print("'deckpress watch [COMMAND] [options]' re-runs a command whenever a bank, layout or font changes.\n");
    fmt::print("Exit codes: 0 ok, 1 input errors, 2 usage errors.\n");
}

void print_command_help(const Command& cmd) {
    fmt::print("Usage: {}\n\n{}\n", cmd.usage, cmd.summary);
    if (!cmd.description.empty()) fmt::print("\n{}\n", cmd.description);
    fmt::print("\nOptions:\n{}", format_options(with_common_options(cmd.options)));
}

/// Where a usage error's reader finds the options: the named command's help, else the general one.
std::string usage_hint(const std::vector<std::string>& words) {
    for (const std::string& word : words) {
        if (word == "--quiet" || word == "--strict") continue;  // may come before the command
        if (find_command(word)) return fmt::format("Run 'deckpress {} --help' for its options.\n", word);
        break;
    }
    return "Run 'deckpress --help' for usage.\n";
}

int error_exit(const std::string& message, int code, const std::string& hint = {}, const SourceLoc& loc = {}) {
    report_error(fmt::format("{}\n", format_diagnostic({Severity::Error, in_characters(loc), message})));
    if (code == 2) report_error(hint);
    return code;
}

/// Global flags may come before the command name: `deckpress --quiet reader` means
/// `deckpress reader --quiet`.
void move_leading_flags_after_command(std::vector<std::string>& words) {
    std::size_t n = 0;
    while (n < words.size() && (words[n] == "--quiet" || words[n] == "--strict")) ++n;
    if (n == 0 || n == words.size() || !find_command(words[n])) return;
    auto command = words.begin() + static_cast<std::ptrdiff_t>(n);
    std::rotate(words.begin(), command, command + 1);
}

int dispatch(std::vector<std::string> words) {
    if (!words.empty() && words[0] == "--version") {
        fmt::print("deckpress {}\n", DECKPRESS_VERSION);
        return 0;
    }
    if (!words.empty() && (words[0] == "--help" || words[0] == "-h" || words[0] == "help")) {
        if (words.size() > 1) print_command_help(command_named(words[1]));
        else print_general_help();
        return 0;
    }
    move_leading_flags_after_command(words);
    Invocation call = parse_invocation(std::move(words));
    if (call.args.flag("help")) {
        print_command_help(*call.command);
        return 0;
    }
    if (call.args.flag("quiet")) set_verbosity(Verbosity::Quiet);
    begin_run(0);  // the progress line appears once the run lasts a second
    int code = call.command->run(call.args);
    end_run();     // clears the progress line
    return code;
}

}  // namespace

Invocation parse_invocation(std::vector<std::string> words) {
    const Command* cmd = &default_command();
    if (!words.empty() && !words[0].starts_with("-")) {
        cmd = &command_named(words[0]);
        words.erase(words.begin());
    }
    if (cmd->takes_words) {  // e.g. watch: parses its own words (a command line to re-run)
        bool help = !words.empty() && (words[0] == "--help" || words[0] == "-h");
        Args args;
        if (help) args.flags.insert("help");
        else args.positionals = std::move(words);
        return {cmd, std::move(args)};
    }
    return {cmd, parse_args(words, with_common_options(cmd->options), cmd->max_positionals)};
}

namespace {

/// `code`, or a failure when what the run printed never reached standard output (a full disk,
/// a closed descriptor), as coreutils do: `deckpress list > /dev/full` said nothing and exited 0.
int with_stdout_flushed(int code) {
    errno = 0;
    if (std::fflush(stdout) == 0 && !std::ferror(stdout)) return code;
    const std::string why = errno != 0 ? std::generic_category().message(errno) : "write error";
    error_exit("cannot write to standard output: " + why, 1);
    return code == 0 ? 1 : code;
}

int run_words(std::vector<std::string> words) {
    const std::string hint = usage_hint(words);
    try {
        return dispatch(std::move(words));
    } catch (const UsageError& e) {
        return error_exit(e.message, 2, hint);
    } catch (const InputError& e) {
        return error_exit(e.message, 1, {}, e.loc);
    } catch (const std::exception& e) {
        return error_exit(e.what(), 1);
    }
}

}  // namespace

int run(int argc, char** argv) {
    return with_stdout_flushed(run_words(std::vector<std::string>(argv + 1, argv + argc)));
}

}  // namespace deckpress::cli
