// markdown: keyword/builtin tables and lexing rules for the highlighted languages.
#include "markdown/languages.hpp"

namespace deckpress::markdown::detail {
namespace {

Language python() {
    Language l;
    l.keywords = {"False", "None",   "True",    "and",      "as",     "assert", "async",
                  "await", "break",  "class",   "continue", "def",    "del",    "elif",
                  "else",  "except", "finally", "for",      "from",   "global", "if",
                  "import", "in",    "is",      "lambda",   "nonlocal", "not",  "or",
                  "pass",  "raise",  "return",  "try",      "while",  "with",   "yield",
                  "match", "case"};
    l.builtins = {"print",     "len",       "range",     "int",        "str",
                  "float",     "dict",      "list",      "set",        "tuple",
                  "bool",      "bytes",     "type",      "isinstance", "super",
                  "object",    "open",      "enumerate", "zip",        "map",
                  "filter",    "sorted",    "min",       "max",        "sum",
                  "any",       "all",       "abs",       "iter",       "next",
                  "repr",      "hasattr",   "getattr",   "setattr",    "self",
                  "cls",       "Exception", "ValueError", "TypeError", "KeyError",
                  "RuntimeError", "property", "staticmethod", "classmethod", "callable"};
    l.line_comments[0] = "#";
    l.quotes = "\"'";
    l.string_prefixes = "rRbBfFuU";
    l.triple_quotes = true;
    l.decorators = true;
    return l;
}

Language bash() {
    Language l;
    l.keywords = {"if",   "then",  "else", "elif",     "fi",     "for",    "while",
                  "until", "do",   "done", "case",     "esac",   "in",     "function",
                  "select", "return", "break", "continue", "time"};
    l.builtins = {"echo",  "cd",    "export", "source", "alias", "unset", "read",
                  "printf", "test", "local",  "set",    "shift", "trap",  "exec",
                  "eval",  "exit",  "pwd",    "pushd",  "popd",  "kill",  "wait",
                  "true",  "false", "declare", "readonly", "sudo"};
    l.line_comments[0] = "#";
    l.quotes = "\"'";
    l.multiline_quotes = "\"'";
    l.extra_word_chars = "-.";
    l.raw_single_quotes = true;
    l.hash_needs_word_start = true;
    l.dollar_variables = true;
    return l;
}

Language sql() {
    Language l;
    l.case_insensitive = true;
    l.keywords = {"select", "from",    "where",   "insert",  "into",     "values",  "update",
                  "set",    "delete",  "create",  "table",   "index",    "view",    "drop",
                  "alter",  "add",     "join",    "inner",   "left",     "right",   "outer",
                  "full",   "cross",   "on",      "as",      "and",      "or",      "not",
                  "null",   "is",      "in",      "exists",  "between",  "like",    "group",
                  "by",     "order",   "having",  "limit",   "offset",   "union",   "all",
                  "distinct", "case",  "when",    "then",    "else",     "end",     "primary",
                  "key",    "foreign", "references", "unique", "default", "constraint",
                  "begin",  "commit",  "rollback", "transaction", "with",  "recursive",
                  "asc",    "desc",    "returning", "over",  "partition", "if",     "cascade",
                  "check",  "using",   "explain", "analyze", "grant",    "revoke",  "true",
                  "false"};
    l.builtins = {"count",   "sum",     "avg",     "min",       "max",      "coalesce",
                  "now",     "lower",   "upper",   "length",    "substring", "cast",
                  "row_number", "rank", "dense_rank", "int",    "integer",  "bigint",
                  "smallint", "serial", "bigserial", "varchar", "char",     "text",
                  "boolean", "date",    "timestamp", "timestamptz", "numeric", "decimal",
                  "float",   "real",    "json",    "jsonb",     "uuid"};
    l.line_comments[0] = "--";
    l.block_open = "/*";
    l.block_close = "*/";
    l.quotes = "'\"";
    l.multiline_quotes = "'";
    l.backslash_escapes = false;
    l.doubled_quote_escapes = true;
    return l;
}

Language yaml() {
    Language l;
    l.builtins = {"true", "false", "null", "yes", "no", "on", "off", "True", "False", "Null",
                  "NULL", "TRUE", "FALSE", "~"};
    l.line_comments[0] = "#";
    l.quotes = "\"'";
    l.extra_word_chars = "-./";
    l.hash_needs_word_start = true;
    l.keys_before_colon = true;
    l.doubled_quote_escapes = true;  // '' inside '...'
    return l;
}

Language javascript() {
    Language l;
    l.keywords = {"break",   "case",     "catch",     "class",     "const",    "continue",
                  "debugger", "default", "delete",    "do",        "else",     "export",
                  "extends", "finally",  "for",       "function",  "if",       "import",
                  "in",      "instanceof", "let",     "new",       "return",   "super",
                  "switch",  "this",     "throw",     "try",       "typeof",   "var",
                  "void",    "while",    "with",      "yield",     "async",    "await",
                  "of",      "static",   "from",      "interface", "type",     "enum",
                  "implements", "private", "public",  "protected", "readonly", "declare",
                  "namespace", "abstract", "as",      "keyof"};
    l.builtins = {"console", "Math",   "JSON",  "Promise", "Object",    "Array",   "String",
                  "Number",  "Boolean", "Date", "Error",   "Map",       "Set",     "undefined",
                  "null",    "true",   "false", "NaN",     "Infinity",  "window",  "document",
                  "require", "module", "process", "any",   "never",     "unknown", "string",
                  "number",  "boolean"};
    l.line_comments[0] = "//";
    l.block_open = "/*";
    l.block_close = "*/";
    l.quotes = "\"'`";
    l.multiline_quotes = "`";
    l.extra_word_chars = "$";
    return l;
}

Language json() {
    Language l;
    l.builtins = {"true", "false", "null"};
    l.quotes = "\"";
    l.keys_before_colon = true;
    return l;
}

Language dockerfile() {
    Language l;
    l.case_insensitive = true;
    l.keywords = {"from",   "run",     "cmd",        "label",   "maintainer", "expose",
                  "env",    "add",     "copy",       "entrypoint", "volume",  "user",
                  "workdir", "arg",    "onbuild",    "stopsignal", "healthcheck", "shell"};
    l.builtins = {"as"};
    l.line_comments[0] = "#";
    l.quotes = "\"'";
    l.extra_word_chars = "-./";
    l.hash_needs_word_start = true;
    l.dollar_variables = true;
    l.first_word_is_instruction = true;
    return l;
}

}  // namespace

const Language* find_language(std::string_view name) {
    static const Language kPython = python();
    static const Language kBash = bash();
    static const Language kSql = sql();
    static const Language kYaml = yaml();
    static const Language kJavascript = javascript();
    static const Language kJson = json();
    static const Language kDockerfile = dockerfile();
    if (name == "python" || name == "py" || name == "python3") return &kPython;
    if (name == "bash" || name == "sh" || name == "shell" || name == "console" || name == "zsh")
        return &kBash;
    if (name == "sql" || name == "postgresql" || name == "postgres" || name == "mysql")
        return &kSql;
    if (name == "yaml" || name == "yml") return &kYaml;
    if (name == "javascript" || name == "js" || name == "typescript" || name == "ts" ||
        name == "jsx" || name == "tsx")
        return &kJavascript;
    if (name == "json") return &kJson;
    if (name == "dockerfile" || name == "docker") return &kDockerfile;
    return nullptr;
}

}  // namespace deckpress::markdown::detail
