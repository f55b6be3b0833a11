// core: where a character of a text taken from a file is in that file.
#include "core/source_text.hpp"

#include <algorithm>
#include <string>

#include "core/utf8.hpp"

namespace deckpress {
namespace {

/// The exact file position of byte `at` of the text, if a piece of the map holds it.
std::optional<SourceLoc> place_of_byte(const SourceText& source, std::size_t at) {
    const std::string_view before = source.text.substr(0, at);
    const std::size_t line_start = before.rfind('\n') + 1;  // npos + 1 == 0: the first line
    const int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    const int column = static_cast<int>(at - line_start) + 1;
    // locate() answers its `start` when no piece holds the byte: a start on line 0 tells.
    SourceLoc found = locate(*source.map, {source.start.file, 0, 0}, line, column);
    if (found.line <= 0) return std::nullopt;
    return found;
}

bool before(const SourceLoc& a, const SourceLoc& b) {
    if (a.file != b.file) return false;
    return a.line < b.line || (a.line == b.line && a.column < b.column);
}

}  // namespace

std::optional<SourceLoc> first_place(const SourceText& source, char32_t cp, const SourceLoc& from) {
    if (source.map == nullptr || source.start.line <= 0) return std::nullopt;
    std::string encoded;
    append_utf8(encoded, cp);
    for (std::size_t at = source.text.find(encoded); at != std::string_view::npos;
         at = source.text.find(encoded, at + encoded.size())) {
        std::optional<SourceLoc> place = place_of_byte(source, at);
        if (place && !before(*place, from)) return place;
    }
    return std::nullopt;
}

}  // namespace deckpress
