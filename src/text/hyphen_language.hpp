// text: which libhyphen dictionary hyphenates a language (a BCP 47 tag -> a .dic file).
#pragma once

#include <string>
#include <string_view>

namespace deckpress::text {

/// Whether `tag` names English ("en", "en-GB", "EN_us", or none at all): English is
/// hyphenated with the en_US patterns frozen at build time, whatever the region.
bool is_english_tag(std::string_view tag);

/// Whether `tag` names a language written without hyphens (Chinese, Japanese, Korean, Thai, Lao,
/// Khmer, Burmese, Tibetan): its lines break between characters or words, so no patterns are
/// missing.
bool is_unhyphenated_language(std::string_view tag);

/// The folder searched for dictionaries: $DECKPRESS_HYPHEN_DIR when set, otherwise the
/// folder of the default (en_US) dictionary, /usr/share/hyphen on Debian.
std::string hyphen_dictionary_dir();

/// The dictionary file for a language other than English, "" when none is installed.
/// Case does not matter and '_' works as '-'; a script subtag ("pt-Latn-BR") is skipped.
/// Tried in order, the first that exists wins: hyph_<lang>_<REGION>.dic, hyph_<lang>.dic,
/// hyph_<lang>_<default region>.dic (de_DE, ru_RU, sv_SE...), then the first
/// hyph_<lang>_*.dic by name. So "de-CH" finds hyph_de_CH.dic, "de-XX" falls back to
/// hyph_de.dic and "ru" finds hyph_ru_RU.dic.
std::string find_hyphen_dictionary(std::string_view tag);

/// The language subtag of `tag`, lowercase ("pt" for "pt-BR"): names the Debian package
/// (hyphen-<lang>) in warnings.
std::string base_language(std::string_view tag);

}  // namespace deckpress::text
