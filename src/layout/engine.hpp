// layout: the typesetting resources of one thread (fonts, hyphenation) and a layout's families.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>

#include "layout/style.hpp"
#include "text/fonts.hpp"
#include "text/hyphenate.hpp"
#include "text/paragraph.hpp"

namespace deckpress::layout {

/// Fonts and the hyphenation dictionary of every document a thread lays out. Not thread-safe:
/// one Engine per thread (the font faces and hyphenation patterns themselves are read once
/// per process and shared read-only by every Engine).
class Engine {
public:
    Engine();
    /// An Engine for a helper thread that sets text exactly as the Engine of `fonts` would.
    explicit Engine(const text::FontLibrary::Snapshot& fonts);
    /// Reads what every Engine shares (the hyphenation patterns) ahead of the first Engine,
    /// say on another thread; throws like Engine().
    static void preload();
    text::FontLibrary& fonts() { return fonts_; }
    const text::FontLibrary& fonts() const { return fonts_; }
    /// Sets text in `language` (a BCP 47 tag; "" or any "en" tag: English, hyphenated with
    /// the frozen en_US patterns). A language without a dictionary is set unhyphenated (the
    /// bank's loading warns about it: outputs::load_prepared).
    text::Typesetter typesetter(std::string_view language = {}) {
        return {&fonts_, hyphenator(language), text::max_stretch_for(language)};
    }

private:
    /// The Hyphenator of `language`, made on first use and kept as long as the Engine (the
    /// word cache of fonts_ is keyed by its patterns, so each language's shapes stay apart).
    text::Hyphenator* hyphenator(std::string_view language);

    text::FontLibrary fonts_;
    std::unique_ptr<text::Hyphenator> hyphenator_;  ///< English
    /// Other languages by tag as given; nullptr when no dictionary could be loaded.
    std::map<std::string, std::unique_ptr<text::Hyphenator>, std::less<>> by_language_;
};

/// The body and code families of a layout file, loaded into an Engine.
struct Families {
    text::Family body;
    text::Family mono;
};

/// Loads the layout's font files; throws InputError naming a family's font that cannot be
/// loaded. The fallback chain's files are opened when a character first needs them.
Families load_families(Engine& engine, const FontFiles& files);

/// Reads the layout's family fonts into the faces every Engine shares, so that a later
/// load_families (on any thread) finds them read. Ignores fonts that cannot be loaded:
/// load_families reports them.
void preload_fonts(const FontFiles& files);

}  // namespace deckpress::layout
