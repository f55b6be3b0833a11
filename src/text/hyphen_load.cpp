// text: reads a libhyphen .dic file into libhyphen's own structures, without its slow hash table.
// Follows hnj_hyphen_load_file and hnj_hyphen_load_line of hyphen 2.8.8 (hyphen.c) step by
// step, including their quirks, so that the result is the same byte for byte.
#include "text/hyphen_load.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>

#include "text/hyphen_trie.hpp"

namespace deckpress::text {
namespace {

/// The bytes of a file as fgets hands them to libhyphen: up to and including the next
/// newline, or `max` bytes when the line is longer (its rest is then the next piece).
class Pieces {
public:
    explicit Pieces(std::string_view bytes) : rest_(bytes) {}

    std::optional<std::string_view> next(std::size_t max) {
        if (rest_.empty()) return std::nullopt;
        std::size_t end = rest_.substr(0, max).find('\n');
        std::size_t size = end == std::string_view::npos ? std::min(max, rest_.size()) : end + 1;
        std::string_view piece = rest_.substr(0, size);
        rest_.remove_prefix(size);
        return piece;
    }

private:
    std::string_view rest_;
};

/// What C's string functions see of a piece: the bytes before its first NUL.
std::string_view as_c_string(std::string_view piece) { return piece.substr(0, piece.find('\0')); }

/// atoi of the text (leading blanks, a sign, digits; anything after them is ignored).
int c_atoi(std::string_view text) { return std::atoi(std::string(text).c_str()); }

/// hnj_strchomp: drops a final '\r' or '\n', and a '\r' before the last byte.
std::string_view chomp(std::string_view s) {
    std::size_t size = s.size();
    if (!s.empty() && (s.back() == '\r' || s.back() == '\n')) size = s.size() - 1;
    if (s.size() > 1 && s[s.size() - 2] == '\r') size = s.size() - 2;
    return s.substr(0, size);
}

/// A pattern's letters and, around them, its digits: "a1b2c" has letters "abc" and digits
/// "01020". Lines are at most MAX_CHARS - 1 bytes, so arrays of that size hold them.
struct Pattern {
    std::array<char, MAX_CHARS> letters_;
    std::array<char, MAX_CHARS + 1> digits_;
    std::size_t size_ = 0;

    std::string_view letters() const { return {letters_.data(), size_}; }
    std::string_view digits() const { return {digits_.data(), size_ + 1}; }
};

/// One level of the dictionary (libhyphen's HyphenDict) while it is read.
struct Level {
    explicit Level(std::size_t expected_states) : trie(expected_states) {}

    PatternTrie trie;
    char lhmin = 0, rhmin = 0, clhmin = 0, crhmin = 0;
    std::optional<std::string> nohyphen;  ///< its strings separated by NULs
    int nohyphenl = 0;
    std::array<char, MAX_NAME> cset{};
    int utf8 = 0;
    Pattern pattern;  ///< the pattern line being read

    /// The name up to its NUL, at most MAX_NAME - 1 bytes, the rest zeros (libhyphen's strncpy).
    void set_cset(const char* name) {
        std::size_t size = strnlen(name, cset.size() - 1);
        std::fill(std::copy_n(name, size, cset.begin()), cset.end(), '\0');
        utf8 = std::strcmp(cset.data(), "UTF-8") == 0;
    }
};

/// A non-standard pattern's replacement ("ck/k=k,3,2": "k=k", index 2 and cut 2 in bytes).
struct Replacement {
    std::string_view text;
    signed char index = 0;
    signed char cut = 0;
};

/// LEFTHYPHENMIN 2 and the like; true when the line was one.
bool read_minimum(std::string_view line, Level& level) {
    static constexpr std::pair<std::string_view, char Level::*> kMinimums[] = {
        {"LEFTHYPHENMIN", &Level::lhmin},
        {"RIGHTHYPHENMIN", &Level::rhmin},
        {"COMPOUNDLEFTHYPHENMIN", &Level::clhmin},
        {"COMPOUNDRIGHTHYPHENMIN", &Level::crhmin},
    };
    for (const auto& [keyword, field] : kMinimums) {
        if (!line.starts_with(keyword)) continue;
        level.*field = static_cast<char>(c_atoi(line.substr(keyword.size())));
        return true;
    }
    return false;
}

/// NOHYPHEN -,' : the list after the blanks, its last byte dropped (libhyphen takes it for the
/// newline), each comma but a first one a separator. A second NOHYPHEN replaces the list and
/// its count (libhyphen adds the counts, and then reads past the end of its list).
void read_nohyphen(std::string_view rest, Level& level) {
    std::size_t start = rest.find_first_not_of(" \t");
    rest = start == std::string_view::npos ? std::string_view() : rest.substr(start);
    // The dropped byte becomes a NUL and the copy gets one more, as libhyphen's buffer.
    level.nohyphenl = 0;
    std::string list(rest);
    if (!list.empty()) list.back() = '\0';
    for (std::size_t i = list.size() < 2 ? 0 : list.size() - 2; i >= 1; --i) {
        if (list[i] != ',') continue;
        list[i] = '\0';
        ++level.nohyphenl;
    }
    level.nohyphen = std::move(list);
}

/// What follows the '/' of a non-standard pattern whose letters and digits take `head` bytes.
Replacement read_replacement(std::string_view after, std::size_t head) {
    std::size_t comma = after.find(',');
    if (comma == std::string_view::npos)
        return {chomp(after), 0, static_cast<signed char>(head)};
    Replacement r{after.substr(0, comma)};
    std::size_t comma2 = after.find(',', comma + 1);
    if (comma2 != std::string_view::npos) {
        auto index = static_cast<signed char>(c_atoi(after.substr(comma + 1, comma2 - comma - 1)));
        r.index = static_cast<signed char>(index - 1);  // 1-based in the file
        r.cut = static_cast<signed char>(c_atoi(after.substr(comma2 + 1)));
    }
    return r;
}

/// Splits "a1b2c" into letters "abc" and digits "01020" (a digit per gap, the last one
/// written wins), up to the first blank or control byte.
void split_pattern(std::string_view text, Pattern& p) {
    p.size_ = 0;
    p.digits_[0] = '0';
    for (char c : text.substr(0, MAX_CHARS - 1)) {
        if (static_cast<unsigned char>(c) <= ' ') break;
        if (c >= '0' && c <= '9') {
            p.digits_[p.size_] = c;
        } else {
            p.letters_[p.size_++] = c;
            p.digits_[p.size_] = '0';
        }
    }
}

/// In a UTF-8 dictionary the index and cut count characters; libhyphen turns them into bytes
/// of the word (after a leading '.').
void characters_to_bytes(std::string_view word, Replacement& r) {
    bool dot = !word.empty() && word[0] == '.';
    int character = -1, first = -1;
    for (std::size_t byte = dot ? 1 : 0; byte < word.size() + 1; ++byte) {
        auto c = byte < word.size() ? static_cast<unsigned char>(word[byte]) : 0u;
        if ((c >> 6) != 2) ++character;  // not a continuation byte
        if (first < 0 && r.index == character) {
            first = r.index;
            r.index = static_cast<signed char>(byte);
        }
        if (first >= 0 && character - first == r.cut) {
            r.cut = static_cast<signed char>(static_cast<long long>(byte) - r.index);
            break;
        }
    }
    if (dot) r.index = static_cast<signed char>(r.index - 1);
}

/// A pattern line: the state of its letters gets its digits (leading zeros dropped, or for a
/// non-standard pattern a leading '.''s digit) and replacement.
void read_pattern(std::string_view line, Level& level) {
    std::size_t slash = line.find('/');
    std::optional<Replacement> repl;
    if (slash != std::string_view::npos) repl = read_replacement(line.substr(slash + 1), slash);
    split_pattern(line.substr(0, slash), level.pattern);
    std::string_view word = level.pattern.letters();
    std::string_view digits = level.pattern.digits();
    std::size_t start = 0;
    if (!repl) {
        start = std::min(digits.find_first_not_of('0'), digits.size());
    } else if (!word.empty() && word[0] == '.') {
        start = 1;
    }
    if (repl && level.utf8) characters_to_bytes(word, *repl);
    HyphenState& state = level.trie.state(level.trie.add(word));
    std::free(state.match);
    state.match = malloc_copy(digits.substr(start));
    std::free(state.repl);
    state.repl = repl ? malloc_copy(repl->text) : nullptr;
    state.replindex = repl ? repl->index : 0;
    bool cut = repl && repl->cut != 0;
    state.replcut = cut ? repl->cut : static_cast<signed char>(word.size());
}

/// hnj_hyphen_load_line: a keyword or a pattern.
void read_line(std::string_view line, Level& level) {
    bool capital = !line.empty() && line[0] >= 'A' && line[0] <= 'Z';  // as every keyword
    if (capital && read_minimum(line, level)) return;
    if (line.starts_with("NOHYPHEN")) return read_nohyphen(line.substr(8), level);
    read_pattern(line, level);
}

/// The lines of a level, up to a NEXTLEVEL line (true) or the end of the file (false).
bool read_level(Pieces& pieces, Level& level) {
    while (auto piece = pieces.next(MAX_CHARS - 1)) {
        std::string_view line = as_c_string(*piece);
        if (line.starts_with("NEXTLEVEL")) return true;
        if (!line.starts_with('%')) read_line(line, level);
    }
    return false;
}

/// The first level libhyphen adds before a file without NEXTLEVEL: no breaks at hyphens and
/// apostrophes (and, in UTF-8, en dashes and typographic apostrophes).
void read_default_level(Level& level) {
    if (level.utf8) {
        read_line("NOHYPHEN ',\xe2\x80\x93,\xe2\x80\x99,-\n", level);
    } else {
        read_line("NOHYPHEN ',-\n", level);
    }
    read_line("1-1\n", level);
    read_line("1'1\n", level);
    if (level.utf8) {
        read_line("1\xe2\x80\x93" "1\n", level);
        read_line("1\xe2\x80\x99" "1\n", level);
    }
}

/// The first line names the character set: up to 19 bytes of it, line ends removed.
void read_cset(std::string_view piece, Level& level) {
    std::copy(piece.begin(), piece.end(), level.cset.begin());
    std::replace(level.cset.begin(), level.cset.end(), '\r', '\0');
    std::replace(level.cset.begin(), level.cset.end(), '\n', '\0');
    level.utf8 = std::strcmp(level.cset.data(), "UTF-8") == 0;
}

struct DictDeleter {
    void operator()(HyphenDict* dict) const { hnj_hyphen_free(dict); }
};
using OwnedDict = std::unique_ptr<HyphenDict, DictDeleter>;

/// The level as libhyphen's malloc'd HyphenDict (its states move there).
OwnedDict release(Level& level) {
    std::unique_ptr<char, decltype(&std::free)> nohyphen(
        level.nohyphen ? malloc_copy(*level.nohyphen) : nullptr, &std::free);
    auto* dict = static_cast<HyphenDict*>(checked_malloc(sizeof(HyphenDict)));
    *dict = HyphenDict{};
    dict->num_states = level.trie.size();
    dict->states = level.trie.release_states();
    dict->lhmin = level.lhmin;
    dict->rhmin = level.rhmin;
    dict->clhmin = level.clhmin;
    dict->crhmin = level.crhmin;
    dict->nohyphen = nohyphen.release();
    dict->nohyphenl = level.nohyphenl;
    std::copy(level.cset.begin(), level.cset.end(), dict->cset);
    dict->utf8 = level.utf8;
    return OwnedDict(dict);
}

/// Without NEXTLEVEL the file's level comes second and the default level first, with the
/// file's minimums (compound ones falling back to the plain ones, then to 3).
void take_minimums(Level& first, const Level& file) {
    first.lhmin = file.lhmin;
    first.rhmin = file.rhmin;
    first.clhmin = file.clhmin ? file.clhmin : file.lhmin ? file.lhmin : 3;
    first.crhmin = file.crhmin ? file.crhmin : file.rhmin ? file.rhmin : 3;
}

/// At most about how many states `bytes` of patterns make, to size the tables once: a state
/// per 3 bytes (German: 278,832 states in the 1.07 MB before its NEXTLEVEL, one per 3.8;
/// most dictionaries fewer). Memory reserved but never written costs nothing.
std::size_t expected_states(std::size_t bytes) { return bytes / 3; }

}  // namespace

HyphenDict* parse_hyphen_dictionary(std::string_view bytes) {
    Pieces pieces(bytes);
    auto cset = pieces.next(MAX_NAME - 1);
    if (!cset) return nullptr;
    std::size_t split = std::min(bytes.find("\nNEXTLEVEL"), bytes.size());
    Level file(expected_states(split));
    read_cset(*cset, file);
    bool next_level = read_level(pieces, file);
    Level other(expected_states(bytes.size() - split));
    other.set_cset(file.cset.data());
    if (next_level) {
        read_level(pieces, other);
    } else {
        read_default_level(other);
        take_minimums(other, file);
    }
    file.trie.link_fallbacks();
    other.trie.link_fallbacks();
    Level& first = next_level ? file : other;
    Level& second = next_level ? other : file;
    OwnedDict head = release(first);
    head->nextlevel = release(second).release();
    return head.release();
}

HyphenDict* load_hyphen_dictionary(const std::string& path) try {
    std::error_code error;
    auto size = std::filesystem::file_size(path, error);
    std::ifstream in(path, std::ios::binary);
    if (error || !in) return nullptr;
    std::string bytes(size, '\0');
    in.read(bytes.data(), static_cast<std::streamsize>(size));
    bytes.resize(static_cast<std::size_t>(in.gcount()));
    return parse_hyphen_dictionary(bytes);
} catch (const std::length_error&) {
    return nullptr;  // more than kMaxStates states in a level
}

}  // namespace deckpress::text
