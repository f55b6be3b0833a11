// bank: UTF-8 validation with positions, and repair of UTF-8 that was decoded as cp1252.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace deckpress::utf8 {

/// Where and why a text is not valid UTF-8 (line and column count from 1, in characters).
struct Invalid {
    int line = 0;
    int column = 0;
    std::string message;
};

/// Whether `text` was saved as UTF-16 (editors on Windows call it "Unicode"): it starts with a
/// UTF-16 byte-order mark, or its first character has a NUL byte on one side only.
bool looks_like_utf16(std::string_view text);

/// The first invalid UTF-8 sequence, NUL byte or control character (other than tab and line
/// breaks) in `text`, or nullopt when it is clean.
std::optional<Invalid> find_invalid(std::string_view text);

/// Repairs mojibake: runs of characters that are the cp1252/latin-1 reading of UTF-8 bytes
/// ("â€”" -> "—", "Ã©" -> "é", "â€\u009d" -> "”"). A run is replaced only when its bytes form
/// one valid multi-byte UTF-8 character, so ordinary accented text is left alone. Repeats
/// for text that was mis-decoded twice. `repairs` (optional) receives the number of fixes.
std::string repair_mojibake(std::string_view text, int* repairs = nullptr);

}  // namespace deckpress::utf8
