// cli: `deckpress cards`: double-sided printable flashcards, a geometry report, a calibration sheet.
#include <fmt/format.h>

#include <cmath>
#include <cstdio>
#include <optional>
#include <string>
#include <filesystem>

#include "cli/progress.hpp"
#include "cli/render_common.hpp"
#include "core/atomic_file.hpp"
#include "core/counted.hpp"
#include "outputs/cards.hpp"

namespace deckpress::cli {
namespace {

outputs::CardsRequest request_from(const Args& args) {
    outputs::CardsRequest r;
    if (auto flip = args.value("flip")) {
        r.flip = outputs::parse_flip(*flip);
        if (!r.flip) throw UsageError{fmt::format("--flip must be long-edge or short-edge, not '{}'", *flip)};
    }
    if (auto offset = args.value("back-offset")) {
        double x = 0, y = 0;
        char extra = 0;
        bool parsed = std::sscanf(offset->c_str(), "%lf,%lf%c", &x, &y, &extra) == 2;
        if (!parsed || !(std::abs(x) <= 50) || !(std::abs(y) <= 50))  // NaN fails these too
            throw UsageError{fmt::format("--back-offset must be X,Y in mm (each within +-50), not '{}'", *offset)};
        r.back_offset_mm = Point{x, y};
    }
    r.full_answers = args.flag("full-answers");
    return r;
}

/// `name.pdf` -> `name-<suffix>.pdf`.
std::string with_suffix(const std::string& path, const std::string& suffix) {
    std::filesystem::path p(path);
    return (p.parent_path() / (p.stem().string() + "-" + suffix + ".pdf")).string();
}

/// Whether a cards layout prints fronts and backs side by side on one side of the paper.
bool is_fold(const layout::LayoutFile& layout) {
    Diagnostics ignored;  // reported when the layout is rendered
    return outputs::cards_options(layout, ignored).grid.fold;
}

void save(layout::Document doc, RenderTarget& t, const std::string& path) {
    std::size_t pages = doc.pages.size();
    outputs::save_pdf(std::move(doc), t.engine->fonts(), path);
    wrote(path, "{}", counted(pages, "page", "pages"));
}

/// Says which duplex options a fold layout, named with --layout, leaves unused (it prints on one side).
void note_unused_duplex_options(const Args& args, const RenderTarget& t) {
    std::vector<std::string> unused;
    for (const char* option : {"flip", "back-offset"})
        if (args.value(option)) unused.push_back(fmt::format("--{}", option));
    if (args.flag("manual-duplex")) unused.push_back("--manual-duplex");
    if (!unused.empty())
        note("{}: {} not used: fold cards print front and back side by side on one side of the paper\n",
             t.layout->name, fmt::join(unused, ", "));
}

/// Says which card options --calibrate leaves unused (it prints a measuring sheet, no cards).
void note_unused_by_calibration(const Args& args, const RenderTarget& t) {
    std::vector<std::string> unused;
    if (args.value("report")) unused.push_back("--report");
    for (const char* flag : {"full-answers", "manual-duplex"})
        if (args.flag(flag)) unused.push_back(fmt::format("--{}", flag));
    if (!unused.empty())
        note("{}: {} not used: --calibrate prints a sheet for measuring the back offset, no cards\n", t.layout->name,
             fmt::join(unused, ", "));
}

/// The file --report names for this target ("" without --report), its folder made and checked
/// before any PDF is written: a report that cannot be written leaves them untouched.
std::string report_file(const Args& args, const RenderTarget& t) {
    std::optional<std::string> report = args.value("report");
    if (!report) return "";
    std::string file = outputs::output_path(*report, t.bank->bank.name, t.several_banks, t.layout->name + ".json");
    prepare_output(file);
    return file;
}

void render_cards(const Args& args, RenderTarget& t, const std::string& path) {
    outputs::CardsRequest request = request_from(args);
    outputs::CardDeck deck = outputs::build_cards(t.bank->prepared, t.entries, *t.layout, *t.engine, request, *t.diags);
    if (t.diags->has_errors()) return;
    std::string report = report_file(args, t);
    if (deck.options.grid.fold && !args.all("layout").empty()) note_unused_duplex_options(args, t);
    bool manual = args.flag("manual-duplex") && !deck.options.grid.fold;
    if (manual) {
        save(outputs::fronts_document(deck), t, with_suffix(path, "fronts"));
        save(outputs::backs_document(deck), t, with_suffix(path, "backs"));
        say("manual duplex: print the fronts, put the printed stack back in the tray as it came out,\n"
                   "then print the backs (they come last sheet first), flipping on the {} edge\n",
                   deck.options.flip == outputs::Flip::LongEdge ? "long" : "short");
    } else {
        save(outputs::duplex_document(deck), t, path);
    }
    for (const std::string& line : outputs::fit_summary(deck, t.layout->text.size))
        note("{}: {}\n", t.layout->name, line);
    if (!report.empty()) write_file_atomic(report, outputs::cards_report(deck, manual));
}

int run_cards(const Args& args) {
    return for_each_target(args, "cards", [args](RenderTarget& t) {
        bool calibrate = args.flag("calibrate");
        std::string name = t.layout->name + (calibrate ? "-calibration.pdf" : ".pdf");
        std::string path = outputs::output_path(args.value("out").value_or(""), t.bank->bank.name, t.several_banks, name);
        if (!calibrate) return render_cards(args, t, path);
        if (args.all("layout").empty() && is_fold(*t.layout)) return;  // one-sided: nothing to calibrate
        layout::Document doc = outputs::calibration_sheet(*t.layout, *t.engine, request_from(args), *t.diags);
        if (t.diags->has_errors()) return;
        note_unused_by_calibration(args, t);
        save(doc, t, path);
    });
}

std::vector<OptionSpec> cards_options() {
    std::vector<OptionSpec> specs = render_options("cards", "output file (.pdf) or folder (default: out/)");
    specs.push_back({"report", "FILE", "write the card geometry as JSON (file .json, or a folder)"});
    specs.push_back({"flip", "EDGE", "long-edge or short-edge (default: the layout's)"});
    specs.push_back({"back-offset", "X,Y", "shift back pages by X,Y mm (see --calibrate)"});
    specs.push_back({"full-answers", "", "put the full answer on the back, not the short one"});
    specs.push_back({"manual-duplex", "", "write <name>-fronts.pdf and <name>-backs.pdf for re-feeding"});
    specs.push_back({"calibrate", "", "print a two-page sheet for measuring the back offset instead"});
    return specs;
}

}  // namespace

Command cards_command() {
    return {"cards",
            "render double-sided printable flashcards (question front, answer back)",
            "deckpress cards [BANK] [--bank DIR] [--layout NAME] [--out PATH] [--report FILE] [filters]\n"
            "       [--flip long-edge|short-edge] [--back-offset X,Y] [--full-answers] [--manual-duplex] [--calibrate]",
            "Lays out one card per question: the question on the front, the short answer on the\n"
            "back, mirrored so that it lands behind its question when printed double-sided.\n"
            "Text shrinks to fit; long answers continue on further cards. Without --layout,\n"
            "every cards layout in layouts/ is rendered into out/<layout>.pdf.",
            cards_options(),
            1,
            run_cards};
}

}  // namespace deckpress::cli
