// cli: loading banks and layouts for the rendering commands.
#include "cli/render_common.hpp"

#include <fmt/format.h>

#include <map>
#include <optional>
#include <utility>

namespace deckpress::cli {

std::vector<OptionSpec> filter_options() {
    return {{"category", "IDS", "only these categories (comma-separated ids)"},
            {"level", "LEVELS", "only these levels (beginner, intermediate, advanced)"},
            {"tag", "TAGS", "only questions with one of these tags"},
            {"ids", "IDS", "only these question ids"}};
}

OptionSpec layout_option(const std::string& kind) {
    return {"layout", "NAME", fmt::format("layout name or file (default: every {} layout in layouts/)", kind)};
}

outputs::Filter filter_from(const Args& args) {
    outputs::Filter f;
    f.categories = outputs::split_list(args.all("category"));
    f.levels = outputs::split_list(args.all("level"));
    f.tags = outputs::split_list(args.all("tag"));
    f.ids = outputs::split_list(args.all("ids"));
    return f;
}

std::vector<OptionSpec> render_options(const std::string& kind, const std::string& out_help) {
    std::vector<OptionSpec> specs = {bank_option(), layout_option(kind), out_option(out_help)};
    for (OptionSpec& s : filter_options()) specs.push_back(std::move(s));
    return specs;
}

namespace {

std::vector<layout::LayoutFile> load_layouts(const Args& args, const std::string& kind, Diagnostics& diags) {
    std::vector<std::string> paths;
    for (const std::string& name : args.all("layout")) paths.push_back(layout::find_layout(name));
    if (paths.empty()) paths = layout::layouts_of_kind(kind);
    if (paths.empty()) throw InputError{fmt::format("no {} layout found in layouts/", kind)};
    std::vector<layout::LayoutFile> layouts;
    for (const std::string& p : paths) {
        layout::LayoutFile file = layout::load_layout(p, diags);
        if (!file.kind.empty() && file.kind != kind)
            diags.error({p, 1, 1}, fmt::format("this is a {} layout, not a {} layout", file.kind, kind));
        layouts.push_back(std::move(file));
    }
    return layouts;
}

/// A bank as loaded once in a session, with the diagnostics its loading gave.
struct CachedBank {
    std::shared_ptr<const outputs::LoadedBank> loaded;  ///< nullptr when loading failed
    Diagnostics diags;
};

}  // namespace

struct SharedSession::State {
    outputs::BackgroundPdfWriter writer;
    layout::Engine engine;
    std::map<std::pair<std::string, bool>, CachedBank> banks;  ///< by folder and --strict
};

namespace {

SharedSession::State* active_session = nullptr;

/// Loads and parses the bank in `dir` (once per session); `diags` receives its diagnostics.
std::shared_ptr<const outputs::LoadedBank> load_bank_once(const Args& args, const std::string& dir,
                                                          Diagnostics& diags) {
    if (!active_session) return outputs::load_prepared(dir, diags);
    auto key = std::pair{dir, args.flag("strict")};
    auto found = active_session->banks.find(key);
    if (found == active_session->banks.end()) {
        CachedBank cached{nullptr, make_diagnostics(args)};
        cached.loaded = outputs::load_prepared(dir, cached.diags);
        found = active_session->banks.emplace(key, std::move(cached)).first;
    }
    for (const Diagnostic& d : found->second.diags.items()) diags.add(d);
    return found->second.loaded;
}

}  // namespace

SharedSession::SharedSession() : state_(std::make_unique<State>()) { active_session = state_.get(); }

SharedSession::~SharedSession() { active_session = nullptr; }

void SharedSession::finish() { state_->writer.finish(); }

layout::Engine* shared_engine() { return active_session ? &active_session->engine : nullptr; }

int for_each_target(const Args& args, const std::string& kind,
                    const std::function<void(RenderTarget&)>& render) {
    Diagnostics diags = make_diagnostics(args);
    std::vector<layout::LayoutFile> layouts = load_layouts(args, kind, diags);
    std::vector<std::string> banks = banks_to_use(args);
    outputs::Filter filter = filter_from(args);
    if (args.value("out") && args.value("out")->ends_with(".pdf") && banks.size() * layouts.size() > 1)
        throw UsageError{"--out names one file, but several banks or layouts would be rendered; give a folder"};
    bool failed = diags.has_errors();
    print_diagnostics(diags);
    if (failed) return 1;
    std::optional<outputs::BackgroundPdfWriter> writer;  // outputs are written while the next is laid out
    if (!outputs::BackgroundPdfWriter::active()) writer.emplace();
    std::unique_ptr<layout::Engine> own_engine;
    if (!active_session) own_engine = std::make_unique<layout::Engine>();
    layout::Engine& engine = active_session ? active_session->engine : *own_engine;
    for (const std::string& dir : banks) {
        Diagnostics bank_diags = make_diagnostics(args);
        auto loaded = load_bank_once(args, dir, bank_diags);
        if (loaded) outputs::check_filter(filter, loaded->bank, bank_diags);
        if (loaded && !bank_diags.has_errors()) {
            for (const layout::LayoutFile& file : layouts) {
                RenderTarget target{loaded.get(), &file, &engine, outputs::select(loaded->prepared, filter),
                                    banks.size() > 1, &bank_diags};
                if (target.entries.empty()) {
                    bank_diags.error({}, "the filters select no question");
                    break;
                }
                render(target);
            }
        }
        print_diagnostics(bank_diags);
        failed = failed || bank_diags.has_errors();
    }
    if (writer) writer->finish();
    return failed ? 1 : 0;
}

}  // namespace deckpress::cli
