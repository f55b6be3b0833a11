// text: a libhyphen dictionary frozen into plain arrays at build time (src/tools/freeze_hyphen.cpp).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace deckpress::text::frozen {

/// Offsets into Dictionary::strings; -1 stands for a null pointer.
using StringRef = int;

/// One HyphenState of libhyphen, with its transitions as a range of Dictionary::trans:
/// first those on a lowercase ASCII letter or '.', in the order of letter_bit(), then any
/// others in libhyphen's order (a state has at most one transition per character, so the
/// order does not change what libhyphen finds).
struct State {
    StringRef match;
    StringRef repl;
    signed char replindex;
    signed char replcut;
    int fallback_state;
    int num_trans;
    int first_trans;
    /// Bit letter_bit(c) set when the state has a transition on c: the transition is then
    /// the one at first_trans + (the number of lower bits set).
    std::uint32_t letters;
};

/// 0-25 for 'a'-'z', 26 for '.' (the word boundary), -1 for any other byte.
constexpr int letter_bit(unsigned char c) {
    return c >= 'a' && c <= 'z' ? c - 'a' : c == '.' ? 26 : -1;
}

/// One HyphenTrans of libhyphen.
struct Trans {
    unsigned char ch;
    int new_state;
};

/// One HyphenDict of libhyphen (a dictionary is a chain of levels), its states a range of
/// Dictionary::states.
struct Level {
    signed char lhmin, rhmin, clhmin, crhmin;
    StringRef nohyphen;          ///< nohyphenl + 1 strings back to back (libhyphen's NOHYPHEN)
    int nohyphenl;
    StringRef cset;
    int utf8;
    int first_state;
    int num_states;
};

/// A dictionary file as libhyphen loaded it, and the file it was loaded from.
struct Dictionary {
    std::uint64_t source_size;   ///< bytes of the .dic file
    std::uint64_t source_hash;   ///< fingerprint() of its bytes
    const Level* levels;
    int num_levels;              ///< 0 when no dictionary was found at build time
    const State* states;
    const Trans* trans;
    const char* strings;         ///< NUL-terminated strings, back to back
    std::size_t strings_size;    ///< bytes of `strings`
};

/// The system en_US dictionary as found when deckpress was built.
extern const Dictionary kSystemEnUs;

/// Other languages' dictionaries frozen at build time (CMake's DECKPRESS_FROZEN_HYPHEN, none by
/// default): kOthers[0..kNumOthers). Each is used only when a .dic file has its bytes.
extern const Dictionary* const kOthers[];
extern const int kNumOthers;

/// Whether match_letters() gives words of lowercase ASCII letters exactly the points
/// libhyphen's hnj_hyphen_hyphenate3 gives them with this dictionary: two levels, a first
/// (compound) level that no such word can match (no transition on a letter or '.' from its
/// start, NOHYPHEN strings that each hold another character), and no replacement patterns.
/// True for hyph_en_US.dic, whose first level is libhyphen's default one (hyphen, apostrophe).
bool matches_letters_directly(const Dictionary& dictionary);

/// Liang's algorithm on the frozen second level for `word` (1 to 255 lowercase ASCII letters),
/// then libhyphen's left and right minimums: digit i ('0'-'9'; odd allows a break between
/// bytes i and i + 1) into `digits[i]` for i < word.size(), as hnj_hyphen_hyphenate3(first
/// level, word, ..., lhmin, rhmin, lhmin, rhmin) gives them. Needs matches_letters_directly().
void match_letters(const Dictionary& dictionary, std::string_view word, int lhmin, int rhmin, char* digits);

/// The fingerprint of no bytes (FNV-1a's offset basis).
constexpr std::uint64_t kEmptyFingerprint = 0xcbf29ce484222325ull;

/// FNV-1a (64 bit) over 8-byte words, then the last bytes one by one, each step folding the
/// high half back down: tells whether a .dic file is the one that was frozen. Byte by byte,
/// checking the 106 KB en_US file took 0.79 M instructions in every run; a word at a time, 0.23 M
/// (most of it reading the file). A file read in pieces is fingerprinted by passing each piece the fingerprint of those
/// before it; every piece but the last must then be a multiple of 8 bytes long.
inline std::uint64_t fingerprint(std::string_view bytes, std::uint64_t hash = kEmptyFingerprint) {
    constexpr std::uint64_t kPrime = 0x100000001b3ull;
    auto step = [&](std::uint64_t value) {
        hash = (hash ^ value) * kPrime;
        hash ^= hash >> 32;
    };
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t word;
        std::memcpy(&word, bytes.data() + i, sizeof word);
        step(word);
    }
    for (; i < bytes.size(); ++i) step(static_cast<unsigned char>(bytes[i]));
    return hash;
}

}  // namespace deckpress::text::frozen
