// text: Liang's pattern matching straight on the frozen hyphenation tables (no libhyphen copy).
//
// libhyphen needs its tables as its own structures: thawing hyph_en_US.dic's 15,600 states
// into them wrote 750 KB at every start (~190 fresh pages) for a few thousand lookups, each of
// which also ran the compound level and four mallocs. For the words deckpress hyphenates
// (lowercase ASCII letters) the compound level of a dictionary like en_US never matches, so
// only the pattern level's state machine runs, read where the build left it.
#include "text/hyphen_frozen.hpp"

#include <algorithm>
#include <cstring>

namespace deckpress::text::frozen {
namespace {

bool is_lower_letter(unsigned char c) { return c >= 'a' && c <= 'z'; }

/// Whether `text` has a character that is not a lowercase ASCII letter (strstr on a word of
/// such letters can then never find it; an empty string would be found everywhere).
bool holds_non_letter(const char* text) {
    for (; *text; ++text)
        if (!is_lower_letter(static_cast<unsigned char>(*text))) return true;
    return false;
}

bool first_level_ignores_letters(const Dictionary& d) {
    const Level& first = d.levels[0];
    const State& start = d.states[first.first_state];
    if (start.fallback_state != -1) return false;
    for (int t = 0; t < start.num_trans; ++t) {
        unsigned char ch = d.trans[start.first_trans + t].ch;
        if (ch == '.' || is_lower_letter(ch)) return false;
    }
    if (first.nohyphen < 0) return true;
    const char* text = d.strings + first.nohyphen;
    for (int i = 0; i <= first.nohyphenl; ++i, text += std::strlen(text) + 1)
        if (!holds_non_letter(text)) return false;
    return true;
}

/// The bits set in `v`, inline: without -mpopcnt (the Debian baseline), std::popcount is a
/// call into libgcc.
int bits_set(std::uint32_t v) {
    v = v - ((v >> 1) & 0x55555555u);
    v = (v & 0x33333333u) + ((v >> 2) & 0x33333333u);
    return static_cast<int>((((v + (v >> 4)) & 0x0F0F0F0Fu) * 0x01010101u) >> 24);
}

/// The state reached from `state` on `ch` (a lowercase ASCII letter or '.'), following
/// fallbacks (-1: none, start again). The letter bits find the transition without a search.
int next_state(const Dictionary& d, const Level& level, int state, char ch) {
    const int bit = letter_bit(static_cast<unsigned char>(ch));
    const std::uint32_t below = bit >= 0 ? (1u << bit) - 1 : 0;
    while (state != -1) {
        const State& s = d.states[level.first_state + state];
        if (bit >= 0 && ((s.letters >> bit) & 1u)) return d.trans[s.first_trans + bits_set(s.letters & below)].new_state;
        for (int t = bit >= 0 ? s.num_trans : 0; t < s.num_trans; ++t)  // other bytes: a search
            if (static_cast<char>(d.trans[s.first_trans + t].ch) == ch) return d.trans[s.first_trans + t].new_state;
        state = s.fallback_state;
    }
    return -1;
}

}  // namespace

bool matches_letters_directly(const Dictionary& d) {
    if (d.num_levels != 2 || !first_level_ignores_letters(d)) return false;
    const Level& second = d.levels[1];
    for (int i = 0; i < second.num_states; ++i)
        if (d.states[second.first_state + i].repl >= 0) return false;
    return true;
}

// As libhyphen's hnj_hyphen_hyph_ on the second level (".word." through the state machine,
// each matched pattern's digits kept where higher, then shifted by the leading '.'), then
// hnj_hyphen_lhmin and hnj_hyphen_rhmin for a word without digits or multi-byte characters.
void match_letters(const Dictionary& d, std::string_view word, int lhmin, int rhmin, char* digits) {
    const Level& level = d.levels[1];
    const int n = static_cast<int>(word.size());
    char prepared[258];
    char found[258];
    prepared[0] = '.';
    std::memcpy(prepared + 1, word.data(), word.size());
    prepared[n + 1] = '.';
    std::fill_n(found, n + 3, '0');  // a match may end one past the final '.'; never read
    int state = 0;
    for (int i = 0; i < n + 2; ++i) {
        state = next_state(d, level, state, prepared[i]);
        if (state == -1) {
            state = 0;
            continue;
        }
        const State& s = d.states[level.first_state + state];
        if (s.match < 0) continue;
        const char* match = d.strings + s.match;
        const int offset = i + 1 - static_cast<int>(std::strlen(match));
        for (int k = 0; match[k]; ++k)
            if (offset + k >= 0) found[offset + k] = std::max(found[offset + k], match[k]);
    }
    for (int i = 0; i < n; ++i) digits[i] = i < n - 1 ? found[i + 1] : '0';
    const int left = std::max(lhmin, static_cast<int>(d.levels[0].lhmin));
    const int right = std::max(rhmin, static_cast<int>(d.levels[0].rhmin));
    for (int i = 0; i < (left > 0 ? left : 2) - 1 && i < n; ++i) digits[i] = '0';
    for (int i = 0, j = n - 1; i < (right > 0 ? right : 2) && j > 0; ++i, --j) digits[j] = '0';
}

}  // namespace deckpress::text::frozen
