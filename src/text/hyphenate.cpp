// text: hyphenation points (Liang's patterns: hyph_en_US.dic's frozen tables, or a language's .dic).
#include "text/hyphenate.hpp"

#include <map>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <utility>

#include "text/hyphen_dict.hpp"
#include "text/hyphen_foreign.hpp"
#include "text/hyphen_language.hpp"

namespace deckpress::text {
namespace {

/// The system en_US patterns (Debian package hyphen-en-us); set by the build.
constexpr const char* kDefaultDict = DECKPRESS_HYPHEN_DICT;
constexpr int kMinWordLetters = 5;
constexpr int kLeftMin = 2;   ///< letters kept before a break (the dictionary's LEFTHYPHENMIN)
constexpr int kRightMin = 3;  ///< letters kept after a break (the dictionary's RIGHTHYPHENMIN)
/// Longer "words" are tokens or garbage, not worth the pattern lookup.
constexpr std::size_t kMaxWordBytes = 64;

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::mutex default_mutex;
std::shared_ptr<const HyphenDictionary> default_dict;  ///< under default_mutex

/// The default dictionary, loaded by the first caller while the others wait for it; a failed
/// load is tried again by the next caller.
std::shared_ptr<const HyphenDictionary> default_dictionary() {
    std::lock_guard lock(default_mutex);
    if (!default_dict) default_dict = std::make_shared<const HyphenDictionary>(kDefaultDict);
    return default_dict;
}

std::mutex foreign_mutex;
/// Dictionaries of other languages by file, loaded once per process; under foreign_mutex.
std::map<std::string, std::shared_ptr<const ForeignDictionary>> foreign_dicts;

/// The dictionary in `path`, loaded by the first caller while the others wait for it. A
/// failed load is tried again by the next caller (and throws again).
std::shared_ptr<const ForeignDictionary> foreign_dictionary(const std::string& path) {
    std::lock_guard lock(foreign_mutex);
    std::shared_ptr<const ForeignDictionary>& dict = foreign_dicts[path];
    if (!dict) dict = std::make_shared<const ForeignDictionary>(path);
    return dict;
}

/// Liang's algorithm (the frozen tables or libhyphen), on a word of ASCII letters: appends
/// the points to `points`.
void compute_points(const HyphenDictionary& dict, std::string_view word, std::vector<int>& points);

}  // namespace

struct Hyphenator::Impl {
    std::shared_ptr<const HyphenDictionary> dictionary;   ///< English (ASCII words)
    std::shared_ptr<const ForeignDictionary> foreign;     ///< or another language
    std::vector<int> scratch;  ///< the last answer
};

Hyphenator::Hyphenator(const std::string& dict_path) : impl_(new Impl) {
    try {
        impl_->dictionary = dict_path.empty() ? default_dictionary() : std::make_shared<const HyphenDictionary>(dict_path);
    } catch (...) {
        delete impl_;
        throw;
    }
}

Hyphenator::Hyphenator(std::shared_ptr<const ForeignDictionary> dictionary) : impl_(new Impl) {
    impl_->foreign = std::move(dictionary);
}

Hyphenator::~Hyphenator() { delete impl_; }

void Hyphenator::preload() { default_dictionary(); }

const void* Hyphenator::patterns() const {
    return impl_->foreign ? static_cast<const void*>(impl_->foreign.get()) : impl_->dictionary.get();
}

std::unique_ptr<Hyphenator> Hyphenator::for_language(std::string_view language) {
    if (is_english_tag(language)) return std::make_unique<Hyphenator>();
    const std::string path = find_hyphen_dictionary(language);
    if (path.empty())
        throw std::runtime_error("no hyphenation patterns for language '" + std::string(language) + "' in " +
                                 hyphen_dictionary_dir() + " (Debian package hyphen-" + base_language(language) + ")");
    std::shared_ptr<const ForeignDictionary> dictionary;
    try {
        dictionary = foreign_dictionary(path);
    } catch (const std::runtime_error& e) {
        throw std::runtime_error("cannot use the hyphenation patterns for language '" + std::string(language) +
                                 "': " + e.what());
    }
    return std::unique_ptr<Hyphenator>(new Hyphenator(std::move(dictionary)));
}

const std::vector<int>& Hyphenator::points(std::string_view word) {
    impl_->scratch.clear();
    if (impl_->foreign) {
        impl_->foreign->points(word, kMinWordLetters, kLeftMin, kRightMin, impl_->scratch);
        return impl_->scratch;
    }
    if (word.size() < static_cast<std::size_t>(kMinWordLetters) || word.size() > kMaxWordBytes)
        return impl_->scratch;
    compute_points(*impl_->dictionary, word, impl_->scratch);
    return impl_->scratch;
}

namespace {

void compute_points(const HyphenDictionary& dict, std::string_view word, std::vector<int>& points) {
    const int n = static_cast<int>(word.size());
    char lower[kMaxWordBytes];
    for (int i = 0; i < n; ++i) {
        char c = word[static_cast<std::size_t>(i)];
        if (!is_ascii_letter(c)) return;
        lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    char digits[kMaxWordBytes];
    if (!dict.hyphenate_letters({lower, word.size()}, kLeftMin, kRightMin, digits)) return;
    // An odd digit after byte i allows a break between bytes i and i + 1.
    for (int i = kLeftMin - 1; i < n - kRightMin; ++i)
        if (digits[i] & 1) points.push_back(i + 1);
}

}  // namespace
}  // namespace deckpress::text
