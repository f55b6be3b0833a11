// text: hyphenation points from libhyphen (frozen en_US patterns, or a language's own).
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::text {

class ForeignDictionary;

/// Finds hyphenation points with a libhyphen dictionary (for the frozen en_US patterns, read
/// straight from the build-time tables: see HyphenDictionary). Not thread-safe; one per
/// thread. The default dictionary is loaded once per process and shared read-only by every
/// Hyphenator. Points are not cached here: a word is looked up when the word cache
/// (text/word_cache) first shapes it in a context, and a lookup in the frozen tables costs
/// about as much as the hash-map hit that a cache of points did.
class Hyphenator {
public:
    /// An empty path uses /usr/share/hyphen/hyph_en_US.dic, loaded by the first Hyphenator
    /// of the process (one created meanwhile on another thread waits for that load); any
    /// other path loads a dictionary of its own. Throws std::runtime_error when it cannot be
    /// loaded (a later Hyphenator tries again).
    explicit Hyphenator(const std::string& dict_path = "");
    ~Hyphenator();
    /// Loads the default dictionary now (a Hyphenator created later finds it loaded); throws
    /// like the constructor.
    static void preload();
    /// The Hyphenator of a language (a BCP 47 tag, see find_hyphen_dictionary): English the
    /// default one above; any other language the .dic file installed for it, loaded once per
    /// process and shared read-only by every Hyphenator of that file. Throws
    /// std::runtime_error, naming the language, when no dictionary is installed for it or it
    /// cannot be loaded.
    static std::unique_ptr<Hyphenator> for_language(std::string_view language);
    Hyphenator(const Hyphenator&) = delete;
    Hyphenator& operator=(const Hyphenator&) = delete;

    /// Byte offsets inside `word` where a hyphen may go ("microservices" -> {2, 8}).
    /// Words are lowercased first; words shorter than 5 letters or containing non-letters
    /// get none; at least 2 letters stay before and 3 after a break. English takes ASCII
    /// letters only; another language the letters of its alphabet (UTF-8), each part
    /// between apostrophes on its own. The reference stays valid until the next call.
    const std::vector<int>& points(std::string_view word);
    /// The patterns this Hyphenator follows: the same for every Hyphenator of a language (so
    /// equal values break words alike), different for different dictionaries.
    const void* patterns() const;

private:
    struct Impl;
    /// A Hyphenator with another language's dictionary (for for_language).
    explicit Hyphenator(std::shared_ptr<const ForeignDictionary> dictionary);
    Impl* impl_;
};

}  // namespace deckpress::text
