// bank: load_bank: bank.yaml, the listed category files and cross-file checks.
#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>

#include "bank/bank.hpp"
#include "bank/load_parts.hpp"
#include "bank/one_line.hpp"
#include "bank/yaml_tree.hpp"
#include "core/ordered_tasks.hpp"
#include "core/plural.hpp"

namespace deckpress::bank {
namespace fs = std::filesystem;
namespace {

const std::vector<std::string> kBankKeys = {"title", "subtitle", "author", "source", "language", "labels", "categories", "notes"};
const std::vector<std::string> kNoteKeys = {"title", "body"};

/// Category files are parsed on helper threads only when there is this much YAML in all:
/// yaml-cpp parses 1 KB in about 0.13 ms (0.8 M instructions), and starting and joining a
/// thread costs about 0.02 ms; below this the gain is under a millisecond, and on two cores the
/// helpers would compete with the render pool reading fonts and hyphenation patterns.
constexpr std::size_t kMinParallelBytes = 16 * 1024;
/// Threads parsing category files, the loading thread included.
constexpr int kMaxParseThreads = 4;

struct Listed {
    std::string id;
    SourceLoc loc;
};

/// Reads `key` of `root` into `out`; returns where its text starts (nothing when absent).
SourceLoc read_text_field(const yaml::Node& root, const std::string& key, std::string& out,
                          Diagnostics& diags) {
    const yaml::Node* v = root.find(key);
    if (!v) return {};
    if (auto text = yaml::as_text(*v, diags, "'" + key + "'")) out = *text;
    return v->text_loc;
}

/// Reads a title-like `key` (title, subtitle, author, source) as one line of text.
SourceLoc read_title_field(const yaml::Node& root, const std::string& key, std::string& out, Diagnostics& diags) {
    SourceLoc loc = read_text_field(root, key, out, diags);
    out = one_line(out);
    return loc;
}

/// A language tag: a 2-3 letter language, then subtags of 1-8 letters or digits after '-' or '_'.
bool is_language_tag(std::string_view tag) {
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto alnum = [&](char c) { return alpha(c) || (c >= '0' && c <= '9'); };
    std::size_t i = 0;
    while (i < tag.size() && alpha(tag[i])) ++i;
    if (i < 2 || i > 3) return false;
    while (i < tag.size()) {
        if (tag[i] != '-' && tag[i] != '_') return false;
        std::size_t start = ++i;
        while (i < tag.size() && alnum(tag[i])) ++i;
        if (i == start || i - start > 8) return false;
    }
    return true;
}

void read_language(const yaml::Node& root, Bank& bank, Diagnostics& diags) {
    const yaml::Node* v = root.find("language");
    if (!v) return;
    auto text = yaml::as_text(*v, diags, "'language'");
    if (!text) return;
    if (is_language_tag(*text)) {
        bank.language = *text;
        bank.locs.language = v->loc;
        return;
    }
    diags.error(v->loc, fmt::format("'language' is '{}', not a language tag such as 'en', 'de' or 'pt-BR'", *text));
}

/// "n total" -> "{n} and {total}".
std::string braced(const std::string& names) {
    std::vector<std::string> list{"{"};
    for (char c : names) {
        if (c != ' ') {
            list.back() += c;
            continue;
        }
        list.back() += '}';
        list.emplace_back("{");
    }
    list.back() += '}';
    if (list.size() == 1) return list[0];
    std::string last = list.back();
    list.pop_back();
    return fmt::format("{} and {}", fmt::join(list, ", "), last);
}

/// Why `text` cannot be the label `spec` ("" when it can): a placeholder the label does not fill,
/// or a counted label with neither one form nor one per plural form of `language`.
std::string label_problem(const LabelSpec& spec, const std::string& text, const std::string& language) {
    const std::string allowed = spec.placeholders;
    for (const std::string& name : placeholders_in(text)) {
        if ((" " + allowed + " ").find(" " + name + " ") != std::string::npos) continue;
        if (allowed.empty())
            return fmt::format("label '{}' fills no placeholders: '{{{}}}' would be printed as it is", spec.key, name);
        return fmt::format("label '{}' fills {}, not '{{{}}}'", spec.key, braced(allowed), name);
    }
    if (!spec.counted) return "";
    int forms = static_cast<int>(std::count(text.begin(), text.end(), '|')) + 1;
    int wanted = plural_form_count(language);
    if (forms == 1 || forms == wanted) return "";
    return fmt::format("label '{}' has {} forms separated by '|', but '{}' counts with {} (or give one form for "
                       "every number)", spec.key, forms, language, wanted);
}

/// bank.yaml's `labels:` over the built-in words of the bank's language.
void read_labels(const yaml::Node& root, Bank& bank, Diagnostics& diags) {
    bank.labels = Labels::for_language(bank.language);
    const yaml::Node* map = root.find("labels");
    if (!map || map->is_null() || !yaml::expect_kind(*map, yaml::NodeKind::Map, diags, "'labels'")) return;
    yaml::check_keys(*map, label_keys(), diags, "labels");
    for (const LabelSpec& spec : label_specs()) {
        const yaml::Node* v = map->find(spec.key);
        if (!v) continue;
        auto text = yaml::as_text(*v, diags, fmt::format("label '{}'", spec.key));
        if (!text) continue;
        std::string problem = label_problem(spec, *text, bank.labels.language());
        if (!problem.empty()) diags.error(v->loc, problem);
        else bank.labels.set(spec.label, one_line(*text));
    }
}

std::vector<Listed> read_category_list(const yaml::Node& root, Diagnostics& diags) {
    std::vector<Listed> listed;
    const yaml::Node* list = root.find("categories");
    if (!list || !yaml::expect_kind(*list, yaml::NodeKind::Sequence, diags, "'categories'"))
        return listed;
    if (list->items.empty()) diags.error(list->loc, "'categories' is empty: list at least one category");
    std::map<std::string, int> seen;
    for (const yaml::Node& item : list->items) {
        if (!yaml::expect_kind(item, yaml::NodeKind::Scalar, diags, "a category id")) continue;
        if (!is_slug(item.scalar)) {
            diags.error(item.loc, fmt::format("bad category id '{}': use lowercase letters, digits, "
                                              "'-' and '_' (it names the file <id>.yaml)", item.scalar));
            continue;
        }
        if (item.scalar == "bank") {  // its file would be bank.yaml itself, read as a category file
            diags.error(item.loc, "category id 'bank' names bank.yaml itself; give the category another id "
                                  "(and its file that name)");
            continue;
        }
        auto [it, inserted] = seen.emplace(item.scalar, item.loc.line);
        if (!inserted) {
            diags.error(item.loc, fmt::format("category '{}' is listed twice (first at line {})",
                                              item.scalar, it->second));
            continue;
        }
        listed.push_back({item.scalar, item.loc});
    }
    return listed;
}

void read_notes(const yaml::Node& root, Bank& bank, Diagnostics& diags) {
    const yaml::Node* notes = root.find("notes");
    if (!notes || notes->is_null()) return;
    if (!yaml::expect_kind(*notes, yaml::NodeKind::Sequence, diags, "'notes'")) return;
    for (const yaml::Node& item : notes->items) {
        if (!yaml::expect_kind(item, yaml::NodeKind::Map, diags, "a note")) continue;
        yaml::check_keys(item, kNoteKeys, diags, "note");
        yaml::require_keys(item, kNoteKeys, diags, "note");
        Note note;
        note.loc = item.loc;
        note.title_loc = read_title_field(item, "title", note.title, diags);
        read_text_field(item, "body", note.body, diags);
        for (const auto& [key, text] : {std::pair{"title", &note.title}, {"body", &note.body}}) {
            const yaml::Node* v = item.find(key);  // an empty note vanished from every output
            if (v && (v->is_scalar() || v->is_null()) && text->find_first_not_of(" \t\n") == std::string::npos)
                diags.error(v->is_null() ? item.find_key(key)->loc : v->loc, fmt::format("'{}' is empty", key));
        }
        if (const yaml::Node* body = item.find("body")) {
            note.loc = body->text_loc;
            note.body_map = body->text_map;
        }
        bank.notes.push_back(std::move(note));
    }
}

std::vector<Listed> read_bank_file(const yaml::Node& root, Bank& bank, Diagnostics& diags) {
    if (!yaml::expect_kind(root, yaml::NodeKind::Map, diags, "bank.yaml")) return {};
    yaml::check_keys(root, kBankKeys, diags, "bank.yaml");
    yaml::require_keys(root, {"title", "categories"}, diags, "bank.yaml");
    bank.locs.title = read_title_field(root, "title", bank.title, diags);
    const yaml::Node* title = root.find("title");  // a list or map was already "expected text"
    if (title && (title->is_scalar() || title->is_null()) && bank.title.empty()) diags.error(title->loc, "'title' is empty");
    bank.locs.subtitle = read_title_field(root, "subtitle", bank.subtitle, diags);
    bank.locs.author = read_title_field(root, "author", bank.author, diags);
    bank.locs.source = read_title_field(root, "source", bank.source, diags);
    read_language(root, bank, diags);
    read_labels(root, bank, diags);
    read_notes(root, bank, diags);
    return read_category_list(root, diags);
}

/// How the loader reaches the bank's files: a folder on disk, or texts in memory.
struct BankFiles {
    std::function<bool(const fs::path&)> exists;
    /// Called on several threads at once, each with its own Diagnostics.
    std::function<std::unique_ptr<yaml::Node>(const fs::path&, Diagnostics&)> parse;
    std::function<std::size_t(const fs::path&)> size;  ///< bytes of an existing file
    std::vector<fs::path> yaml_files;  ///< every `*.yaml` file, sorted
};

std::vector<fs::path> yaml_files_in(const fs::path& dir) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::error_code status;  // an entry that cannot be looked at (a link loop) is kept: opening it says why
        if ((entry.is_regular_file(status) || status) && entry.path().extension() == ".yaml")
            files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

/// "; there is NAME.yml: rename it to NAME.yaml" when `path` (a missing .yaml) has a .yml twin.
std::string yml_hint(const fs::path& path, const BankFiles& files) {
    fs::path yml = fs::path(path).replace_extension(".yml");
    if (!files.exists(yml)) return "";
    return fmt::format("; there is {}: rename it to {}", yml.filename().string(), path.filename().string());
}

/// Every `*.yaml` in the folder must be bank.yaml or a listed category.
void report_unlisted_files(const std::vector<fs::path>& files, const std::vector<Listed>& listed,
                           Diagnostics& diags) {
    for (const auto& file : files) {
        std::string stem = file.stem().string();
        if (stem == "bank") continue;
        bool known = std::any_of(listed.begin(), listed.end(), [&](const Listed& l) { return l.id == stem; });
        if (!known)
            diags.error({file.string(), 0, 0},
                        fmt::format("category file '{}' is not listed in bank.yaml 'categories'",
                                    file.filename().string()));
    }
}

Bank new_bank(const std::string& dir) {
    Bank bank;
    bank.dir = dir;
    bank.name = folder_name(dir);
    return bank;
}

/// A category file parsed ahead, with what its parsing reported.
struct ParsedFile {
    std::unique_ptr<yaml::Node> tree;
    Diagnostics diags;
};

/// Every listed category, in order. The files are parsed on a few threads, and each is
/// validated (and its parse diagnostics passed on) in list order once it is parsed: the
/// diagnostics are those of parsing and validating one file after the other.
void load_categories(Bank& bank, const std::vector<Listed>& listed, const BankFiles& files, Diagnostics& diags) {
    std::vector<fs::path> paths;
    std::vector<std::size_t> present;  ///< indices into `listed` of the files that exist
    std::size_t bytes = 0;
    for (const Listed& cat : listed) {
        paths.push_back(fs::path(bank.dir) / (cat.id + ".yaml"));
        if (!files.exists(paths.back())) continue;
        present.push_back(paths.size() - 1);
        bytes += files.size(paths.back());
    }
    std::vector<ParsedFile> parsed(present.size());
    OrderedTasks parses(
        present.size(), [&](std::size_t k) { parsed[k].tree = files.parse(paths[present[k]], parsed[k].diags); },
        OrderedTasks::helpers_for(present.size(), bytes, kMinParallelBytes, kMaxParseThreads));
    IdRegistry ids;
    std::size_t k = 0;
    for (std::size_t i = 0; i < listed.size(); ++i) {
        if (k == present.size() || present[k] != i) {
            diags.error(listed[i].loc, fmt::format("category '{}' has no file {}{}", listed[i].id, paths[i].string(),
                                                   yml_hint(paths[i], files)));
            continue;
        }
        parses.wait(k);
        ParsedFile& file = parsed[k++];
        for (const Diagnostic& d : file.diags.items()) diags.add(d);
        if (file.tree) bank.categories.push_back(load_category_tree(*file.tree, paths[i].string(), listed[i].id, ids, diags));
        file.tree.reset();
    }
}

/// bank.yaml, then every listed category, then the cross-file checks.
void load_files(Bank& bank, const BankFiles& files, Diagnostics& diags) {
    fs::path root_dir(bank.dir);
    fs::path bank_file = root_dir / "bank.yaml";
    if (!files.exists(bank_file)) {
        diags.error({bank_file.string(), 0, 0}, "bank.yaml not found (a bank is a folder with "
                                                "bank.yaml and one YAML file per category)" +
                                                    yml_hint(bank_file, files));
        return;
    }
    auto root = files.parse(bank_file, diags);
    if (!root) return;
    std::vector<Listed> listed = read_bank_file(*root, bank, diags);
    load_categories(bank, listed, files, diags);
    report_unlisted_files(files.yaml_files, listed, diags);
}

/// Why `path`, which is not a folder (`status`, looked up with error `ec`), is no bank (and,
/// for a Markdown document, what to do).
std::string not_a_bank_folder(const std::string& path, const fs::file_status& status, const std::error_code& ec) {
    if (status.type() == fs::file_type::none) return fmt::format("cannot read the bank folder: {}", ec.message());
    if (!fs::exists(status)) return "bank folder not found";
    std::string message = "not a folder: a bank is a folder with bank.yaml and one YAML file per category";
    std::string extension = fs::path(path).extension().string();
    if (extension == ".md" || extension == ".markdown" || extension == ".txt")
        message += fmt::format("; to make one from this document: deckpress import {} --out content/{}", path,
                               fs::path(path).stem().string());
    return message;
}

}  // namespace

std::string folder_name(const std::string& dir) {
    fs::path root_dir(dir);
    return (root_dir.filename().empty() ? root_dir.parent_path() : root_dir).filename().string();
}

Bank load_bank(const std::string& dir, Diagnostics& diags) {
    Bank bank = new_bank(dir);
    std::error_code ec;
    const fs::file_status status = fs::status(dir, ec);
    if (!fs::is_directory(status)) {
        diags.error({dir, 0, 0}, not_a_bank_folder(dir, status, ec));
        return bank;
    }
    BankFiles files;
    files.exists = [](const fs::path& path) {
        std::error_code error;  // a path that cannot be looked at (a link loop) is opened, which says why
        return fs::exists(path, error) || error;
    };
    files.parse = [](const fs::path& path, Diagnostics& d) { return yaml::parse_file(path.string(), d); };
    files.size = [](const fs::path& path) {
        std::error_code ec;
        std::uintmax_t size = fs::file_size(path, ec);
        return ec ? std::size_t{0} : static_cast<std::size_t>(size);
    };
    files.yaml_files = yaml_files_in(dir);
    load_files(bank, files, diags);
    return bank;
}

Bank load_bank_texts(const std::map<std::string, std::string>& texts, const std::string& dir,
                     Diagnostics& diags) {
    Bank bank = new_bank(dir);
    const auto text_of = [&](const fs::path& path) { return texts.find(path.filename().string()); };
    BankFiles files;
    files.exists = [&](const fs::path& path) { return text_of(path) != texts.end(); };
    files.parse = [&](const fs::path& path, Diagnostics& d) {
        return yaml::parse_text(text_of(path)->second, path.string(), d);
    };
    files.size = [&](const fs::path& path) { return text_of(path)->second.size(); };
    for (const auto& [name, text] : texts)
        if (fs::path(name).extension() == ".yaml") files.yaml_files.push_back(fs::path(dir) / name);
    load_files(bank, files, diags);
    return bank;
}

}  // namespace deckpress::bank
