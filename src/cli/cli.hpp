// cli: command-line parsing and dispatch to the commands.
#pragma once

namespace deckpress::cli {

/// Runs deckpress with the process arguments; returns the exit code
/// (0 ok, 1 input errors, 2 usage errors).
int run(int argc, char** argv);

}  // namespace deckpress::cli
