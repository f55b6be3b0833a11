// text: reads a libhyphen .dic file into libhyphen's own structures, without its slow hash table.
#pragma once

#include <hyphen.h>

#include <string>
#include <string_view>

namespace deckpress::text {

/// The dictionary hnj_hyphen_load(path) would return, field for field: the same levels,
/// states (same numbers), transitions (same order), matches, replacements, minimums,
/// NOHYPHEN lists and character set, each block malloc'd as libhyphen allocates it, so
/// hnj_hyphen_free frees it and hnj_hyphen_hyphenate3 reads it as libhyphen's. It follows
/// hnj_hyphen_load_file of hyphen 2.8.8: the first line names the character set; a line
/// "NEXTLEVEL" starts a second level, and without one the file is the second level and a
/// default first level (NOHYPHEN of hyphen and apostrophes) comes before it; lines starting
/// with '%' are comments; LEFTHYPHENMIN, RIGHTHYPHENMIN, COMPOUNDLEFTHYPHENMIN,
/// COMPOUNDRIGHTHYPHENMIN and NOHYPHEN set the level's fields; other lines are patterns,
/// "pattern/replacement[,index,cut]" non-standard ones; lines are read 99 bytes at a time at
/// most (fgets into libhyphen's MAX_CHARS buffer). German takes 125 M instructions here,
/// ~1 G in libhyphen (README, Languages).
/// nullptr when the file cannot be read, has a level of more than kMaxStates (16.7 million)
/// states, or is empty (libhyphen would return an empty
/// dictionary for an empty file; an empty file is a broken install, so it is an error here).
HyphenDict* load_hyphen_dictionary(const std::string& path);

/// The same from the bytes of a .dic file; nullptr when there are none. Throws
/// std::length_error past kMaxStates states in a level.
HyphenDict* parse_hyphen_dictionary(std::string_view bytes);

}  // namespace deckpress::text
