// cli: a small command-line option parser shared by every command.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace deckpress::cli {

/// A long option: `--name VALUE` / `--name=VALUE` when `value_name` is set, else a flag.
struct OptionSpec {
    std::string name;        ///< without the leading "--"
    std::string value_name;  ///< e.g. "DIR"; empty for a flag
    std::string help;        ///< one line for `--help`
    bool repeatable = false;  ///< may be given more than once (each value counts); else once only
};

/// A wrong command line (exit code 2).
struct UsageError {
    std::string message;
};

/// The parsed command line of one command.
struct Args {
    std::map<std::string, std::vector<std::string>> values;  ///< option -> values in order
    std::set<std::string> flags;
    std::vector<std::string> positionals;

    bool flag(const std::string& name) const { return flags.count(name) > 0; }
    /// The last value given for `name`, or nullopt.
    std::optional<std::string> value(const std::string& name) const;
    /// Every value given for `name` (options may repeat).
    std::vector<std::string> all(const std::string& name) const;
};

/// Parses `argv` (the words after the command name) against `specs`. `-h` means `--help`;
/// `--` ends the options. Throws UsageError for unknown options (with a did-you-mean), a
/// missing value, a value given to a flag, an option that is not repeatable given twice, or
/// more than `max_positionals` positionals.
Args parse_args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs,
                std::size_t max_positionals);

/// The option lines of a help text, aligned: "  --bank DIR      the bank folder".
std::string format_options(const std::vector<OptionSpec>& specs);

}  // namespace deckpress::cli
