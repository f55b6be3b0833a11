// markdown: per-language tables that drive the syntax highlighter's lexer.
#pragma once

#include <string_view>
#include <unordered_set>

namespace deckpress::markdown::detail {

/// What the lexer needs to know about one language. Words are looked up after lower-casing
/// when `case_insensitive` (keyword tables are then written in lower case).
struct Language {
    std::unordered_set<std::string_view> keywords;
    std::unordered_set<std::string_view> builtins;
    bool case_insensitive = false;
    std::string_view line_comments[2] = {};  ///< up to two line-comment openers ("#", "//", "--")
    std::string_view block_open;             ///< "/*" (empty when none)
    std::string_view block_close;            ///< "*/"
    std::string_view quotes;                 ///< characters that open a string
    std::string_view multiline_quotes;       ///< of those, the ones whose strings span lines
    std::string_view string_prefixes;        ///< letters allowed before a quote (python f/r/b/u)
    std::string_view extra_word_chars;       ///< besides [A-Za-z0-9_] and UTF-8, inside words
    bool triple_quotes = false;              ///< python """ and '''
    bool backslash_escapes = true;           ///< `\"` does not close a "-string
    bool doubled_quote_escapes = false;      ///< SQL: '' inside '...'
    bool raw_single_quotes = false;          ///< bash: no escapes inside '...'
    bool hash_needs_word_start = false;      ///< bash/yaml: `#` opens a comment only after a blank
    bool dollar_variables = false;           ///< bash/dockerfile: $NAME, ${...}, $1 as Builtin
    bool decorators = false;                 ///< python: @name as Builtin
    bool keys_before_colon = false;          ///< yaml/json: a word or string before ':' is a Keyword
    bool first_word_is_instruction = false;  ///< dockerfile: only a line's first word is a keyword
};

/// The table for a fence language name (already lower-case), or nullptr for plain text.
const Language* find_language(std::string_view name);

}  // namespace deckpress::markdown::detail
