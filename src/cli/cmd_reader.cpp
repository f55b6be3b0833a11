// cli: `deckpress reader`: the whole bank as a PDF for reading on a tablet.
#include <fmt/format.h>

#include "cli/progress.hpp"
#include "cli/render_common.hpp"
#include "core/counted.hpp"
#include "outputs/reader.hpp"

namespace deckpress::cli {
namespace {

int run_reader(const Args& args) {
    return for_each_target(args, "reader", [args](RenderTarget& t) {
        layout::Document doc = outputs::build_reader(t.bank->prepared, t.entries, *t.layout, *t.engine, *t.diags);
        if (t.diags->has_errors()) return;
        std::string path = outputs::output_path(args.value("out").value_or(""), t.bank->bank.name,
                                                t.several_banks, t.layout->name + ".pdf");
        std::size_t pages = doc.pages.size();
        outputs::save_pdf(std::move(doc), t.engine->fonts(), path);
        wrote(path, "{}", counted(pages, "page", "pages"));
    });
}

}  // namespace

Command reader_command() {
    return {"reader",
            "render the reader PDF (cover, contents, bookmarks, every answer)",
            "deckpress reader [BANK] [--bank DIR] [--layout NAME] [--out PATH] [filters]",
            "Renders every selected question with its full answer, for reading on a tablet\n"
            "or e-reader: clickable contents, bookmarks, page numbers. Without --layout,\n"
            "every reader layout in layouts/ is rendered into out/<layout>.pdf.",
            render_options("reader", "output file (.pdf) or folder (default: out/)"),
            1,
            run_reader};
}

}  // namespace deckpress::cli
