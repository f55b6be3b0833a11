// text: line break opportunities beside Chinese, Japanese and Korean characters (internal).
#pragma once

namespace deckpress::text::detail {

/// The first code point of the CJK blocks (CJK radicals): text below it never breaks here.
constexpr char32_t kFirstCjk = 0x2E80;

/// Whether a line may break between `before` and `after` because one of them is CJK text,
/// which has no spaces: after the rules of UAX #14 (Unicode Line Breaking Algorithm) for its
/// classes ID (ideographs, kana, hangul syllables: a break on either side), CL and NS (closing
/// punctuation, small kana, the prolonged sound mark: never at a line's start, so no line
/// starts with "。" or "、") and OP (opening brackets: never at a line's end). Latin text
/// never breaks here: one of the two characters must be CJK.
bool cjk_break_between(char32_t before, char32_t after);

/// A Hangul syllable: Korean puts spaces between its words, so a break between two syllables
/// is taken only where a space would not do.
inline bool hangul_syllable(char32_t cp) { return cp >= 0xAC00 && cp <= 0xD7A3; }

}  // namespace deckpress::text::detail
