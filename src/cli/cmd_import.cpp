// cli: `deckpress import`: a Q&A Markdown document -> a new bank folder.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <memory>
#include <set>
#include <system_error>

#include "bank/import.hpp"
#include "bank/utf8.hpp"
#include "bank/yaml_tree.hpp"
#include "cli/command.hpp"
#include "cli/import_images.hpp"
#include "cli/progress.hpp"
#include "core/atomic_file.hpp"
#include "core/counted.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::cli {
namespace {
namespace fs = std::filesystem;

constexpr std::size_t kMaxDocumentBytes = 32u << 20;  // same limit as for YAML files

std::string read_document(const std::string& path) {
    std::error_code ec;
    if (fs::is_directory(path, ec)) throw InputError{"is a folder, not a Markdown document", {path}};
    std::ifstream in(path, std::ios::binary);
    if (!in) throw InputError{fmt::format("cannot open file: {}", std::generic_category().message(errno)), {path}};
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (text.size() > kMaxDocumentBytes)
        throw InputError{fmt::format("file too large ({} bytes, the limit is 32 MB)", text.size()), {path}};
    if (utf8::looks_like_utf16(text))  // was "invalid UTF-8 (byte 0xFF)" or "NUL byte"
        throw InputError{"the document is UTF-16, not UTF-8: save it as UTF-8", {path}};
    if (auto bad = utf8::find_invalid(text))
        throw InputError{bad->message, {path, bad->line, bad->column}};
    return text;
}

/// "python-fastapi-interview" -> "Python Fastapi Interview" (when the document has no title).
std::string title_from_folder(const fs::path& out) {
    std::string name = out.filename().empty() ? out.parent_path().filename().string() : out.filename().string();
    bool start = true;
    for (char& c : name) {
        if (c == '-' || c == '_') c = ' ';
        if (start && c != ' ') c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        start = c == ' ';
    }
    return name;
}

/// The category ids the bank.yaml in `out` lists, read before it is replaced: only their files
/// are the replaced bank's. A bank.yaml that cannot be read lists none; ids that are no slugs
/// ("../x") are never file names to remove.
std::set<std::string> listed_categories(const fs::path& out) {
    Diagnostics ignored;
    std::set<std::string> ids;
    std::unique_ptr<yaml::Node> root = yaml::parse_file((out / "bank.yaml").string(), ignored);
    const yaml::Node* list = root && root->is_map() ? root->find("categories") : nullptr;
    if (list && list->is_sequence())
        for (const yaml::Node& item : list->items)
            if (item.is_scalar() && bank::is_slug(item.scalar)) ids.insert(item.scalar);
    return ids;
}

/// With --force over an existing bank: the files of its categories (`old_ids`) that the new bank
/// does not write, which would make the new bank fail to load. Other YAML files in the folder are
/// the user's, and stay (every *.yaml was removed, a docker-compose.yaml too). Returns the names.
std::vector<std::string> remove_stale_categories(const fs::path& out, const std::set<std::string>& old_ids,
                                                 const std::set<std::string>& written) {
    std::vector<std::string> removed;
    for (const std::string& id : old_ids) {  // sorted
        const std::string name = id + ".yaml";
        std::error_code ec;
        if (!written.contains(name) && fs::is_regular_file(out / name, ec) && fs::remove(out / name, ec))
            removed.push_back(name);
    }
    return removed;
}

/// "2 table-of-contents entries, 1 'back to top' link": what the import dropped, the counts
/// that are not 0 (a line of four zeros said nothing); empty when nothing was dropped.
std::string dropped_counts(const bank::ImportSummary& s) {
    std::vector<std::string> parts;
    auto add = [&](int n, std::string_view one, std::string_view many) {
        if (n > 0) parts.push_back(counted(static_cast<std::size_t>(n), one, many));
    };
    add(s.toc_entries, "table-of-contents entry", "table-of-contents entries");
    add(s.back_to_top_links, "'back to top' link", "'back to top' links");
    add(s.separators, "'---' separator", "'---' separators");
    add(s.answer_leads, "'A:' / '**Answer:**' lead", "'A:' / '**Answer:**' leads");
    return fmt::format("{}", fmt::join(parts, ", "));
}

void print_summary(const std::string& doc, const std::string& out, const bank::ImportResult& r) {
    const bank::ImportSummary& s = r.summary;
    say("imported {} -> {}\n", doc, out);
    say("  {}, {}, {}\n", counted(r.bank.categories.size(), "category", "categories"),
        counted(r.bank.question_count(), "question", "questions"), counted(r.bank.notes.size(), "note", "notes"));
    if (std::string dropped = dropped_counts(s); !dropped.empty()) say("  dropped: {}\n", dropped);
    if (s.mojibake_repairs > 0) say("  repaired {} mis-decoded characters (mojibake)\n", s.mojibake_repairs);
    for (const auto& remark : s.remarks) say("  note: {}\n", remark);
}

int run_import(const Args& args) {
    if (args.positionals.size() != 1) throw UsageError{"import needs one document: deckpress import DOC.md --out DIR"};
    std::optional<std::string> out = args.value("out");
    if (!out) throw UsageError{"import needs --out DIR (the new bank folder, e.g. content/my-bank)"};
    const std::string& doc = args.positionals.front();
    std::error_code ec;  // a bank.yaml that cannot be looked at is not replaced without --force
    bool replacing = fs::exists(fs::path(*out) / "bank.yaml", ec) || ec;
    if (replacing && !args.flag("force"))
        throw InputError{fmt::format("{} already holds a bank (use --force to overwrite it)", *out)};
    bank::ImportResult result = bank::import_markdown(
        read_document(doc), args.value("title").value_or(title_from_folder(*out)), fs::path(doc).filename().string());
    if (result.bank.question_count() == 0)
        throw InputError{"no questions found (expected headings such as '### Q1: ...', "
                         "'### 1. ...' or '## What is X?', or lines such as '**Q: ...**', "
                         "'Question 2: ...', '**What is X?**', '- **What is X?**' or '1. What is X?' with the answer "
                         "indented below, or a '| Question | Answer |' table)", {doc}};
    const std::set<std::string> old_ids = replacing ? listed_categories(*out) : std::set<std::string>{};
    std::set<std::string> written;
    for (const auto& [name, text] : bank::emit_bank_files(result.bank)) {
        write_file_atomic((fs::path(*out) / name).string(), text);
        written.insert(name);
    }
    std::vector<std::string> images = copy_images(result.bank, fs::path(doc).parent_path(), *out);
    if (!images.empty())
        result.summary.remarks.push_back(fmt::format("copied {} next to the document: {}",
                                                     counted(images.size(), "image", "images"), fmt::join(images, ", ")));
    if (replacing)
        for (const std::string& name : remove_stale_categories(*out, old_ids, written))
            result.summary.remarks.push_back(fmt::format("removed {}: a category of the replaced bank", name));
    print_summary(doc, *out, result);
    Diagnostics diags = make_diagnostics(args);
    bank::Bank loaded = bank::load_bank(*out, diags);
    if (!diags.has_errors()) outputs::prepare(loaded, diags);  // the Markdown too, as 'deckpress check' does
    if (diags.has_errors()) print_diagnostics(diags);
    say("  check: {}, {} (set level, kind and short; see 'deckpress check {}')\n",
        counted(diags.error_count(), "error", "errors"), counted(diags.warning_count(), "warning", "warnings"), *out);
    return diags.has_errors() ? 1 : 0;
}

}  // namespace

Command import_command() {
    return {"import",
            "turn a Q&A Markdown document into a bank folder",
            "deckpress import DOC.md --out DIR [--title TEXT] [--force]",
            "Recognises '## Category' headings (or a setext 'Category' over '---') with\n"
            "'### Q1: question' / '### 1. question' / '1. ### question' questions; in a document\n"
            "without those, headings that ask ('## What is X?', '## Explain X') and question lines\n"
            "('**Q: ...**', 'Q3) ...', 'Question 4: ...', '1. **What is X?**', '- **Tell me ...:**',\n"
            "'<details><summary>What is X?', a '| Question | Answer |' table, '1. What is X?' with\n"
            "the answer indented or '> quoted' below). 'Frage 1:', 'Pregunta 2:' work too.\n"
            "Drops tables of contents, 'back to top' links, '---' separators and 'A:' leads;\n"
            "keeps any other text as notes; repairs mojibake; turns remote images (badges) into\n"
            "links, and Obsidian callouts, wiki links and MkDocs admonitions into Markdown.\n"
            "Writes bank.yaml and one YAML file per category, copies the images it shows, then\n"
            "checks it.",
            {out_option("the bank folder to create"),
             {"title", "TEXT", "bank title when the document has no '# Title' line"},
             {"force", "", "replace an existing bank (the files of its old categories are removed)"}},
            1,
            run_import};
}

}  // namespace deckpress::cli
