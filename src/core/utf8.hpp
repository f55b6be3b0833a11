// core: UTF-8 decoding helpers (invalid bytes decode to U+FFFD).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace deckpress {

/// next_codepoint for a lead byte of 0x80 or more.
char32_t next_multibyte_codepoint(std::string_view text, std::size_t& pos);

/// Decodes the code point starting at `pos` and advances `pos` past it. Invalid or truncated
/// sequences yield U+FFFD and advance by one byte. ASCII, most text, is decoded inline: the
/// call per character was ~0.7 M instructions of a tablet reader.
inline char32_t next_codepoint(std::string_view text, std::size_t& pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    if (lead >= 0x80) return next_multibyte_codepoint(text, pos);
    ++pos;
    return lead;
}

/// Appends `cp` encoded as UTF-8.
void append_utf8(std::string& out, char32_t cp);

/// The first offset at or after `pos` whose byte is NUL or not ASCII (text.size() if none):
/// eight bytes at a time, for the scans that only stop at such bytes.
std::size_t skip_plain_ascii(std::string_view text, std::size_t pos);

/// The first offset at or after `pos` whose byte is not printable ASCII (a control character,
/// DEL or a non-ASCII byte; text.size() if none): eight bytes at a time.
std::size_t skip_printable_ascii(std::string_view text, std::size_t pos);

/// True when `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

/// Calls `fn` with each code point of `text`, decoded as next_codepoint decodes.
template <class Fn>
void for_each_codepoint(std::string_view text, Fn&& fn) {
    std::size_t pos = 0;
    while (pos < text.size()) fn(next_codepoint(text, pos));
}

}  // namespace deckpress
