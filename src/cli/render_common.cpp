// cli: loading banks and layouts for the rendering commands.
#include "cli/render_common.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "bank/bank.hpp"
#include "bank/yaml_tree.hpp"
#include "cli/render_pool.hpp"
#include "outputs/section_check.hpp"
#include "render/render.hpp"

namespace deckpress::cli {

std::vector<OptionSpec> filter_options() {
    return {{"category", "IDS", "only these categories (comma-separated ids)", true},
            {"level", "LEVELS", "only these levels (beginner, intermediate, advanced)", true},
            {"tag", "TAGS", "only questions with one of these tags", true},
            {"ids", "IDS", "only these question ids", true}};
}

OptionSpec layout_option(const std::string& kind) {
    return {"layout", "NAME", fmt::format("layout name or file (default: every {} layout in layouts/)", kind), true};
}

namespace {

/// The comma-separated values of filter option `name`: given, it must name at least one (an
/// empty list would select everything, the opposite of what `--ids ""` seems to ask).
std::vector<std::string> filter_values(const Args& args, const char* name) {
    std::vector<std::string> values = outputs::split_list(args.all(name));
    if (values.empty() && !args.all(name).empty())
        throw UsageError{fmt::format("--{} names nothing; give one or more, separated by commas", name)};
    return values;
}

}  // namespace

outputs::Filter filter_from(const Args& args) {
    outputs::Filter f;
    f.categories = filter_values(args, "category");
    f.levels = filter_values(args, "level");
    for (std::string& level : f.levels) {  // no bank can match it: a usage error, exit 2
        const std::optional<bank::Level> parsed = bank::parse_level(level);
        if (!parsed) {
            const std::optional<bank::Level> meant = bank::level_meant(level);
            throw UsageError{fmt::format("--level '{}' is not beginner, intermediate or advanced{}", level,
                                         meant ? fmt::format(" (did you mean '{}'?)", bank::to_string(*meant)) : "")};
        }
        level = bank::to_string(*parsed);  // as the bank spells it: "Advanced" selects advanced questions
    }
    f.tags = filter_values(args, "tag");
    f.ids = filter_values(args, "ids");
    return f;
}

std::vector<OptionSpec> render_options(const std::string& kind, const std::string& out_help) {
    std::vector<OptionSpec> specs = {bank_option(), layout_option(kind), out_option(out_help)};
    for (OptionSpec& s : filter_options()) specs.push_back(std::move(s));
    return specs;
}

namespace {

/// Two paths whose outputs would have one name: the second render would silently replace the
/// first's PDFs.
struct NameClash {
    std::string first, second, name;
};

std::optional<NameClash> find_name_clash(const std::vector<std::string>& paths,
                                         const std::function<std::string(const std::string&)>& name_of) {
    std::map<std::string, std::string> seen;
    for (const std::string& p : paths)
        if (auto [first, fresh] = seen.emplace(name_of(p), p); !fresh) return NameClash{first->second, p, first->first};
    return std::nullopt;
}

/// The file of `--layout NAME`: a name must be a layout in layouts/ (a typo was "cannot open
/// file .../layouts/reader-tablet-drak.yaml"), a path is read as given.
std::string layout_path(const std::string& name, const std::string& kind) {
    std::string path = layout::find_layout(name);
    std::error_code ec;
    if (path == name || std::filesystem::exists(path, ec)) return path;  // a path, or a layout found
    std::vector<std::string> names;
    for (const std::string& p : layout::layouts_of_kind(kind)) names.push_back(std::filesystem::path(p).stem().string());
    std::sort(names.begin(), names.end());
    std::string hint = yaml::closest_match(name, names);
    std::string folder = std::filesystem::path(path).parent_path().string();
    if (!hint.empty()) throw UsageError{fmt::format("no layout '{}' in {} (did you mean '{}'?)", name, folder, hint)};
    throw UsageError{fmt::format("no layout '{}' in {}; the {} layouts are {}, or give the path of a .yaml file", name,
                                 folder, kind, fmt::join(names, ", "))};
}

std::vector<layout::LayoutFile> load_layouts(const Args& args, const std::string& kind, Diagnostics& diags) {
    std::vector<std::string> paths;
    for (const std::string& name : args.all("layout")) paths.push_back(layout_path(name, kind));
    paths = without_repeats(paths);
    if (auto clash = find_name_clash(paths, [](const std::string& p) { return std::filesystem::path(p).stem().string(); }))
        throw UsageError{fmt::format("layouts {} and {} would both be written to {}.pdf; rename one of the files",
                                     clash->first, clash->second, clash->name)};
    if (paths.empty()) paths = layout::layouts_of_kind(kind);
    if (paths.empty()) throw InputError{fmt::format("no {} layout found in layouts/", kind)};
    std::vector<layout::LayoutFile> layouts;
    for (const std::string& p : paths) {
        layout::LayoutFile file = session_layout(p, diags);
        if (!file.kind.empty() && file.kind != kind)
            diags.error({p, 1, 1}, fmt::format("this is a {} layout, not a {} layout", file.kind, kind));
        else
            outputs::check_section(file, diags);  // its errors now, with the file's others, not per bank
        layouts.push_back(std::move(file));
    }
    return layouts;
}

/// A bank as loaded once in a session, with the diagnostics its loading gave.
struct CachedBank {
    std::shared_ptr<const outputs::LoadedBank> loaded;  ///< nullptr when loading failed
    Diagnostics diags;
    bool warned = false;  ///< its warnings were given out once already
};

}  // namespace

struct SharedSession::State {
    RenderPool pool;  ///< first: its workers load the hyphenation patterns while the banks are read
    /// The check's, created when the check needs it (every output is rendered by the pool's workers).
    std::optional<layout::Engine> engine;
    std::map<std::pair<std::string, bool>, CachedBank> banks;  ///< by folder and --strict
    std::set<std::string> missing_glyphs;  ///< the missing-glyph warnings printed so far
    std::map<std::string, std::pair<layout::LayoutFile, Diagnostics>> layouts;  ///< by path, as read
    bool failed = false;  ///< a rendered output reported an error
};

namespace {

SharedSession::State* active_session = nullptr;

/// Loads and parses the bank in `dir` (once per session); `diags` receives its diagnostics:
/// its warnings only the first time (the check's, in the default command), its errors each time.
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
    CachedBank& bank = found->second;
    for (const Diagnostic& d : bank.diags.items())
        if (!bank.warned || d.severity == Severity::Error) diags.add(d);
    bank.warned = true;
    return bank.loaded;
}

/// What the jobs of one for_each_target call share.
struct TargetLoop {
    const Args& args;
    std::string kind;
    std::shared_ptr<const std::vector<layout::LayoutFile>> layouts;
    std::shared_ptr<const std::function<void(RenderTarget&)>> render;
    bool several_banks = false;
    RenderPool& pool;
    std::shared_ptr<bool> failed;
    std::shared_ptr<std::set<std::string>> missing_glyphs;  ///< printed so far (see keep_diagnostic)
};

/// A missing glyph is reported once per run for each place and character, as when one Engine
/// rendered every output in turn: the renders (and the check) report theirs, the first in output
/// order is kept. Parts that show the same text (a category title in the contents, on cards, in
/// a scoring table) report it at the same place, under other subjects: one warning is enough.
bool keep_diagnostic(const Diagnostic& d, std::set<std::string>& missing_glyphs) {
    if (!d.message.ends_with("; it was not drawn")) return true;
    const std::size_t character = d.message.find("character U+");
    return missing_glyphs
        .insert(fmt::format("{}:{}:{}\n{}", d.loc.file, d.loc.line, d.loc.column, d.message.substr(character)))
        .second;
}

/// Why nothing is rendered: the filters, named with their values, select no question together;
/// without filters the bank has none (it said "the filters select no question" then too).
std::string no_question_message(const outputs::Filter& filter) {
    if (filter.empty()) return "the bank has no questions: its categories are empty, nothing to render";
    std::vector<std::string> given;
    for (const auto& [name, values] : {std::pair{"--category", &filter.categories}, {"--level", &filter.levels},
                                       {"--tag", &filter.tags}, {"--ids", &filter.ids}})
        if (!values->empty()) given.push_back(fmt::format("{} {}", name, fmt::join(*values, ",")));
    if (given.size() == 1) return given.front() + " selects no question";
    return fmt::format("the filters {} select no question together", fmt::join(given, ", "));
}

/// Queues one job per layout for the bank in `dir`, then the printing of the bank's diagnostics.
void queue_bank(TargetLoop& loop, const std::string& dir, const outputs::Filter& filter, Ordering ordering) {
    auto bank_diags = std::make_shared<Diagnostics>(make_diagnostics(loop.args));
    std::shared_ptr<const outputs::LoadedBank> loaded = load_bank_once(loop.args, dir, *bank_diags);
    if (loaded) outputs::check_filter(filter, loaded->bank, *bank_diags);
    if (loaded && !bank_diags->has_errors()) {
        auto bank_layouts = outputs::layouts_for_bank(loop.layouts, loaded->bank);
        for (std::size_t i = 0; i < bank_layouts->size(); ++i) {
            std::vector<const outputs::Entry*> entries = outputs::select(loaded->prepared, filter);
            if (entries.empty()) {
                bank_diags->error({loaded->bank.dir}, no_question_message(filter));
                break;
            }
            if (ordering == Ordering::Sequential) loop.pool.flush(true);  // the previous job is done
            auto job = [loaded, layouts = bank_layouts, i, render = loop.render, entries = std::move(entries),
                        several = loop.several_banks](layout::Engine& engine, Diagnostics& diags) {
                RenderTarget target{loaded.get(), &(*layouts)[i], &engine, entries, several, &diags};
                (*render)(target);
            };
            loop.pool.submit(std::move(job), loop.kind, make_diagnostics(loop.args),
                             [bank_diags, missing = loop.missing_glyphs](Diagnostics& diags) {
                                 for (const Diagnostic& d : diags.items())
                                     if (keep_diagnostic(d, *missing)) bank_diags->add(d);
                             });
        }
    }
    loop.pool.then([bank_diags, failed = loop.failed] {
        print_diagnostics(*bank_diags);
        if (bank_diags->has_errors()) *failed = true;
    });
}

}  // namespace

std::shared_ptr<const outputs::LoadedBank> session_bank(const Args& args, const std::string& dir, Diagnostics& diags) {
    return active_session ? load_bank_once(args, dir, diags) : nullptr;
}

SharedSession::SharedSession() : state_(std::make_unique<State>()) { active_session = state_.get(); }

SharedSession::~SharedSession() { active_session = nullptr; }

int SharedSession::finish() {
    state_->pool.flush(true);
    return state_->failed ? 1 : 0;
}

layout::Engine* shared_engine() {
    if (!active_session) return nullptr;
    if (!active_session->engine) active_session->engine.emplace();
    return &*active_session->engine;
}

Diagnostics without_repeated_glyphs(const Diagnostics& diags) {
    if (!active_session) return diags;
    Diagnostics kept;  // the items keep their severity (--strict already applied)
    for (const Diagnostic& d : diags.items())
        if (keep_diagnostic(d, active_session->missing_glyphs)) kept.add(d);
    return kept;
}

RenderPool* session_pool() { return active_session ? &active_session->pool : nullptr; }

layout::LayoutFile session_layout(const std::string& path, Diagnostics& diags) {
    if (!active_session) return layout::load_layout(path, diags);
    auto found = active_session->layouts.find(path);
    if (found == active_session->layouts.end()) {
        Diagnostics read;
        layout::LayoutFile file = layout::load_layout(path, read);
        found = active_session->layouts.emplace(path, std::pair{std::move(file), std::move(read)}).first;
    }
    for (const Diagnostic& d : found->second.second.items()) diags.add(d);
    return found->second.first;
}

/// A SOURCE_DATE_EPOCH that is set but is no date a PDF can hold is a usage error: it was
/// silently dropped ('abc', '-5', '1.5') or failed every PDF with 'HPDF_SetInfoDateAttr failed'
/// (a value past the year 9999). An empty one counts as unset.
namespace {
void check_source_date_epoch() {
    const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
    if (!epoch || !*epoch || render::parse_source_date_epoch(epoch)) return;
    throw UsageError{fmt::format("SOURCE_DATE_EPOCH is '{}', not a whole number of seconds from 0 to {} "
                                 "(the end of the year 9999)",
                                 epoch, render::kLastPdfSecond)};
}
/// --out and --report (cards) name a file when they end in .pdf or .json, else a folder: a
/// file is written by one render only, and never by both options. Checked before any render.
void check_file_options(const Args& args, std::size_t renders) {
    namespace fs = std::filesystem;
    auto file_of = [&](const char* option) -> std::optional<std::string> {
        std::optional<std::string> v = args.value(option);
        if (!v || !outputs::names_file(*v)) return std::nullopt;
        if (renders > 1)
            throw UsageError{fmt::format("--{} names one file, but several banks or layouts would be rendered; "
                                         "give a folder", option)};
        return v;
    };
    std::optional<std::string> out = file_of("out"), report = file_of("report");
    if (out && report && fs::path(*out).lexically_normal() == fs::path(*report).lexically_normal())
        throw UsageError{"--out and --report name the same file"};
}

}  // namespace

int for_each_target(const Args& args, const std::string& kind, const std::function<void(RenderTarget&)>& render,
                    Ordering ordering) {
    check_source_date_epoch();
    std::optional<RenderPool> own_pool;  // first: its workers get ready while the layouts and banks are read
    if (!active_session) own_pool.emplace();
    RenderPool& pool = active_session ? active_session->pool : *own_pool;
    Diagnostics diags = make_diagnostics(args);
    std::vector<layout::LayoutFile> layouts = load_layouts(args, kind, diags);
    std::vector<std::string> banks = banks_to_use(args);
    outputs::Filter filter = filter_from(args);
    check_file_options(args, banks.size() * layouts.size());
    if (auto clash = banks.size() > 1 ? find_name_clash(banks, bank::folder_name) : std::nullopt)
        throw UsageError{fmt::format("banks {} and {} would both be written to {}/; render them one at a time, "
                                     "each with its own --out",
                                     clash->first, clash->second,
                                     (std::filesystem::path(args.value("out").value_or("out")) / clash->name).string())};
    for (const layout::LayoutFile& layout : layouts)
        pool.warm_up([fonts = layout.fonts] { layout::preload_fonts(fonts); });  // while the banks are read
    bool failed = diags.has_errors();
    pool.then([diags = std::move(diags)] { print_diagnostics(diags); });
    pool.flush(false);
    if (failed) return 1;
    TargetLoop loop{args,
                    kind,
                    std::make_shared<const std::vector<layout::LayoutFile>>(std::move(layouts)),
                    std::make_shared<const std::function<void(RenderTarget&)>>(render),
                    banks.size() > 1,
                    pool,
                    // in a session, errors go to the session (a non-owning pointer to its flag)
                    active_session ? std::shared_ptr<bool>(std::shared_ptr<void>{}, &active_session->failed)
                                   : std::make_shared<bool>(false),
                    active_session ? std::shared_ptr<std::set<std::string>>(std::shared_ptr<void>{},
                                                                            &active_session->missing_glyphs)
                                   : std::make_shared<std::set<std::string>>()};
    for (const std::string& dir : banks) {
        queue_bank(loop, dir, filter, ordering);
        pool.flush(false);
    }
    if (active_session) return 0;  // the session's finish() waits, and reports the outputs' errors
    pool.flush(true);
    return *loop.failed ? 1 : 0;
}

}  // namespace deckpress::cli
