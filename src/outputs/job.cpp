// outputs: loading banks, choosing output paths, saving PDFs atomically.
#include "outputs/job.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <stdexcept>

#include "core/ascii.hpp"
#include "core/atomic_file.hpp"
#include "render/render.hpp"
#include "text/hyphen_language.hpp"
#include "text/hyphenate.hpp"

namespace fs = std::filesystem;

namespace deckpress::outputs {

void warn_unhyphenated(const bank::Bank& bank, Diagnostics& diags) {
    if (bank.is_english() || text::is_unhyphenated_language(bank.language)) return;
    try {
        text::Hyphenator::for_language(bank.language);  // loads it once for the whole run
    } catch (const std::runtime_error& e) {
        diags.warning(bank.locs.language,
                      fmt::format("{}: the bank's text is set without hyphenation; install them or change "
                                  "bank.yaml's 'language: {}'", e.what(), bank.language));
    }
}

std::unique_ptr<LoadedBank> load_prepared(const std::string& dir, Diagnostics& diags) {
    auto loaded = std::make_unique<LoadedBank>();
    loaded->bank = bank::load_bank(dir, diags);
    if (diags.has_errors()) return nullptr;
    loaded->prepared = prepare(loaded->bank, diags);
    if (diags.has_errors()) return nullptr;
    warn_unhyphenated(loaded->bank, diags);
    return loaded;
}

std::shared_ptr<const std::vector<layout::LayoutFile>> layouts_for_bank(
    std::shared_ptr<const std::vector<layout::LayoutFile>> layouts, const bank::Bank& bank) {
    if (bank.is_english()) return layouts;
    const bool hyphenated = !text::find_hyphen_dictionary(bank.language).empty();
    auto set = std::make_shared<std::vector<layout::LayoutFile>>(*layouts);
    for (layout::LayoutFile& layout : *set) {
        layout.text.language = bank.language_tag();
        layout.text.hyphenate = layout.text.hyphenate && hyphenated;
    }
    return set;
}

bool names_file(const std::string& out, bool pdf_only) {
    const std::string lower = ascii_lower(out);
    return lower.ends_with(".pdf") || (!pdf_only && lower.ends_with(".json"));
}

std::string output_path(const std::string& out, const std::string& bank_name, bool several_banks,
                        const std::string& file_name) {
    if (names_file(out)) return out;
    fs::path dir = out.empty() ? fs::path("out") : fs::path(out);
    if (several_banks) dir /= bank_name;
    return (dir / file_name).string();
}

void save_pdf(const layout::Document& doc, const text::FontLibrary& fonts, const std::string& path) {
    if (BackgroundPdfWriter::active()) return save_pdf(layout::Document(doc), fonts, path);
    write_file_atomic(path, render::write_pdf(doc, fonts, render::pdf_options_from_environment()));
}

std::vector<std::string> split_list(const std::vector<std::string>& values) {
    std::vector<std::string> out;
    for (const std::string& v : values) {
        std::size_t start = 0;
        while (start <= v.size()) {
            std::size_t comma = v.find(',', start);
            if (comma == std::string::npos) comma = v.size();
            std::string item = v.substr(start, comma - start);
            item.erase(0, item.find_first_not_of(" \t"));
            item.erase(item.find_last_not_of(" \t") + 1);
            if (!item.empty()) out.push_back(item);
            start = comma + 1;
        }
    }
    return out;
}

}  // namespace deckpress::outputs
