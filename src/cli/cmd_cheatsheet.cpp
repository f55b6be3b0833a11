// cli: `deckpress cheatsheet`: short answers in dense columns, fitted to a number of pages.
#include <fmt/format.h>

#include "cli/render_common.hpp"
#include "cli/progress.hpp"
#include "core/counted.hpp"
#include "core/point_size.hpp"
#include "outputs/cheatsheet.hpp"

namespace deckpress::cli {
namespace {

int pages_option(const Args& args) {
    auto value = args.value("pages");
    if (!value) return 0;
    try {
        std::size_t used = 0;
        int n = std::stoi(*value, &used);
        if (used == value->size() && n >= 1 && n <= 1000) return n;
    } catch (const std::exception&) {
    }
    throw UsageError{fmt::format("--pages must be a whole number from 1 to 1000, not '{}'", *value)};
}

int run_cheatsheet(const Args& args) {
    int pages = pages_option(args);
    return for_each_target(args, "cheatsheet", [args, pages](RenderTarget& t) {
        outputs::Cheatsheet sheet =
            outputs::build_cheatsheet(t.bank->prepared, t.entries, *t.layout, *t.engine, *t.diags, pages);
        if (t.diags->has_errors()) return;
        std::string path = outputs::output_path(args.value("out").value_or(""), t.bank->bank.name,
                                                t.several_banks, t.layout->name + ".pdf");
        if (!sheet.fits) {  // a warning: the sheet is made, but not as asked (--strict: an error, no sheet)
            t.diags->warning(sheet.wanted_loc, fmt::format("{}: does not fit on {} even at {}pt; needs {} at {}pt", path,
                                             counted(static_cast<std::size_t>(sheet.wanted_pages), "page", "pages"),
                                             point_size(sheet.size), counted(sheet.doc.pages.size(), "page", "pages"),
                                             point_size(sheet.size)));
            if (t.diags->has_errors()) return;
        }
        std::size_t pages = sheet.doc.pages.size();
        outputs::save_pdf(std::move(sheet.doc), t.engine->fonts(), path);
        wrote(path, "{} at {:.2f}pt", counted(pages, "page", "pages"), sheet.size);
    });
}

std::vector<OptionSpec> cheatsheet_options() {
    std::vector<OptionSpec> specs = render_options("cheatsheet", "output file (.pdf) or folder (default: out/)");
    specs.push_back({"pages", "N", "fit on N pages (overrides the layout's 'pages')"});
    return specs;
}

}  // namespace

Command cheatsheet_command() {
    return {"cheatsheet",
            "render cheat sheets: short answers in columns, fitted to a page count",
            "deckpress cheatsheet [BANK] [--bank DIR] [--layout NAME] [--pages N] [--out PATH] [filters]",
            "Sets every selected question with its short answer in dense columns, category\n"
            "bands and the bank's notes in panels. With a page count (the layout's 'pages'\n"
            "or --pages), the largest font size between the layout's text.min_size and\n"
            "text.size at which everything fits is chosen. Without --layout, every\n"
            "cheatsheet layout in layouts/ is rendered into out/<layout>.pdf.",
            cheatsheet_options(),
            1,
            run_cheatsheet};
}

}  // namespace deckpress::cli
