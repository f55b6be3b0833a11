// bank: YAML scalar emission (plain, double-quoted or literal block) for generated banks.
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "bank/yaml_tree.hpp"
#include "core/ascii.hpp"

namespace deckpress::yaml {
namespace {

bool is_ascii_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

/// Characters a literal block cannot hold verbatim: control characters other than tab and
/// newline, and the Unicode line breaks YAML would normalise (NEL U+0085, U+2028, U+2029).
bool has_unprintable(std::string_view s) {
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) return true;
        if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) return true;
        if (s.substr(i, 3) == "\xE2\x80\xA8" || s.substr(i, 3) == "\xE2\x80\xA9") return true;
        if (s.substr(i, 3) == "\xEF\xBB\xBF") return true;  // BOM
    }
    return false;
}

/// Plain scalars are used only for a conservative set of texts that no YAML reader could
/// take for anything but the same string.
bool plain_is_safe(std::string_view s) {
    static constexpr std::array<std::string_view, 11> kReserved = {
        "null", "true", "false", "yes", "no", "on", "off", "y", "n", "~", ".nan"};
    const std::string low = ascii_lower(s);
    if (std::find(kReserved.begin(), kReserved.end(), low) != kReserved.end()) return false;
    if (s.empty() || !is_ascii_alnum(s.front()) || s.back() == ' ' || s.back() == ':') return false;
    if (s.find(": ") != std::string_view::npos || has_unprintable(s)) return false;
    for (char c : s) {
        bool ok = is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80 ||
                  std::string_view(" _.,()/'?!-+%$=;").find(c) != std::string_view::npos;
        if (!ok) return false;
    }
    return true;
}

std::string double_quoted(std::string_view s) {
    std::string out = "\"";
    for (std::size_t i = 0; i < s.size(); ++i) {
        auto c = static_cast<unsigned char>(s[i]);
        switch (c) {
            case '"': out += "\\\""; break;
            case '\\': out += "\\\\"; break;
            case '\n': out += "\\n"; break;
            case '\t': out += "\\t"; break;
            case '\r': out += "\\r"; break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    out += fmt::format("\\x{:02X}", c);
                } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0x9F) {
                    out += fmt::format("\\u{:04X}", static_cast<unsigned char>(s[++i]));
                } else if (s.substr(i, 3) == "\xE2\x80\xA8" || s.substr(i, 3) == "\xE2\x80\xA9") {
                    out += s[i + 2] == '\xA8' ? "\\L" : "\\P";
                    i += 2;
                } else if (s.substr(i, 3) == "\xEF\xBB\xBF") {
                    out += "\\uFEFF";
                    i += 2;
                } else {
                    out += static_cast<char>(c);
                }
        }
    }
    return out + "\"";
}

/// A literal block keeps text verbatim unless a line is blank-but-not-empty or the text
/// starts with a space (both would need an indentation indicator, which depends on the
/// parent's indentation).
bool literal_is_safe(std::string_view s) {
    if (has_unprintable(s)) return false;
    std::size_t start = 0;
    bool first_content = true;
    while (start <= s.size()) {
        std::size_t end = std::min(s.find('\n', start), s.size());
        std::string_view line = s.substr(start, end - start);
        bool blank = line.find_first_not_of(" \t") == std::string_view::npos;
        if (blank && !line.empty()) return false;
        if (!blank && first_content) {
            if (line.front() == ' ' || line.front() == '\t') return false;
            first_content = false;
        }
        start = end + 1;
    }
    return !first_content;
}

std::string literal_block(std::string_view s, int indent) {
    std::size_t body_end = s.find_last_not_of('\n') + 1;
    std::size_t trailing = s.size() - body_end;
    std::string out = trailing == 0 ? "|-\n" : trailing == 1 ? "|\n" : "|+\n";
    std::string pad(static_cast<std::size_t>(indent), ' ');
    std::string_view body = s.substr(0, body_end);
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = std::min(body.find('\n', start), body.size());
        std::string_view line = body.substr(start, end - start);
        out += line.empty() ? "\n" : pad + std::string(line) + "\n";
        start = end + 1;
    }
    for (std::size_t k = 1; k < trailing; ++k) out += "\n";
    out.pop_back();  // the caller ends the line
    return out;
}

}  // namespace

std::string emit_scalar(const std::string& text, int indent) {
    if (text.find('\n') != std::string::npos && literal_is_safe(text))
        return literal_block(text, std::max(indent, 1));
    if (plain_is_safe(text)) return text;
    return double_quoted(text);
}

}  // namespace deckpress::yaml
