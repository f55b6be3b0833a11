// outputs: loading banks, choosing output paths, saving PDFs atomically.
#include "outputs/job.hpp"

#include <filesystem>

#include "core/atomic_file.hpp"
#include "render/render.hpp"

namespace fs = std::filesystem;

namespace deckpress::outputs {

std::unique_ptr<LoadedBank> load_prepared(const std::string& dir, Diagnostics& diags) {
    auto loaded = std::make_unique<LoadedBank>();
    loaded->bank = bank::load_bank(dir, diags);
    if (diags.has_errors()) return nullptr;
    loaded->prepared = prepare(loaded->bank, diags);
    if (diags.has_errors()) return nullptr;
    return loaded;
}

std::shared_ptr<const std::vector<layout::LayoutFile>> layouts_for_bank(
    std::shared_ptr<const std::vector<layout::LayoutFile>> layouts, const bank::Bank& bank) {
    if (bank.is_english()) return layouts;
    auto unhyphenated = std::make_shared<std::vector<layout::LayoutFile>>(*layouts);
    for (layout::LayoutFile& layout : *unhyphenated) layout.text.hyphenate = false;
    return unhyphenated;
}

std::string output_path(const std::string& out, const std::string& bank_name, bool several_banks,
                        const std::string& file_name) {
    if (out.ends_with(".pdf") || out.ends_with(".json")) return out;
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
