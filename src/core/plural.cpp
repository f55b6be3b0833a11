// core: CLDR plural rules for whole numbers (https://cldr.unicode.org, "Language Plural Rules").
#include "core/plural.hpp"

#include <string>

namespace deckpress {
namespace {

/// The language subtag, lowercase ("pt" for "pt-BR").
std::string language_of(std::string_view tag) {
    std::string lang;
    for (char c : tag) {
        if (c == '-' || c == '_') break;
        lang += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return lang;
}

/// The region subtag, uppercase ("BR" for "pt-br", "" for "pt" or "pt-Latn").
std::string region_of(std::string_view tag) {
    std::string region;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= tag.size(); ++i) {
        if (i < tag.size() && tag[i] != '-' && tag[i] != '_') continue;
        if (start > 0 && i - start == 2) region.assign(tag.substr(start, 2));
        start = i + 1;
    }
    for (char& c : region) c = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    return region;
}

enum class Rule { None, One, ZeroOne, EastSlavic, Polish, Czech };

Rule rule_for(std::string_view tag) {
    const std::string lang = language_of(tag);
    if (lang == "ja" || lang == "zh" || lang == "ko" || lang == "vi" || lang == "th") return Rule::None;
    if (lang == "fr") return Rule::ZeroOne;
    if (lang == "pt") return region_of(tag) == "PT" ? Rule::One : Rule::ZeroOne;  // CLDR "pt" is Brazil's
    if (lang == "ru" || lang == "uk" || lang == "be") return Rule::EastSlavic;
    if (lang == "pl") return Rule::Polish;
    if (lang == "cs" || lang == "sk") return Rule::Czech;
    return Rule::One;
}

/// 2-4, 22-24, 32-34 ... but not 12-14: the "few" of the Slavic rules.
bool slavic_few(long long n) {
    long long ten = n % 10, hundred = n % 100;
    return ten >= 2 && ten <= 4 && (hundred < 12 || hundred > 14);
}

}  // namespace

int plural_form_count(std::string_view language) {
    switch (rule_for(language)) {
        case Rule::None: return 1;
        case Rule::EastSlavic:
        case Rule::Polish:
        case Rule::Czech: return 3;
        case Rule::One:
        case Rule::ZeroOne: break;
    }
    return 2;
}

int plural_form(std::string_view language, long long n) {
    if (n < 0) n = -n;
    switch (rule_for(language)) {
        case Rule::None: return 0;
        case Rule::One: return n == 1 ? 0 : 1;
        case Rule::ZeroOne: return n <= 1 ? 0 : 1;
        case Rule::EastSlavic: return n % 10 == 1 && n % 100 != 11 ? 0 : slavic_few(n) ? 1 : 2;
        case Rule::Polish: return n == 1 ? 0 : slavic_few(n) ? 1 : 2;
        case Rule::Czech: return n == 1 ? 0 : n >= 2 && n <= 4 ? 1 : 2;
    }
    return 0;
}

}  // namespace deckpress
