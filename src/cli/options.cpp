// cli: a small command-line option parser shared by every command.
#include "cli/options.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "bank/yaml_tree.hpp"

namespace deckpress::cli {
namespace {

const OptionSpec* find_spec(const std::vector<OptionSpec>& specs, const std::string& name) {
    auto it = std::find_if(specs.begin(), specs.end(), [&](const OptionSpec& s) { return s.name == name; });
    return it == specs.end() ? nullptr : &*it;
}

[[noreturn]] void unknown_option(const std::string& name, const std::vector<OptionSpec>& specs) {
    std::vector<std::string> names;
    for (const auto& s : specs) names.push_back(s.name);
    std::string hint = yaml::closest_match(name, names);
    throw UsageError{hint.empty() ? fmt::format("unknown option '--{}'", name)
                                  : fmt::format("unknown option '--{}' (did you mean '--{}'?)", name, hint)};
}

/// An option word's name and, for `--name=value`, its value.
struct OptionWord {
    std::string name;
    std::optional<std::string> inline_value;
};

OptionWord split_option_word(const std::string& word) {
    OptionWord out;
    out.name = word == "-h" ? "help" : word.starts_with("--") ? word.substr(2) : "";
    if (out.name.empty()) throw UsageError{fmt::format("unknown option '{}' (options are long: --name)", word)};
    if (auto eq = out.name.find('='); eq != std::string::npos) {
        out.inline_value = out.name.substr(eq + 1);
        out.name.resize(eq);
    }
    return out;
}

/// Whether the option's value is a file, folder or layout name, which cannot be empty.
bool names_a_file(const OptionSpec& spec) {
    return spec.value_name == "PATH" || spec.value_name == "DIR" || spec.value_name == "FILE" || spec.value_name == "NAME";
}

void check_positional_count(const Args& args, std::size_t max_positionals) {
    if (args.positionals.size() > max_positionals)
        throw UsageError{max_positionals == 0
                             ? fmt::format("unexpected argument '{}'", args.positionals.front())
                             : fmt::format("too many arguments (at most {}): '{}'", max_positionals,
                                           args.positionals[max_positionals])};
}

}  // namespace

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = values.find(name);
    if (it == values.end() || it->second.empty()) return std::nullopt;
    return it->second.back();
}

std::vector<std::string> Args::all(const std::string& name) const {
    auto it = values.find(name);
    return it == values.end() ? std::vector<std::string>{} : it->second;
}

Args parse_args(const std::vector<std::string>& argv, const std::vector<OptionSpec>& specs,
                std::size_t max_positionals) {
    Args args;
    bool options_done = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& word = argv[i];
        if (options_done || word == "-" || !word.starts_with("-")) {
            args.positionals.push_back(word);
            continue;
        }
        if (word == "--") {
            options_done = true;
            continue;
        }
        auto [name, inline_value] = split_option_word(word);
        const OptionSpec* spec = find_spec(specs, name);
        if (!spec) unknown_option(name, specs);
        if (spec->value_name.empty()) {
            if (inline_value) throw UsageError{fmt::format("option '--{}' takes no value", name)};
            args.flags.insert(name);
            continue;
        }
        if (!inline_value && i + 1 >= argv.size())
            throw UsageError{fmt::format("option '--{}' needs a value ({})", name, spec->value_name)};
        std::vector<std::string>& values = args.values[name];
        values.push_back(inline_value ? *inline_value : argv[++i]);
        if (values.back().empty() && names_a_file(*spec))  // `--out "$DIR"` with DIR unset wrote into out/
            throw UsageError{fmt::format("option '--{}' needs a value ({}), not an empty one", name, spec->value_name)};
        if (values.size() > 1 && !spec->repeatable)
            throw UsageError{fmt::format("option '--{}' is given twice ('{}', then '{}'); give it once", name,
                                         values.front(), values.back())};
    }
    check_positional_count(args, max_positionals);
    return args;
}

std::string format_options(const std::vector<OptionSpec>& specs) {
    std::size_t width = 0;
    std::vector<std::string> left;
    for (const auto& s : specs) {
        left.push_back("--" + s.name + (s.value_name.empty() ? "" : " " + s.value_name));
        width = std::max(width, left.back().size());
    }
    std::string out;
    for (std::size_t i = 0; i < specs.size(); ++i)
        out += fmt::format("  {:<{}}  {}\n", left[i], width, specs[i].help);
    return out;
}

}  // namespace deckpress::cli
