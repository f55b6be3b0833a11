// text: hyphenation points (Liang's patterns, hyph_en_US.dic: frozen tables or libhyphen).
#include "text/hyphenate.hpp"

#include <memory>
#include <mutex>
#include <string>

#include "text/hyphen_dict.hpp"

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

/// Liang's algorithm (the frozen tables or libhyphen), on a word of ASCII letters: appends
/// the points to `points`.
void compute_points(const HyphenDictionary& dict, std::string_view word, std::vector<int>& points);

}  // namespace

struct Hyphenator::Impl {
    std::shared_ptr<const HyphenDictionary> dictionary;
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

Hyphenator::~Hyphenator() { delete impl_; }

void Hyphenator::preload() { default_dictionary(); }

const std::vector<int>& Hyphenator::points(std::string_view word) {
    impl_->scratch.clear();
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
