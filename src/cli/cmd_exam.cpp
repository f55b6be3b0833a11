// cli: `deckpress exam`: a seeded, blueprint-driven mock test with a separate answer key.
#include <fmt/format.h>

#include <cstdint>
#include <filesystem>
#include <limits>

#include "cli/progress.hpp"
#include "cli/render_common.hpp"
#include "core/counted.hpp"
#include "outputs/exam.hpp"
#include "outputs/exam_history.hpp"

namespace deckpress::cli {
namespace {

namespace fs = std::filesystem;

/// The layout used when no --layout is given (one exam, not one per layout: the file names
/// carry the seed, and two layouts of the same exam would only differ in paper size).
constexpr const char* kDefaultLayout = "exam-letter";
/// The seed of the exam rendered by the default `deckpress` run: fixed, so that repeated
/// runs give byte-identical PDFs.
constexpr std::uint64_t kDefaultSeed = 424242;

std::uint64_t parse_seed(const std::string& text) {
    std::size_t used = 0;
    unsigned long long value = 0;
    try {
        value = std::stoull(text, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used == 0 || used != text.size() || text.front() == '-')
        throw UsageError{fmt::format("--seed expects a whole number from 0 to {}, not '{}'",
                                     std::numeric_limits<std::uint64_t>::max(), text)};
    return value;
}

/// A whole-number option and its range.
struct NumberOption {
    const char* name;
    int min;
    int max;
};
constexpr NumberOption kCount{"count", 1, 1000};
constexpr NumberOption kMinutes{"minutes", 0, 10000};
constexpr NumberOption kVersions{"versions", 1, 26};

int parse_int(const Args& args, NumberOption option, int fallback) {
    const auto [name, min, max] = option;
    auto text = args.value(name);
    if (!text) return fallback;
    try {
        std::size_t used = 0;
        int value = std::stoi(*text, &used);
        if (used == text->size() && value >= min && value <= max) return value;
    } catch (const std::exception&) {
    }
    throw UsageError{fmt::format("--{} expects a whole number from {} to {}, not '{}'", name, min, max, *text)};
}

struct Run {
    std::uint64_t seed = 0;
    bool record_history = true;
};

/// Folder and base name of the files: --out DIR (default out/) or --out FILE.pdf (its stem).
std::pair<std::string, std::string> destination(const Args& args, std::uint64_t seed) {
    std::string out = args.value("out").value_or("");
    if (outputs::names_file(out, true)) return {fs::path(out).parent_path().string(), fs::path(out).stem().string()};
    return {out, fmt::format("exam-{}", seed)};
}

void render_target(const Args& args, const Run& run, RenderTarget& t, bool several_layouts) {
    outputs::ExamOptions options = outputs::exam_options(*t.layout, *t.diags);
    options.blueprint.count = parse_int(args, kCount, options.blueprint.count);
    options.blueprint.count_firm = args.value(kCount.name).has_value();
    options.minutes = parse_int(args, kMinutes, options.minutes);
    int versions = parse_int(args, kVersions, 1);
    if (t.diags->has_errors()) return;
    auto [dir, base] = destination(args, run.seed);
    if (several_layouts) base += "-" + t.layout->name;
    const std::string& bank = t.bank->bank.name;
    std::string history = args.value("history").value_or(
        outputs::output_path(dir, bank, t.several_banks, "exam-history.json"));
    // Read even without --fresh: a file that is no exam history fails the run before any PDF is written.
    std::set<std::string> recent;
    if (args.flag("fresh") || run.record_history)
        recent = outputs::recent_questions(history, bank, args.flag("fresh") ? options.history_size : 0);
    // The blueprint's messages point into the layout: with several banks, they say which one.
    auto about = [&](const std::string& message) {
        return t.several_banks ? fmt::format("{} (bank {})", message, bank) : message;
    };
    outputs::ExamPlan plan;
    try {
        plan = outputs::plan_exam(t.entries, options, run.seed, versions, recent);
    } catch (const outputs::BlueprintError& e) {
        t.diags->error(e.loc, about(e.message));  // no location: a problem with the command line
        return;
    }
    for (const outputs::BlueprintNote& note : plan.notes) t.diags->warning(note.loc, about(note.message));
    for (std::size_t v = 0; v < plan.versions.size(); ++v) {
        std::string name = base + (plan.versions[v].label.empty() ? "" : "-" + plan.versions[v].label);
        layout::Document test = outputs::build_exam_test(t.bank->prepared, plan, v, options, *t.layout, *t.engine, *t.diags);
        layout::Document key = outputs::build_exam_key(t.bank->prepared, plan, v, options, *t.layout, *t.engine, *t.diags);
        if (t.diags->has_errors()) return;
        for (const auto& [doc, file] : {std::pair{&test, name + ".pdf"}, std::pair{&key, name + "-key.pdf"}}) {
            std::string path = outputs::output_path(dir, bank, t.several_banks, file);
            std::size_t pages = doc->pages.size();
            outputs::save_pdf(std::move(*doc), t.engine->fonts(), path);
            wrote(path, "{} (seed {})", counted(pages, "page", "pages"), run.seed);
        }
    }
    if (run.record_history) outputs::record_exam(history, bank, t.layout->name, plan);
}

int run_with(const Args& given, const Run& run) {
    Args args = given;
    if (args.all("layout").empty()) args.values["layout"] = {kDefaultLayout};
    bool several_layouts = args.all("layout").size() > 1;
    // history files are read (--fresh) and appended to by each render: one after the other then
    Ordering ordering = run.record_history ? Ordering::Sequential : Ordering::Parallel;
    return for_each_target(
        args, "exam", [args, run, several_layouts](RenderTarget& t) { render_target(args, run, t, several_layouts); },
        ordering);
}

int run_exam(const Args& args) {
    // Usage errors first, before any bank or layout is read.
    for (NumberOption option : {kCount, kMinutes, kVersions}) parse_int(args, option, 0);
    Run run;
    auto seed = args.value("seed");
    run.seed = seed ? parse_seed(*seed) : outputs::fresh_seed();
    int status = run_with(args, run);
    // After the run, and only when it drew its exams: a bad layout or bank draws none.
    if (!seed && status == 0) say("seed: {} (repeat this exam with --seed {})\n", run.seed, run.seed);
    return status;
}

}  // namespace

const char* default_exam_layout() { return kDefaultLayout; }

int render_default_exam(const Args& args) {
    Args exam_args;
    exam_args.values["bank"] = args.all("bank");
    if (auto out = args.value("out")) exam_args.values["out"] = {*out};
    exam_args.positionals = args.positionals;
    if (args.flag("strict")) exam_args.flags.insert("strict");
    return run_with(exam_args, Run{kDefaultSeed, false});
}

Command exam_command() {
    std::vector<OptionSpec> options = render_options("exam", "output folder, or FILE.pdf to name the test (default: out/)");
    for (OptionSpec& spec : options)  // one layout unless asked for more, unlike the other commands
        if (spec.name == "layout") spec.help = fmt::format("layout name or file (default: {})", kDefaultLayout);
    options.push_back({"seed", "N", "seed of the random draw (default: a fresh one, printed)"});
    options.push_back({"count", "K", "number of questions (default: the layout's count)"});
    options.push_back({"versions", "V", "versions A, B, ... with their own order and key (default: 1)"});
    options.push_back({"minutes", "M", "time limit printed on the test (default: the layout's)"});
    options.push_back({"fresh", "", "prefer questions not used by the last exams (see --history)"});
    options.push_back({"history", "FILE", "exam history file (default: out/exam-history.json)"});
    return {"exam",
            "render a randomized mock test and its answer key",
            "deckpress exam [BANK] [--seed N] [--count K] [--versions V] [--minutes M] [--layout NAME]\n"
            "               [--out PATH] [--fresh] [--history FILE] [filters]",
            "Draws questions by the layout's blueprint (count, level and category quotas) with a\n"
            "seeded generator: the same seed gives the same exam on any machine. Writes\n"
            "out/exam-<seed>.pdf and out/exam-<seed>-key.pdf (with --versions: exam-<seed>-A.pdf,\n"
            "exam-<seed>-A-key.pdf, ...). Without --layout the exam-letter layout is used; with\n"
            "several --layout values the file names get the layout name. Every run is appended\n"
            "to the history file, which --fresh reads.",
            options,
            1,
            run_exam};
}

}  // namespace deckpress::cli
