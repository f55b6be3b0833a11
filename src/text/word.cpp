// text: break opportunities inside a word (hyphenation, long tokens) and its boxes in font units.
#include "text/word.hpp"

#include <algorithm>

#include "text/cjk_break.hpp"

namespace deckpress::text::detail {
namespace {

// Penalties, on the paper's scale where 10000 forbids a break.
constexpr double kHyphenPenalty = 50;     ///< TeX's \hyphenpenalty and \exhyphenpenalty
constexpr double kTokenPenalty = 150;     ///< inside URLs, paths, dotted names: worse than a hyphen
constexpr double kZeroWidthSpacePenalty = 0;
constexpr double kCjkPenalty = 0;         ///< as free as a space: CJK text breaks there
constexpr double kHangulPenalty = 50;     ///< inside a Korean word: as costly as a hyphen

/// Token break characters: a break may follow a run of these inside a word.
bool breaks_after(char32_t cp) {
    return cp == '/' || cp == '.' || cp == '_' || cp == '-' || cp == '?' || cp == '&' ||
           cp == '=' || cp == ':';
}

bool is_alnum(char32_t c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool is_letter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

/// Whether glyph `i` follows a decimal point or separator inside a number ("3.0", "10:30",
/// "1.2.3"), which a token break would cut into two numbers.
bool inside_number(const std::vector<Glyph>& glyphs, int i) {
    const auto cp = [&](int k) { return glyphs[static_cast<std::size_t>(k)].cp; };
    return i >= 2 && is_digit(cp(i)) && (cp(i - 1) == '.' || cp(i - 1) == ':') && is_digit(cp(i - 2));
}

/// A letter of an alphabetic script (Latin, Greek, Cyrillic), where a word cut in the middle
/// needs a hyphen to read as one word (CJK lines break between characters without one).
bool is_alphabetic(char32_t c) {
    if (is_letter(c)) return true;
    if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;  // Latin-1 and Extended-A/B; no x ÷
    if (c >= 0x386 && c <= 0x3FF) return c != 0x387;              // Greek, without its ano teleia
    return (c >= 0x400 && c <= 0x52F) ||                         // Cyrillic
           (c >= 0x1E00 && c <= 0x1FFF);                         // Latin and Greek extended
}

/// Whether the word is prose (letters, apostrophes and hyphens between its first and last
/// letter, no digit) rather than a token (URL, path, identifier, number), which a hyphen
/// would corrupt.
bool is_prose_word(const std::vector<Glyph>& glyphs) {
    for (const Glyph& g : glyphs)
        if (g.cp >= '0' && g.cp <= '9') return false;
    std::size_t first = 0, last = glyphs.size();
    while (first < glyphs.size() && !is_alphabetic(glyphs[first].cp)) ++first;
    while (last > first && !is_alphabetic(glyphs[last - 1].cp)) --last;
    for (std::size_t i = first; i < last; ++i) {
        char32_t c = glyphs[i].cp;
        if (!is_alphabetic(c) && c != '-' && c != '\'' && c != 0x2019 && c != 0xAD) return false;
    }
    return first < last;
}

/// A character of a URL, path, e-mail address or identifier ("mem#section-the-happens-before"):
/// a word holding one inside gets no hyphens of its own.
bool is_token_character(char32_t c) {
    return c == '/' || c == '\\' || c == '@' || c == '_' || c == '=' || c == '&' || c == '?' || c == '#' ||
           c == '.' || c == ':' || c == '~' || c == '%' || c == '+';
}

/// Liang's patterns on each hyphen-separated part of the word's core [begin, end).
void hyphenation_breaks(std::string_view word, int begin, int end, Hyphenator& hyphenator,
                        std::vector<WordBreak>& breaks) {
    for (int part = begin; part < end;) {
        int stop = part;
        while (stop < end && word[static_cast<std::size_t>(stop)] != '-') ++stop;
        std::string_view piece = word.substr(static_cast<std::size_t>(part), static_cast<std::size_t>(stop - part));
        for (int offset : hyphenator.points(piece))
            breaks.push_back({part + offset, kHyphenPenalty, true, true, false});
        part = stop + 1;
    }
}

/// Liang's patterns on the word's core: from its first to its last letter or digit, of any
/// alphabet ("Übergröße", "слово"), leading and trailing punctuation left out. Only the
/// glyphs outside [first_alnum, last_alnum] (its ASCII letters and digits) need a look.
void hyphenate_core(const std::vector<Glyph>& glyphs, std::string_view word, int first_alnum, int last_alnum,
                    Hyphenator& hyphenator, std::vector<WordBreak>& breaks) {
    auto letter = [&](int i) { return is_alphabetic(glyphs[static_cast<std::size_t>(i)].cp); };
    int first = 0;
    while (first < first_alnum && !letter(first)) ++first;
    int last = static_cast<int>(glyphs.size()) - 1;
    while (last > last_alnum && last >= first && !letter(last)) --last;
    if (first > last) return;
    hyphenation_breaks(word, glyphs[static_cast<std::size_t>(first)].begin,
                       glyphs[static_cast<std::size_t>(last)].end, hyphenator, breaks);
}

/// The breaks beside CJK text (see cjk_break_between).
void cjk_breaks(const std::vector<Glyph>& glyphs, std::vector<WordBreak>& breaks) {
    for (std::size_t i = 1; i < glyphs.size(); ++i) {
        const char32_t before = glyphs[i - 1].cp, after = glyphs[i].cp;
        if (!cjk_break_between(before, after)) continue;
        bool korean = hangul_syllable(before) && hangul_syllable(after);
        breaks.push_back({glyphs[i].begin, korean ? kHangulPenalty : kCjkPenalty, false, false, true});
    }
}

/// Sorts breaks by position and keeps the lowest penalty at each position. The breaks come
/// in sorted runs (token breaks, CJK breaks, hyphenation points), at most one of them long, so
/// an insertion sort is linear and allocates nothing.
void sort_unique(std::vector<WordBreak>& breaks) {
    auto before = [](const WordBreak& a, const WordBreak& b) {
        return a.at != b.at ? a.at < b.at : a.penalty < b.penalty;
    };
    for (std::size_t i = 1; i < breaks.size(); ++i)
        for (std::size_t k = i; k > 0 && before(breaks[k], breaks[k - 1]); --k)
            std::swap(breaks[k], breaks[k - 1]);
    breaks.erase(std::unique(breaks.begin(), breaks.end(),
                             [](const WordBreak& a, const WordBreak& b) { return a.at == b.at; }),
                 breaks.end());
}

/// Calls `piece(first, end, units)` for each piece of glyphs between breaks.
template <typename F>
void for_each_piece(const std::vector<Glyph>& glyphs, const std::vector<WordBreak>& breaks, F piece) {
    std::size_t next = 0;
    std::size_t first = 0;
    long units = 0;
    const std::size_t n = glyphs.size();
    for (std::size_t i = 0; i <= n; ++i) {
        bool boundary = i == n || (next < breaks.size() && breaks[next].at == glyphs[i].begin);
        if (boundary) {
            piece(first, i, units);
            first = i;
            units = 0;
            if (i < n && next < breaks.size() && breaks[next].at == glyphs[i].begin) ++next;
        }
        if (i < n) units += glyphs[i].units;
    }
}

}  // namespace

void word_breaks(const std::vector<Glyph>& glyphs, std::string_view word, bool code,
                 Hyphenator* hyphenator, std::vector<WordBreak>& breaks) {
    breaks.clear();
    const int n = static_cast<int>(glyphs.size());
    int first_alnum = n;
    int last_alnum = -1;
    char32_t bits = 0;  // every code point or-ed: at least the highest
    for (int i = 0; i < n; ++i) {
        const char32_t cp = glyphs[static_cast<std::size_t>(i)].cp;
        bits |= cp;
        if (is_alnum(cp)) {
            first_alnum = std::min(first_alnum, i);
            last_alnum = i;
        }
    }
    bool token = false;  // a URL, path or identifier: no hyphenation inside
    for (int i = 0; i < n; ++i) {
        const Glyph& g = glyphs[static_cast<std::size_t>(i)];
        if (g.cp == 0xAD) breaks.push_back({g.begin, kHyphenPenalty, true, true, false});
        if (g.cp == 0x200B) breaks.push_back({g.begin, kZeroWidthSpacePenalty, false, false, false});
        if (i <= first_alnum || i > last_alnum) continue;  // keep leading/trailing punctuation
        token = token || is_token_character(g.cp);
        const Glyph& prev = glyphs[static_cast<std::size_t>(i) - 1];
        // A token break leaves at least two characters on each side: "m/s" and "f(x)" stay
        // whole (a word wider than its line still breaks anywhere).
        const bool room = i - first_alnum >= 2 && last_alnum - i + 1 >= 2;
        if (room && breaks_after(prev.cp) && !breaks_after(g.cp) && !inside_number(glyphs, i)) {
            bool compound = !code && prev.cp == '-' && i >= 2 &&
                            is_letter(glyphs[static_cast<std::size_t>(i) - 2].cp) && is_letter(g.cp);
            // "non-blocking" breaks like a hyphenated word; URLs and paths less willingly.
            breaks.push_back({g.begin, compound ? kHyphenPenalty : kTokenPenalty, compound, false, false});
        }
        if (room && g.cp == '(' && !breaks_after(prev.cp)) breaks.push_back({g.begin, kTokenPenalty, false, false, false});
    }
    if (bits >= kFirstCjk) cjk_breaks(glyphs, breaks);  // most words: no CJK break to look for
    if (!code && hyphenator && !token) hyphenate_core(glyphs, word, first_alnum, last_alnum, *hyphenator, breaks);
    sort_unique(breaks);
}

void anywhere_breaks(const std::vector<Glyph>& glyphs, bool code, double size, double hyphen_width,
                     double min_width, std::vector<WordBreak>& breaks, std::vector<WordBreak>& extra) {
    extra.clear();
    const bool prose = !code && is_prose_word(glyphs);
    std::size_t ending = 0;  // the break each piece ends at, in order; none after the last piece
    for_each_piece(glyphs, breaks, [&](std::size_t first, std::size_t end, long units) {
        // Only a piece that ends at a hyphenation point carries a hyphen: a whole word exactly
        // as wide as the line (a table column fitted to its longest word) fits as it is.
        const bool hyphenated = end < glyphs.size() && ending < breaks.size() && breaks[ending++].hyphen;
        if (to_points(units, size) + (hyphenated ? hyphen_width : 0) > min_width)
            for (std::size_t k = first + 1; k < end; ++k) {
                // A prose word cut between two letters shows it goes on, as a hyphenated one does.
                bool hyphen = prose && is_alphabetic(glyphs[k - 1].cp) && is_alphabetic(glyphs[k].cp);
                extra.push_back({glyphs[k].begin, kAnywherePenalty, false, hyphen, false});
            }
    });
    if (extra.empty()) return;
    std::size_t middle = breaks.size();
    breaks.insert(breaks.end(), extra.begin(), extra.end());
    std::inplace_merge(breaks.begin(), breaks.begin() + static_cast<std::ptrdiff_t>(middle), breaks.end(),
                       [](const WordBreak& a, const WordBreak& b) { return a.at < b.at; });
}

long widest_piece(const std::vector<Glyph>& glyphs, const std::vector<WordBreak>& breaks) {
    long widest = -1;
    for_each_piece(glyphs, breaks, [&](std::size_t first, std::size_t end, long units) {
        if (end > first + 1) widest = std::max(widest, units);
    });
    return widest;
}

void word_items(const std::vector<Glyph>& glyphs, const std::vector<WordBreak>& breaks,
                std::vector<WordItem>& items) {
    WordItem box;
    auto flush = [&] {
        if (box.font >= 0 && box.end > box.begin) items.push_back(box);
        box = WordItem{};
    };
    std::size_t next = 0;
    // A break before the word's first character would end a line with a space.
    while (next < breaks.size() && !glyphs.empty() && breaks[next].at <= glyphs[0].begin) ++next;
    for (const Glyph& g : glyphs) {
        if (next < breaks.size() && breaks[next].at == g.begin) {
            flush();
            const WordBreak& b = breaks[next++];
            WordItem brk;
            brk.is_break = true;
            brk.penalty = b.penalty;
            brk.flagged = b.flagged;
            brk.hyphen = b.hyphen;
            brk.glue = b.glue;
            items.push_back(brk);
        }
        if (g.font < 0) {
            flush();
            continue;
        }
        if (g.font != box.font) {
            flush();
            box.font = g.font;
            box.begin = g.begin;
        }
        box.end = g.end;
        box.units += g.units;
    }
    flush();
}

void missing_of(const std::vector<Glyph>& glyphs, std::vector<char32_t>& missing) {
    for (const Glyph& g : glyphs)
        if (g.font < 0 && !g.silent) missing.push_back(g.cp);
}

}  // namespace deckpress::text::detail
