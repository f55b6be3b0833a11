// cli: `deckpress all` (the default command): check every bank, then render every output.
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/render_common.hpp"

namespace deckpress::cli {
namespace {

int run_all(const Args& args) {
    SharedSession session;  // banks loaded once, one Engine for the check and every output
    if (int rc = check_command().run(args); rc != 0) return rc;
    int worst = 0;
    for (const Command& c : {reader_command(), cards_command(), cheatsheet_command()})
        worst = std::max(worst, c.run(args));
    worst = std::max(worst, render_default_exam(args));
    return std::max(worst, session.finish());  // the outputs render on worker threads until here
}

}  // namespace

Command all_command() {
    return {"all",
            "check every bank and render every output into out/ (the default command)",
            "deckpress [all] [BANK] [--bank DIR] [--out DIR] [--strict]",
            "Checks each bank, then renders every reader, cards and cheat-sheet layout and one\n"
            "mock test with its key (fixed seed) into out/ (out/<bank>/ with several banks).",
            {bank_option(), out_option("output folder (default: out/)")},
            1,
            run_all};
}

}  // namespace deckpress::cli
