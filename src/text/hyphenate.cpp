// text: hyphenation points from libhyphen (Liang's patterns, hyph_en_US.dic).
#include "text/hyphenate.hpp"

#include <hyphen.h>

#include <cstdlib>
#include <stdexcept>

namespace deckpress::text {
namespace {

constexpr const char* kDefaultDict = "/usr/share/hyphen/hyph_en_US.dic";
constexpr int kMinWordLetters = 5;
constexpr int kLeftMin = 2;   ///< letters kept before a break (the dictionary's LEFTHYPHENMIN)
constexpr int kRightMin = 3;  ///< letters kept after a break (the dictionary's RIGHTHYPHENMIN)
/// Longer "words" are tokens or garbage, not worth the pattern lookup.
constexpr std::size_t kMaxWordBytes = 64;

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

Hyphenator::Hyphenator(const std::string& dict_path) {
    const std::string path = dict_path.empty() ? kDefaultDict : dict_path;
    dict_ = hnj_hyphen_load(path.c_str());
    if (!dict_) throw std::runtime_error("cannot load hyphenation dictionary " + path);
}

Hyphenator::~Hyphenator() { hnj_hyphen_free(static_cast<HyphenDict*>(dict_)); }

std::vector<int> Hyphenator::points(std::string_view word) {
    std::vector<int> result;
    const int n = static_cast<int>(word.size());
    if (n < kMinWordLetters || word.size() > kMaxWordBytes) return result;
    char lower[kMaxWordBytes + 1];
    for (int i = 0; i < n; ++i) {
        char c = word[static_cast<std::size_t>(i)];
        if (!is_ascii_letter(c)) return result;
        lower[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    lower[n] = '\0';
    char hyphens[kMaxWordBytes + 5] = {};
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    int failed = hnj_hyphen_hyphenate3(static_cast<HyphenDict*>(dict_), lower, n, hyphens,
                                       nullptr, &rep, &pos, &cut, kLeftMin, kRightMin, kLeftMin,
                                       kRightMin);
    if (rep) {  // non-standard hyphenation (never in en_US) allocates these
        for (int i = 0; i < n; ++i) std::free(rep[i]);
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    if (failed) return result;
    // An odd digit after byte i allows a break between bytes i and i + 1.
    for (int i = kLeftMin - 1; i < n - kRightMin; ++i)
        if (hyphens[i] & 1) result.push_back(i + 1);
    return result;
}

}  // namespace deckpress::text
