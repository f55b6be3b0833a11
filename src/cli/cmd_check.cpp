// cli: `deckpress check`: validate banks and summarise the diagnostics.
#include <fmt/format.h>

#include <algorithm>

#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "cli/render_common.hpp"
#include "cli/render_pool.hpp"
#include "core/counted.hpp"
#include "layout/engine.hpp"
#include "outputs/glyph_check.hpp"
#include "outputs/job.hpp"
#include "outputs/short_check.hpp"

namespace deckpress::cli {
namespace {

/// The layouts of the default run's outputs (every reader, cards and cheat-sheet layout, the
/// default exam's), without those with errors (reported by the commands that use them).
std::vector<layout::LayoutFile> default_layouts() {
    std::vector<std::string> paths;
    for (const char* kind : {"reader", "cards", "cheatsheet"})
        for (std::string& p : layout::layouts_of_kind(kind)) paths.push_back(std::move(p));
    paths.push_back(layout::find_layout(default_exam_layout()));
    std::vector<layout::LayoutFile> layouts;
    for (const std::string& p : paths) {
        Diagnostics layout_diags;
        layout::LayoutFile file = session_layout(p, layout_diags);
        if (!layout_diags.has_errors()) layouts.push_back(std::move(file));
    }
    return layouts;
}

/// Warns about the characters of question lines and answers no font of the default run's
/// layouts has, as the reader does; then sets short answers on the first cards layout to warn
/// about those too long for one card (and about their own missing characters, as the cards do).
void check_layouts(const outputs::Prepared& prepared, layout::Engine& engine, Diagnostics& diags) {
    if (diags.has_errors()) return;
    std::vector<layout::LayoutFile> layouts = default_layouts();
    outputs::check_glyphs(prepared, layouts, engine, diags);
    std::vector<std::string> cards = layout::layouts_of_kind("cards");
    auto first_cards = std::find_if(layouts.begin(), layouts.end(),
                                    [&](const layout::LayoutFile& l) { return !cards.empty() && l.path == cards.front(); });
    if (first_cards == layouts.end()) return;  // none, or with errors reported by the commands that use it
    auto files = std::make_shared<const std::vector<layout::LayoutFile>>(std::vector<layout::LayoutFile>{*first_cards});
    Diagnostics short_diags;
    outputs::check_short_answers(prepared, outputs::layouts_for_bank(files, *prepared.bank)->front(), engine,
                                 short_diags);
    outputs::add_unrepeated(short_diags, diags);
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
        check_layouts(loaded->prepared, *shared_engine(), diags);
        summarise(loaded->bank, diags);
        return diags.has_errors();
    }
    auto job = [loaded](layout::Engine& engine, Diagnostics& d) { check_layouts(loaded->prepared, engine, d); };
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
        check_layouts(prepared, engine, diags);
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
            "Loads each bank, parses every Markdown text, warns about characters of questions and\n"
            "answers that no font of the layouts a default run uses has, checks that each short\n"
            "answer fits one card of the first cards layout at its smallest size, prints every\n"
            "error and warning as file:line:col, then one summary line per bank. Exits with 1 when\n"
            "there are errors.",
            {bank_option()},
            1,
            run_check};
}

}  // namespace deckpress::cli
