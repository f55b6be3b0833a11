// cli: `deckpress check`: validate banks and summarise the diagnostics.
#include <fmt/format.h>

#include "cli/command.hpp"

namespace deckpress::cli {
namespace {

int run_check(const Args& args) {
    bool failed = false;
    for (const std::string& dir : banks_to_use(args)) {
        Diagnostics diags = make_diagnostics(args);
        bank::Bank bank = bank::load_bank(dir, diags);
        print_diagnostics(diags);
        fmt::print("{}: {} questions in {} categories, {} errors, {} warnings\n", bank.name,
                   bank.question_count(), bank.categories.size(), diags.error_count(),
                   diags.warning_count());
        failed = failed || diags.has_errors();
    }
    return failed ? 1 : 0;
}

}  // namespace

Command check_command() {
    return {"check",
            "validate banks and report every problem",
            "deckpress check [BANK] [--bank DIR] [--strict]",
            "Loads each bank, prints every error and warning as file:line:col, then one\n"
            "summary line per bank. Exits with 1 when there are errors.",
            {bank_option()},
            1,
            run_check};
}

}  // namespace deckpress::cli
