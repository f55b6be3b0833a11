// cli: helpers shared by the commands: bank discovery, diagnostics output.
#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <set>

#include "cli/command.hpp"
#include "cli/progress.hpp"

namespace deckpress::cli {
namespace fs = std::filesystem;
namespace {

/// `content/` in the current directory, else in the source tree (so the binary works from
/// the build folder too).
std::string find_content_dir() {
    if (fs::is_directory("content")) return "content";
#ifdef DECKPRESS_SOURCE_DIR
    fs::path in_source = fs::path(DECKPRESS_SOURCE_DIR) / "content";
    if (fs::is_directory(in_source)) return in_source.string();
#endif
    return {};
}

std::vector<std::string> default_banks() {
    std::string content = find_content_dir();
    if (content.empty()) throw InputError{"no content/ folder found; name a bank folder (--bank DIR)"};
    std::vector<std::string> banks;
    std::error_code ec;  // an entry that cannot be looked at (a link loop) is no bank
    for (const auto& entry : fs::directory_iterator(content, ec))
        if (entry.is_directory(ec) && fs::exists(entry.path() / "bank.yaml", ec)) banks.push_back(entry.path().string());
    std::sort(banks.begin(), banks.end());
    if (banks.empty()) throw InputError{fmt::format("no bank found in {} (a bank is a folder with bank.yaml)", content)};
    return banks;
}

/// The folder `dir` names, the same for every spelling of it ("b", "./b/", a link to it).
std::string folder_key(const std::string& dir) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(dir, ec);
    return ec ? fs::absolute(dir, ec).lexically_normal().string() : canonical.string();
}

}  // namespace

std::vector<std::string> without_repeats(const std::vector<std::string>& paths) {
    std::vector<std::string> kept;
    std::set<std::string> seen;
    for (const std::string& p : paths)
        if (seen.insert(folder_key(p)).second) kept.push_back(p);
    return kept;
}

OptionSpec bank_option() { return {"bank", "DIR", "bank folder (default: every bank under content/)", true}; }

OptionSpec out_option(const std::string& help) { return {"out", "PATH", help}; }

std::vector<std::string> banks_to_use(const Args& args) {
    std::vector<std::string> banks = args.all("bank");
    banks.insert(banks.end(), args.positionals.begin(), args.positionals.end());
    return banks.empty() ? default_banks() : without_repeats(banks);
}

Diagnostics make_diagnostics(const Args& args) {
    Diagnostics diags;
    diags.set_strict(args.flag("strict"));
    return diags;
}

void print_diagnostics(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.items()) report_diagnostic(d);
}

}  // namespace deckpress::cli
