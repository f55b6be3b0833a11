// text: Liang's patterns (libhyphen) on words in any alphabet, converted to the dictionary's encoding.
#include "text/hyphen_foreign.hpp"

#include <iconv.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <stdexcept>

#include "core/utf8.hpp"

namespace deckpress::text {
namespace {

/// libhyphen's words are at most this many bytes; a longer one is not a word worth a hyphen.
constexpr std::size_t kMaxEncodedBytes = 250;
/// Characters of one part; longer "words" are tokens or garbage.
constexpr int kMaxLetters = 64;

/// The characters of bytes 0x80-0xFF in the 8-bit `charset` (iconv's names: "ISO8859-1",
/// "KOI8-R"), each with its byte, sorted by character. Throws when iconv does not know it.
std::vector<std::pair<char32_t, unsigned char>> high_half(const std::string& charset) {
    iconv_t cd = iconv_open("UTF-8", charset.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1))
        throw std::runtime_error("unknown hyphenation dictionary encoding " + charset);
    std::vector<std::pair<char32_t, unsigned char>> out;
    for (int b = 0x80; b <= 0xFF; ++b) {
        char in[1] = {static_cast<char>(b)};
        char utf8[8] = {};
        char* from = in;
        char* to = utf8;
        std::size_t in_left = 1, out_left = sizeof utf8;
        iconv(cd, nullptr, nullptr, nullptr, nullptr);  // a fresh state for each byte
        if (iconv(cd, &from, &in_left, &to, &out_left) == static_cast<std::size_t>(-1)) continue;  // unassigned
        std::size_t at = 0;
        out.emplace_back(next_codepoint({utf8, static_cast<std::size_t>(to - utf8)}, at), static_cast<unsigned char>(b));
    }
    iconv_close(cd);
    std::sort(out.begin(), out.end());
    return out;
}

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

/// The dictionary frozen at build time that may have been made from the file at `path` (the
/// same size; HyphenDictionary compares the bytes), else the en_US one, which no other
/// language's file matches: libhyphen then loads the file.
const frozen::Dictionary& frozen_candidate(const std::string& path) {
    std::error_code ec;
    const std::uintmax_t size = std::filesystem::file_size(path, ec);
    for (int i = 0; !ec && i < frozen::kNumOthers; ++i)
        if (frozen::kOthers[i]->num_levels > 0 && frozen::kOthers[i]->source_size == size) return *frozen::kOthers[i];
    return frozen::kSystemEnUs;
}

}  // namespace

char32_t lowercase(char32_t c) {
    if (c >= 'A' && c <= 'Z') return c + 32;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;               // Latin-1
    if ((c >= 0x100 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) return c | 1;  // Latin Extended-A pairs
    if ((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) return c & 1 ? c + 1 : c;
    if (c == 0x178) return 0xFF;    // Ÿ
    if (c == 0x1E9E) return 0xDF;   // capital sharp s
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;            // Greek
    if (c >= 0x410 && c <= 0x42F) return c + 32;                           // Cyrillic А-Я
    if (c >= 0x400 && c <= 0x40F) return c + 80;                           // Cyrillic Ѐ-Џ (Ё)
    return c;
}

bool is_word_letter(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F && c != 0xF7) || (c >= 0x3AC && c <= 0x3CE) ||
           (c >= 0x430 && c <= 0x45F) || (c >= 0x1E00 && c <= 0x1EFF);
}

ForeignDictionary::ForeignDictionary(const std::string& path) : dictionary_(path, frozen_candidate(path)) {
    const HyphenDict* dict = dictionary_.get();
    utf8_ = dict->utf8 != 0;
    if (!utf8_) high_ = high_half(std::string(dict->cset, strnlen(dict->cset, sizeof dict->cset)));
}

bool ForeignDictionary::encode(char32_t c, std::string& out) const {
    if (utf8_ || c < 0x80) {
        if (utf8_) append_utf8(out, c);
        else out += static_cast<char>(c);
        return true;
    }
    auto found = std::lower_bound(high_.begin(), high_.end(), std::pair<char32_t, unsigned char>{c, 0});
    if (found == high_.end() || found->first != c) return false;
    out += static_cast<char>(found->second);
    return true;
}

void ForeignDictionary::points(std::string_view word, int min_letters, int left, int right,
                               std::vector<int>& points) const {
    std::size_t begin = 0;
    for (std::size_t at = 0; at < word.size();) {
        std::size_t start = at;
        if (is_apostrophe(next_codepoint(word, at))) {
            part_points(word, begin, start, min_letters, left, right, points);
            begin = at;
        }
    }
    part_points(word, begin, word.size(), min_letters, left, right, points);
}

void ForeignDictionary::part_points(std::string_view word, std::size_t begin, std::size_t end, int min_letters,
                                    int left, int right, std::vector<int>& points) const {
    std::string encoded;
    int ends[kMaxLetters];  // the byte after each letter, in `word`
    int letters = 0;
    for (std::size_t at = begin; at < end;) {
        char32_t c = lowercase(next_codepoint(word.substr(0, end), at));
        if (letters == kMaxLetters || !is_word_letter(c) || !encode(c, encoded)) return;
        ends[letters++] = static_cast<int>(at);
    }
    if (letters < min_letters || encoded.size() > kMaxEncodedBytes) return;
    char digits[kMaxEncodedBytes + 1];
    if (!dictionary_.hyphenate_letters(encoded, left, right, digits)) return;
    // Digits are per character (libhyphen counts UTF-8 characters, not bytes): an odd one
    // after letter i allows a break after it.
    for (int i = left - 1; i < letters - right; ++i)
        if (digits[i] & 1) points.push_back(ends[i]);
}

}  // namespace deckpress::text
