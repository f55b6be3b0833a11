// outputs: composing the reader: cover, contents (two passes for page numbers), body.
#include "outputs/reader.hpp"

#include <fmt/format.h>

#include <map>

#include "bank/yaml_tree.hpp"
#include "layout/flow.hpp"
#include "outputs/furniture.hpp"
#include "outputs/metadata.hpp"
#include "outputs/reader_parts.hpp"
#include "outputs/section_keys.hpp"

namespace deckpress::outputs {

using namespace layout;

ReaderOptions reader_options(const LayoutFile& layout, Diagnostics& diags) {
    ReaderOptions o;
    const yaml::Node* s = layout.section;
    if (!s || !yaml::expect_kind(*s, yaml::NodeKind::Map, diags, "'reader'")) return o;
    yaml::check_keys(*s, {"contents", "self_test", "category_new_page"}, diags, "reader");
    read_flag(*s, "contents", o.contents, diags);
    read_flag(*s, "self_test", o.self_test, diags);
    read_flag(*s, "category_new_page", o.category_new_page, diags);
    return o;
}

namespace {

/// Page index (0-based) of every anchor in `pages`.
std::map<std::string, int> anchor_pages(const std::vector<Frame>& pages, int offset) {
    std::map<std::string, int> where;
    for (std::size_t p = 0; p < pages.size(); ++p)
        for (const Item& item : pages[p].items)
            if (auto* a = std::get_if<AnchorItem>(&item)) where.emplace(a->name, static_cast<int>(p) + offset);
    return where;
}

std::vector<Outline> outlines(const Prepared& prepared, const std::vector<const Entry*>& entries,
                              const ReaderOptions& options) {
    std::vector<Outline> out;
    const bank::Labels& labels = prepared.bank->labels;
    if (options.contents) out.push_back({labels[bank::Label::Contents], "contents", 0});
    if (!prepared.notes.empty()) out.push_back({labels[bank::Label::Notes], "notes", 0});
    for (const PreparedNote& n : prepared.notes)
        out.push_back({n.note->title, note_anchor(*n.note, prepared), 1});
    const bank::Category* current = nullptr;
    for (const Entry* e : entries) {
        if (e->category != current) {
            current = e->category;
            out.push_back({current->title, "cat-" + current->id, 0});
        }
        out.push_back({fmt::format("{}. {}", e->number, doc::plain_text(e->q)), "q-" + e->question->id, 1});
    }
    return out;
}

void describe(Document& doc, const bank::Bank& bank) {
    doc.meta = bank_metadata(bank, bank.title,
                             bank.subtitle.empty() ? bank.labels[bank::Label::ReaderSubject] : bank.subtitle);
}

}  // namespace

Document build_reader(const Prepared& prepared, const std::vector<const Entry*>& entries,
                      const LayoutFile& layout, Engine& engine, Diagnostics& diags) {
    ReaderOptions options = reader_options(layout, diags);
    Families families = load_families(engine, layout.fonts);
    SetterEnv env{engine.typesetter(layout.text.language), &families, &layout.theme, &layout.text, layout.text.size};
    ReaderParts parts(prepared, entries, layout, engine, env, options, diags);
    if (!parts.has_room()) return {};

    std::vector<Frame> body = parts.body_pages();
    std::vector<Frame> cover = parts.cover_pages();
    int contents_count = 0;
    std::vector<Frame> contents;
    if (options.contents) {
        contents = parts.contents_pages({});  // first pass: only the page count matters
        contents_count = static_cast<int>(contents.size());
        contents = parts.contents_pages(anchor_pages(body, static_cast<int>(cover.size()) + contents_count + 1));
    }
    Document doc;
    for (Frame& f : cover) doc.pages.push_back(std::move(f));
    for (Frame& f : contents) doc.pages.push_back(std::move(f));
    for (Frame& f : body) doc.pages.push_back(std::move(f));
    parts.decorate(doc.pages, cover.size());
    doc.outlines = outlines(prepared, entries, options);
    doc.open_bookmarks = true;
    describe(doc, *prepared.bank);
    return doc;
}

}  // namespace deckpress::outputs
