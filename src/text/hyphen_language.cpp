// text: a language tag's libhyphen dictionary, found among the installed ones.
#include "text/hyphen_language.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace deckpress::text {
namespace {

/// The default en_US patterns (Debian package hyphen-en-us); set by the build.
constexpr const char* kDefaultDict = DECKPRESS_HYPHEN_DICT;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

/// The subtags of `tag`, split at '-' or '_', lowercase.
std::vector<std::string> subtags(std::string_view tag) {
    std::vector<std::string> out(1);
    for (char c : tag) {
        if (c == '-' || c == '_') out.emplace_back();
        else out.back() += lower(c);
    }
    return out;
}

/// The region subtag (two letters or three digits), uppercase; "" when none is given.
std::string region_of(const std::vector<std::string>& parts) {
    for (std::size_t i = 1; i < parts.size(); ++i) {
        const std::string& p = parts[i];
        bool letters = p.size() == 2 && std::all_of(p.begin(), p.end(), [](char c) { return c >= 'a' && c <= 'z'; });
        bool digits = p.size() == 3 && std::all_of(p.begin(), p.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (letters || digits) {
            std::string r = p;
            std::transform(r.begin(), r.end(), r.begin(), upper);
            return r;
        }
    }
    return "";
}

/// Where a language is mostly written when that region's code is not the language's own
/// (de -> DE needs no entry; sv -> SE does).
std::string default_region(const std::string& lang) {
    static const std::pair<const char*, const char*> kRegions[] = {
        {"sv", "SE"}, {"da", "DK"}, {"el", "GR"}, {"cs", "CZ"}, {"uk", "UA"}, {"sl", "SI"},
        {"et", "EE"}, {"be", "BY"}, {"nb", "NO"}, {"nn", "NO"}, {"ca", "ES"}, {"gl", "ES"},
        {"sr", "RS"}, {"af", "ZA"}, {"zu", "ZA"}, {"sq", "AL"}, {"ga", "IE"}, {"ka", "GE"}};
    for (const auto& [language, region] : kRegions)
        if (lang == language) return region;
    std::string r = lang;
    std::transform(r.begin(), r.end(), r.begin(), upper);
    return r;
}

/// The first hyph_<lang>_*.dic in `dir` by name; "" when there is none.
std::string first_regional(const fs::path& dir, const std::string& lang) {
    std::vector<std::string> found;
    std::error_code ec;
    const std::string prefix = "hyph_" + lang + "_";
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.starts_with(prefix) && name.ends_with(".dic")) found.push_back(name);
    }
    if (found.empty()) return "";
    return (dir / *std::min_element(found.begin(), found.end())).string();
}

bool is_file(const fs::path& path) {
    std::error_code ec;
    return fs::is_regular_file(path, ec);  // follows Debian's symlinks (hyph_de.dic -> hyph_de_DE.dic)
}

}  // namespace

bool is_english_tag(std::string_view tag) { return tag.empty() || base_language(tag) == "en"; }

std::string base_language(std::string_view tag) { return subtags(tag).front(); }

bool is_unhyphenated_language(std::string_view tag) {
    static constexpr std::string_view kLanguages[] = {"zh", "ja", "ko", "th", "lo", "km", "my", "bo", "yue", "cmn"};
    const std::string lang = base_language(tag);
    return std::find(std::begin(kLanguages), std::end(kLanguages), lang) != std::end(kLanguages);
}

std::string hyphen_dictionary_dir() {
    if (const char* dir = std::getenv("DECKPRESS_HYPHEN_DIR"); dir && *dir) return dir;
    return fs::path(kDefaultDict).parent_path().string();
}

std::string find_hyphen_dictionary(std::string_view tag) {
    const std::vector<std::string> parts = subtags(tag);
    const std::string& lang = parts.front();
    if (lang.empty()) return "";
    const fs::path dir = hyphen_dictionary_dir();
    std::vector<std::string> names;
    if (std::string region = region_of(parts); !region.empty()) names.push_back(lang + "_" + region);
    names.push_back(lang);
    names.push_back(lang + "_" + default_region(lang));
    for (const std::string& name : names)
        if (fs::path path = dir / ("hyph_" + name + ".dic"); is_file(path)) return path.string();
    return first_regional(dir, lang);
}

}  // namespace deckpress::text
