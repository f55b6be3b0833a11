// bank: UTF-8 validation with positions, and repair of UTF-8 that was decoded as cp1252.
#include "bank/utf8.hpp"

#include "core/utf8.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

namespace deckpress::utf8 {
namespace {

/// Decodes one code point at `i`; returns its length, or 0 when the sequence is invalid
/// (bad lead byte, missing continuation, overlong form, surrogate, beyond U+10FFFF).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    auto b = static_cast<unsigned char>(s[i]);
    std::size_t len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        auto c = static_cast<unsigned char>(s[i + k]);
        if ((c & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (c & 0x3F);
    }
    static constexpr std::array<char32_t, 5> min_for_len = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

/// cp1252 bytes 0x80-0x9F as Unicode; 0 marks the five bytes cp1252 leaves undefined
/// (decoders pass those through as U+0081 etc., which the latin-1 rule covers).
constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/// The byte a character had before it was mis-decoded as cp1252/latin-1, or -1.
int original_byte(char32_t cp) {
    if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
    for (std::size_t i = 0; i < kCp1252High.size(); ++i)
        if (kCp1252High[i] == cp && cp != 0) return static_cast<int>(0x80 + i);
    return -1;
}

struct Decoded {
    char32_t cp;
    std::size_t offset;  ///< byte offset in the source
    std::size_t size;
};

std::vector<Decoded> decode_all(std::string_view s) {
    std::vector<Decoded> out;
    for (std::size_t i = 0; i < s.size();) {
        char32_t cp = 0;
        std::size_t len = decode(s, i, cp);
        if (len == 0) {  // an invalid byte is kept as is and never part of a repair
            len = 1;
            cp = 0xFFFD;
        }
        out.push_back({cp, i, len});
        i += len;
    }
    return out;
}

/// If the characters starting at `k` are one mis-decoded UTF-8 sequence, its length in
/// characters (2-4) and the character it stood for.
std::size_t mojibake_at(const std::vector<Decoded>& chars, std::size_t k, char32_t& fixed) {
    int lead = original_byte(chars[k].cp);
    if (lead < 0xC2 || lead > 0xF4) return 0;
    std::size_t len = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    if (k + len > chars.size()) return 0;
    std::string bytes(1, static_cast<char>(lead));
    for (std::size_t j = 1; j < len; ++j) {
        int b = original_byte(chars[k + j].cp);
        if (b < 0x80 || b > 0xBF) return 0;
        bytes += static_cast<char>(b);
    }
    return decode(bytes, 0, fixed) == len ? len : 0;
}

std::string repair_once(std::string_view text, int& repairs) {
    std::vector<Decoded> chars = decode_all(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t k = 0; k < chars.size();) {
        char32_t fixed = 0;
        if (std::size_t len = mojibake_at(chars, k, fixed)) {
            append_utf8(out, fixed);
            ++repairs;
            k += len;
        } else {
            out.append(text.substr(chars[k].offset, chars[k].size));
            ++k;
        }
    }
    return out;
}

/// A C0 or C1 control character other than tab and the line breaks, or DEL: nothing a text
/// file means to show (YAML allows none of them unescaped).
bool is_control(char32_t cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r') || (cp >= 0x7F && cp <= 0x9F);
}

/// The problem at byte `offset`, with its line and column (in characters) counted in the
/// valid text before it.
Invalid invalid_at(std::string_view text, std::size_t offset, std::string message) {
    std::string_view before = text.substr(0, offset);
    const std::size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0
    int column = 1;
    for (std::size_t i = line_start; i < offset; ++i)
        column += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 ? 1 : 0;
    const auto line = 1 + std::count(before.begin(), before.end(), '\n');
    return Invalid{static_cast<int>(line), column, std::move(message)};
}

}  // namespace

bool looks_like_utf16(std::string_view text) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return true;
    return text.size() >= 2 && (text[0] == '\0') != (text[1] == '\0');
}

std::optional<Invalid> find_invalid(std::string_view text) {
    for (std::size_t i = skip_printable_ascii(text, 0); i < text.size(); i = skip_printable_ascii(text, i)) {
        char32_t cp = 0;
        const std::size_t len = decode(text, i, cp);
        if (len == 0)
            return invalid_at(text, i, fmt::format("invalid UTF-8 (byte 0x{:02X}); save the file as UTF-8",
                                                   static_cast<unsigned char>(text[i])));
        if (cp == 0) return invalid_at(text, i, "NUL byte in text file");
        if (is_control(cp))
            return invalid_at(text, i, fmt::format("control character U+{:04X} in text file; remove it",
                                                   static_cast<std::uint32_t>(cp)));
        i += len;
    }
    return std::nullopt;
}

std::string repair_mojibake(std::string_view text, int* repairs) {
    int count = 0;
    std::string current(text);
    // Text mis-decoded twice needs two rounds; three is a safe bound that always ends.
    for (int round = 0; round < 3; ++round) {
        int before = count;
        current = repair_once(current, count);
        if (count == before) break;
    }
    if (repairs) *repairs = count;
    return current;
}

}  // namespace deckpress::utf8
