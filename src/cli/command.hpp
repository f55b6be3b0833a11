// cli: the command table and helpers shared by the commands (one command per cmd_*.cpp).
#pragma once

#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "cli/options.hpp"
#include "core/diagnostics.hpp"

namespace deckpress::cli {

/// One `deckpress COMMAND`. To add a command, write `cmd_<name>.cpp` defining a function
/// that returns its Command, declare it below and add it to the table in commands.cpp.
struct Command {
    std::string name;
    std::string summary;               ///< one line for `deckpress --help`
    std::string usage;                 ///< e.g. "deckpress check [BANK] [options]"
    std::string description;           ///< a few lines for `deckpress COMMAND --help`
    std::vector<OptionSpec> options;   ///< `--help` and `--strict` are added for every command
    std::size_t max_positionals = 0;
    /// Runs the command; returns the exit code. May throw UsageError (exit 2), InputError
    /// or std::exception (exit 1).
    int (*run)(const Args& args) = nullptr;
    bool takes_words = false;  ///< run gets the unparsed words as positionals (watch re-runs a command line)
};

Command all_command();
Command check_command();
Command list_command();
Command import_command();
Command reader_command();
Command cards_command();
Command cheatsheet_command();
Command exam_command();
Command watch_command();
/// Renders the default run's exam (layout exam-letter, a fixed seed, no history) into out/.
int render_default_exam(const Args& args);
/// The layout an exam is rendered with when no --layout is given (the default run's).
const char* default_exam_layout();

/// Every command, in the order `deckpress --help` lists them.
const std::vector<Command>& command_table();

/// The command run when none is named (renders everything once outputs exist).
const Command& default_command();

// ---- helpers shared by the commands (common.cpp) ----

/// `--bank DIR` (repeatable) for commands that read banks.
OptionSpec bank_option();
/// `--out PATH` for commands that write.
OptionSpec out_option(const std::string& help);

/// The bank folders a command works on: every `--bank`, the positional BANK, or else every
/// folder with a bank.yaml under content/ (found in the current directory, then in the
/// source tree). A folder named twice ("b" and "./b/") counts once. Throws InputError when
/// there is none.
std::vector<std::string> banks_to_use(const Args& args);

/// `paths` without the ones naming a file or folder named before (in another spelling too).
std::vector<std::string> without_repeats(const std::vector<std::string>& paths);

/// A Diagnostics that honours `--strict` (warnings become errors).
Diagnostics make_diagnostics(const Args& args);

/// Prints every diagnostic to stderr, one `file:line:col: severity: message` per line.
void print_diagnostics(const Diagnostics& diags);

}  // namespace deckpress::cli
