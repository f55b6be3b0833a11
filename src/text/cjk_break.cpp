// text: a small table of UAX #14 line break classes for CJK text and the rule between them.
#include "text/cjk_break.hpp"

#include <algorithm>
#include <iterator>

namespace deckpress::text::detail {
namespace {

/// The UAX #14 classes this rule tells apart; Other covers every non-CJK character.
enum class CjkClass { Other, Ideographic, Closing, Opening };

/// Closing punctuation (CL, EX, IS) and non-starters (NS: small kana, iteration marks, the
/// prolonged sound mark, the middle dot), CJK and fullwidth: no break before them.
constexpr char32_t kClosing[] = {
    0x3001, 0x3002, 0x3005, 0x3009, 0x300B, 0x300D, 0x300F, 0x3011, 0x3015, 0x3017, 0x3019,
    0x301B, 0x301E, 0x301F, 0x303B, 0x3041, 0x3043, 0x3045, 0x3047, 0x3049, 0x3063, 0x3083,
    0x3085, 0x3087, 0x308E, 0x3095, 0x3096, 0x3099, 0x309A, 0x309B, 0x309C, 0x309D, 0x309E,
    0x30A0, 0x30A1, 0x30A3, 0x30A5, 0x30A7, 0x30A9, 0x30C3, 0x30E3, 0x30E5, 0x30E7, 0x30EE,
    0x30F5, 0x30F6, 0x30FB, 0x30FC, 0x30FD, 0x30FE, 0xFE50, 0xFE52, 0xFF01, 0xFF09, 0xFF0C,
    0xFF0E, 0xFF1A, 0xFF1B, 0xFF1F, 0xFF3D, 0xFF5D, 0xFF60, 0xFF61, 0xFF63, 0xFF64, 0xFF65,
    0xFF9E, 0xFF9F,
};

/// Opening punctuation (OP), CJK and fullwidth: no break after them.
constexpr char32_t kOpening[] = {
    0x3008, 0x300A, 0x300C, 0x300E, 0x3010, 0x3014, 0x3016, 0x3018, 0x301A, 0x301D,
    0xFF08, 0xFF3B, 0xFF5B, 0xFF5F, 0xFF62,
};

/// Blocks whose other characters are ideographic (ID): CJK radicals and ideographs, kana,
/// bopomofo, hangul syllables, fullwidth forms, the supplementary ideograph planes. (Conjoining
/// jamo are left out: they spell one syllable together.)
constexpr char32_t kIdeographic[][2] = {
    {0x2E80, 0x2FFF}, {0x3000, 0x303F}, {0x3040, 0x30FF}, {0x3100, 0x31FF},
    {0x3200, 0x4DBF}, {0x4E00, 0x9FFF}, {0xA960, 0xA97F}, {0xAC00, 0xD7A3}, {0xF900, 0xFAFF},
    {0xFE30, 0xFE4F}, {0xFF01, 0xFF60}, {0x20000, 0x3FFFD},
};

bool listed(const char32_t* begin, const char32_t* end, char32_t cp) { return std::binary_search(begin, end, cp); }

CjkClass class_of(char32_t cp) {
    if (cp < kFirstCjk) return CjkClass::Other;  // Latin, Greek, Cyrillic...: most text stops here
    if (listed(std::begin(kClosing), std::end(kClosing), cp)) return CjkClass::Closing;
    if (listed(std::begin(kOpening), std::end(kOpening), cp)) return CjkClass::Opening;
    for (const auto& block : kIdeographic)
        if (cp >= block[0] && cp <= block[1]) return CjkClass::Ideographic;
    return CjkClass::Other;
}

/// ASCII punctuation that closes (CL, CP, EX, IS) or opens (OP): the same rule holds for it
/// beside CJK text ("缓存," never starts a line with the comma).
bool ascii_closing(char32_t cp) {
    return cp == ',' || cp == '.' || cp == '!' || cp == '?' || cp == ')' || cp == ']' || cp == '}' ||
           cp == ':' || cp == ';' || cp == '%';
}
bool ascii_opening(char32_t cp) { return cp == '(' || cp == '[' || cp == '{'; }

}  // namespace

bool cjk_break_between(char32_t before, char32_t after) {
    if (before < kFirstCjk && after < kFirstCjk) return false;  // no CJK on either side
    const CjkClass a = class_of(before);
    const CjkClass b = class_of(after);
    if (a == CjkClass::Other && b == CjkClass::Other) return false;
    if (b == CjkClass::Closing || ascii_closing(after)) return false;  // UAX #14 LB13, LB21
    if (a == CjkClass::Opening || ascii_opening(before)) return false; // LB14
    return true;  // LB31 beside ID, after CL (LB30 does not apply to ID)
}

}  // namespace deckpress::text::detail
