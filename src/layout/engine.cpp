// layout: an Engine per thread (fonts, hyphenation), a layout's families, preloading fonts.
#include "layout/engine.hpp"

#include <iterator>
#include <stdexcept>

#include "text/hyphen_language.hpp"

namespace deckpress::layout {

Engine::Engine() : hyphenator_(std::make_unique<text::Hyphenator>()) {}

Engine::Engine(const text::FontLibrary::Snapshot& fonts)
    : fonts_(fonts), hyphenator_(std::make_unique<text::Hyphenator>()) {}

void Engine::preload() { text::Hyphenator::preload(); }

text::Hyphenator* Engine::hyphenator(std::string_view language) {
    if (text::is_english_tag(language)) return hyphenator_.get();
    auto found = by_language_.find(language);
    if (found == by_language_.end()) {
        std::unique_ptr<text::Hyphenator> made;
        try {
            made = text::Hyphenator::for_language(language);
        } catch (const std::runtime_error&) {
            // reported once, where the bank is loaded
        }
        found = by_language_.emplace(std::string(language), std::move(made)).first;
    }
    return found->second.get();
}

namespace {
text::Family load_family(text::FontLibrary& lib, const std::string (&faces)[4],
                         const std::vector<text::FontId>& fallback) {
    text::Family family;
    for (int i = 0; i < 4; ++i)
        if (!faces[i].empty()) family.faces[i] = lib.load(faces[i]);
    family.fallback = fallback;
    return family;
}
}  // namespace

Families load_families(Engine& engine, const FontFiles& files) {
    try {
        std::vector<text::FontId> fallback;
        for (const std::string& path : files.fallback)
            if (!path.empty()) fallback.push_back(engine.fonts().load(path, text::Opening::OnFirstUse));
        Families families;
        families.body = load_family(engine.fonts(), files.body, fallback);
        families.mono = load_family(engine.fonts(), files.mono, fallback);
        return families;
    } catch (const std::runtime_error& e) {
        throw InputError{e.what()};
    }
}

void preload_fonts(const FontFiles& files) {
    // The fallback chain is opened by the first character that needs each of its fonts.
    std::vector<std::string> paths(std::begin(files.body), std::end(files.body));
    paths.insert(paths.end(), std::begin(files.mono), std::end(files.mono));
    for (const std::string& path : paths) {
        if (path.empty()) continue;
        try {
            text::FontLibrary::preload(path);
        } catch (const std::runtime_error&) {
            // load_families reports it
        }
    }
}

}  // namespace deckpress::layout
