// core: plural rules for counted words ("1 question", "2 вопроса", "5 pytań"), by language.
#pragma once

#include <string_view>

namespace deckpress {

/// How many forms a counted word has in `language` (a BCP 47 tag, case and '-'/'_' free):
/// 1 for languages without plural forms (ja, zh, ko), 3 for the Slavic one/few/many rules
/// (ru, uk, be, pl, cs, sk), else 2 (one, other).
int plural_form_count(std::string_view language);

/// Which form (0-based, in the order of plural_form_count's list) goes with the whole number
/// `n` in `language`, after the CLDR plural rules for integers: English and most languages
/// take form 0 for 1 only; French and Brazilian Portuguese for 0 and 1; Russian form 0 for
/// 1, 21, 31 ..., form 1 for 2-4, 22-24 ... (not 12-14), form 2 for the rest; Polish the same
/// but form 0 for 1 alone; Czech and Slovak form 1 for 2-4 only. Unknown languages follow English.
int plural_form(std::string_view language, long long n);

}  // namespace deckpress
