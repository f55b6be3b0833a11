// cli: command-line parsing and dispatch to the commands.
#pragma once

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace deckpress::cli {

/// Runs deckpress with the process arguments; returns the exit code
/// (0 ok, 1 input errors, 2 usage errors).
int run(int argc, char** argv);

/// A command and its parsed arguments.
struct Invocation {
    const Command* command = nullptr;
    Args args;
};

/// Resolves the words after `deckpress` (no `--help`/`--version` handling) to a command
/// (the default one when none is named) and parses its options. Throws UsageError.
Invocation parse_invocation(std::vector<std::string> words);

}  // namespace deckpress::cli
