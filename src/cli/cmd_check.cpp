// cli: `deckpress check`: validate banks and summarise the diagnostics.
#include <fmt/format.h>

#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "cli/render_common.hpp"
#include "cli/render_pool.hpp"
#include "core/counted.hpp"
#include "layout/engine.hpp"
#include "outputs/job.hpp"
#include "outputs/short_check.hpp"

namespace deckpress::cli {
namespace {

/// Sets short answers on the first cards layout to warn about those too long for one card.
void check_short(const outputs::Prepared& prepared, layout::Engine& engine, Diagnostics& diags) {
    std::vector<std::string> cards = layout::layouts_of_kind("cards");
    if (diags.has_errors() || cards.empty()) return;
    Diagnostics layout_diags;
    auto files = std::make_shared<const std::vector<layout::LayoutFile>>(
        std::vector<layout::LayoutFile>{layout::load_layout(cards.front(), layout_diags)});
    if (layout_diags.has_errors()) return;  // reported by the commands that use it
    outputs::check_short_answers(prepared, outputs::layouts_for_bank(files, *prepared.bank)->front(), engine, diags);
}

void summarise(const bank::Bank& bank, const Diagnostics& diags) {
    print_diagnostics(diags);
    say("{}: {} in {}, {}, {}\n", bank.name, counted(bank.question_count(), "question", "questions"),
        counted(bank.categories.size(), "category", "categories"), counted(diags.error_count(), "error", "errors"),
        counted(diags.warning_count(), "warning", "warnings"));
}

/// Checks a bank the default command's session loaded. Without --strict the short-answer check
/// can only warn, so it runs on the session's pool beside the outputs (it prints first, in its
/// turn); with --strict its warnings are errors that stop the command, so it runs here.
bool check_session_bank(const Args& args, std::shared_ptr<const outputs::LoadedBank> loaded, Diagnostics diags) {
    if (args.flag("strict")) {
        check_short(loaded->prepared, *shared_engine(), diags);
        summarise(loaded->bank, diags);
        return diags.has_errors();
    }
    auto job = [loaded](layout::Engine& engine, Diagnostics& d) { check_short(loaded->prepared, engine, d); };
    session_pool()->submit(job, "check", std::move(diags),
                           [loaded](Diagnostics& d) { summarise(loaded->bank, without_repeated_glyphs(d)); });
    return false;
}

/// Checks the bank in `dir`; true when it has errors.
bool check_bank(const Args& args, const std::string& dir) {
    Diagnostics diags = make_diagnostics(args);
    // The default command's session loads and parses each bank once for the check and every
    // output; a bank with errors is loaded again here, to name it and count its questions.
    if (auto loaded = session_bank(args, dir, diags)) return check_session_bank(args, loaded, std::move(diags));
    diags = make_diagnostics(args);
    bank::Bank bank = bank::load_bank(dir, diags);
    // Beyond the YAML, every Markdown text, even when the YAML has errors (a missing image was
    // only reported once those were fixed); then the short answers, of a bank without errors.
    outputs::Prepared prepared = outputs::prepare(bank, diags);
    outputs::warn_unhyphenated(bank, diags);
    if (!diags.has_errors()) {
        layout::Engine engine;
        check_short(prepared, engine, diags);
    }
    summarise(bank, diags);
    return diags.has_errors();
}

int run_check(const Args& args) {
    bool failed = false;
    for (const std::string& dir : banks_to_use(args)) failed = check_bank(args, dir) || failed;
    return failed ? 1 : 0;
}

}  // namespace

Command check_command() {
    return {"check",
            "validate banks and report every problem",
            "deckpress check [BANK] [--bank DIR] [--strict]",
            "Loads each bank, parses every Markdown text, checks that each short answer fits one\n"
            "card of the first cards layout at its smallest size, prints every error and warning\n"
            "as file:line:col, then one summary line per bank. Exits with 1 when there are errors.",
            {bank_option()},
            1,
            run_check};
}

}  // namespace deckpress::cli
