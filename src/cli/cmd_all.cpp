// cli: `deckpress all` (the default command): check and list every bank.
#include "cli/command.hpp"

namespace deckpress::cli {
namespace {

int run_all(const Args& args) {
    if (int rc = check_command().run(args); rc != 0) return rc;
    return list_command().run(args);
}

}  // namespace

Command all_command() {
    return {"all",
            "check and list every bank (the default command)",
            "deckpress [all] [BANK] [--bank DIR] [--strict]",
            "Runs 'check', then 'list', on the given banks or on every bank under content/.",
            {bank_option()},
            1,
            run_all};
}

}  // namespace deckpress::cli
