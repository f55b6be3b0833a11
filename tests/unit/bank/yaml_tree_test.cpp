// tests: yaml::Node trees: locations, duplicate keys, limits, bad bytes, emission, helpers.
#include <doctest/doctest.h>


#include "bank/yaml_tree.hpp"
#include "bank/lift_diff.hpp"
#include "support/timing.hpp"
#include "temp_bank.hpp"

using namespace deckpress;
using deckpress::test::dump;
using deckpress::test::has_diag;

namespace {

std::unique_ptr<yaml::Node> parse(const std::string& text, Diagnostics& diags,
                                  const yaml::Limits& limits = {}) {
    return yaml::parse_text(text, "t.yaml", diags, limits);
}

/// Nine levels of nine aliases each: 9^9 (387 million) nodes when expanded.
std::string billion_laughs() {
    std::string doc = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int i = 1; i <= 9; ++i) {
        std::string p = "*a" + std::to_string(i - 1);
        doc += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [" + p;
        for (int k = 1; k < 9; ++k) doc += ", " + p;
        doc += "]\n";
    }
    return doc;
}

}  // namespace

TEST_CASE("nodes carry 1-based line and column") {
    Diagnostics diags;
    auto root = parse("title: Hello\nlist:\n  - one\n  - two\nmap: {k: v}\n", diags);
    REQUIRE(root);
    CHECK_FALSE(diags.has_errors());
    REQUIRE(root->is_map());
    const yaml::Node* list = root->find("list");
    REQUIRE(list);
    CHECK(list->is_sequence());
    CHECK(list->loc.line == 3);
    CHECK(list->loc.column == 3);
    REQUIRE(list->items.size() == 2);
    CHECK(list->items[1].scalar == "two");
    CHECK(list->items[1].loc.line == 4);
    CHECK(list->items[1].loc.column == 5);
    CHECK(root->find_key("map")->loc.line == 5);
    CHECK(root->find_key("map")->loc.column == 1);
    CHECK(root->find("map")->find("k")->scalar == "v");
    CHECK(root->find("title")->loc.column == 8);
    CHECK(root->find("missing") == nullptr);
}

TEST_CASE("block scalars: text_loc points at the first text line") {
    Diagnostics diags;
    auto root = parse("a: |\n    hello\n    world\nb: plain\n", diags);
    REQUIRE(root);
    const yaml::Node* a = root->find("a");
    CHECK(a->scalar == "hello\nworld\n");
    CHECK(a->loc.line == 1);
    CHECK(a->text_loc.line == 2);
    CHECK(a->text_loc.column == 5);
    CHECK(root->find("b")->text_loc.line == 4);
}

TEST_CASE("block scalars that start with blank lines: text_loc has the indentation of the first text line") {
    // The blank line gave column 1, so a missing image in such an answer was reported at column 1.
    Diagnostics diags;
    auto root = parse("a: |\n\n    hello\nb: |+\n  \n\n      x\nc: |\r\n\r\n   crlf\r\n", diags);
    REQUIRE(root);
    CHECK(root->find("a")->scalar == "\nhello\n");
    CHECK(test::describe_loc(root->find("a")->text_loc) == "t.yaml:2:5");
    CHECK(test::describe_loc(root->find("b")->text_loc) == "t.yaml:5:7");
    CHECK(test::describe_loc(root->find("c")->text_loc) == "t.yaml:9:4");
}

TEST_CASE("a byte-order mark changes no location: editors do not show it") {
    const std::string doc = "title: T\na: |\n    hello\nb: >\n  folded\nc: [x, 'y']\n";
    Diagnostics plain_diags;
    Diagnostics bom_diags;
    auto plain = parse(doc, plain_diags);
    auto with_bom = parse("\xEF\xBB\xBF" + doc, bom_diags);
    REQUIRE(with_bom);
    CHECK(test::dump_parse(with_bom.get(), bom_diags) == test::dump_parse(plain.get(), plain_diags));
    CHECK(with_bom->find("title")->scalar == "T");
    CHECK(test::describe_loc(with_bom->find("a")->text_loc) == "t.yaml:3:5");
    CHECK(test::describe_loc(with_bom->find("b")->text_loc) == "t.yaml:5:3");
}

TEST_CASE("empty values are Null, empty files give a Null root") {
    Diagnostics diags;
    auto root = parse("a:\nb: ~\nc: ''\n", diags);
    REQUIRE(root);
    CHECK(root->find("a")->is_null());
    CHECK(root->find("b")->is_null());
    CHECK(root->find("c")->is_scalar());
    auto empty = parse("", diags);
    REQUIRE(empty);
    CHECK(empty->is_null());
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("duplicate keys are errors at the second key naming the first's line") {
    Diagnostics diags;
    auto root = parse("title: first\nother: 1\ntitle: second\nnested:\n  k: 1\n  k: 2\n", diags);
    REQUIRE(root);
    CHECK(diags.error_count() == 2);
    CHECK_MESSAGE(has_diag(diags, "t.yaml:3:1: error: duplicate key 'title' (first defined at line 1)"), dump(diags));
    CHECK_MESSAGE(has_diag(diags, "t.yaml:6:3: error: duplicate key 'k' (first defined at line 5)"), dump(diags));
    CHECK(root->find("title")->scalar == "first");
    CHECK(root->entries.size() == 3);
    CHECK(root->find("nested")->entries.size() == 1);
}

TEST_CASE("syntax errors are reported at yaml-cpp's mark, 1-based; an unclosed '[' or '{' where it opens") {
    Diagnostics diags;
    auto root = parse("a: 1\nb: [1, 2\nc: 3\n", diags);
    CHECK(root == nullptr);
    CHECK(diags.error_count() == 1);
    // Was "t.yaml:3:2: ... end of sequence flow not found", where yaml-cpp gave up.
    CHECK_MESSAGE(has_diag(diags, "t.yaml:2:4: error: YAML syntax error: this '[' is never closed (a list written [a, b] ends with ']')"), dump(diags));
    Diagnostics map;
    CHECK(parse("a: |\n  - [ ] todo [x]\nb: {c: 1, d: \"}\"\ne: 3\n", map) == nullptr);
    CHECK_MESSAGE(has_diag(map, "t.yaml:3:4: error: YAML syntax error: this '{' is never closed (a map written {a: 1} "
                                "ends with '}')"), dump(map));
    Diagnostics closed;
    CHECK(parse("a: [1, 2]\nb: [3,\n  4]\n", closed) != nullptr);

    Diagnostics tab;
    CHECK(parse("a:\n\t- x\n", tab) == nullptr);
    CHECK(tab.has_errors());
}

TEST_CASE("a syntax error on a line indented with a tab says so") {
    // yaml-cpp says only 'illegal block entry' at the '-' after the tab.
    Diagnostics diags;
    CHECK_FALSE(parse("title: P\nquestions:\n\t- id: q1\n", diags));
    CHECK(dump(diags) == "t.yaml:3:2: error: YAML syntax error: illegal block entry (this line is indented with a "
                         "tab: YAML indents with spaces only)\n");
    Diagnostics spaces;
    CHECK_FALSE(parse("a: b\n- c\n", spaces));
    CHECK(dump(spaces).find("tab") == std::string::npos);
}

TEST_CASE("a quoted scalar without its closing quote is an error at the quote") {
    // yaml-cpp silently takes everything up to the end of the file into the scalar, which
    // would drop the questions that follow without a word.
    Diagnostics diags;
    auto root = parse("- q: \"Why is the sky blue?\n- q: second\n", diags);
    CHECK(root == nullptr);
    CHECK_MESSAGE(has_diag(diags, "t.yaml:1:6: error: YAML syntax error: this quoted text has no "
                                  "closing '\"' (it would run to the end of the file)"), dump(diags));

    Diagnostics single;
    CHECK(parse("a: 'it''s open\nb: x\n", single) == nullptr);
    CHECK_MESSAGE(has_diag(single, "t.yaml:1:4: error: YAML syntax error: this quoted text has no "
                                   "closing \"'\" (it would run to the end of the file)"), dump(single));

    Diagnostics closed;  // escaped and doubled quotes do not close; multi-line quotes are fine
    auto ok = parse("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: \"two\n  lines\"\n", closed);
    REQUIRE(ok);
    CHECK_FALSE(closed.has_errors());
    CHECK(ok->find("a")->scalar == "say \"hi\"");
    CHECK(ok->find("b")->scalar == "it's");
    CHECK(ok->find("c")->scalar == "two lines");
}

TEST_CASE("an alias bomb stops quickly with a clear error") {
    Diagnostics diags;
    const deckpress::test::CpuStopwatch watch;
    auto root = parse(billion_laughs(), diags);
    double seconds = watch.seconds();
    CHECK(root == nullptr);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items().front().message.find("alias bomb") != std::string::npos);
    CHECK(seconds < deckpress::test::time_bound(5.0));
}

TEST_CASE("a few aliases are expanded like copies") {
    Diagnostics diags;
    auto root = parse("base: &b {x: 1}\nuse: *b\n", diags);
    REQUIRE(root);
    CHECK(root->find("use")->find("x")->scalar == "1");
}

TEST_CASE("deep nesting is refused, not a crash") {
    Diagnostics diags;
    std::string deep = "a: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
    CHECK(parse(deep, diags) == nullptr);
    CHECK(diags.has_errors());

    Diagnostics ours;
    yaml::Limits limits;
    limits.max_depth = 3;
    CHECK(parse("a: [[[[1]]]]\n", ours, limits) == nullptr);
    CHECK_MESSAGE(has_diag(ours, "t.yaml:1:6: error: nesting deeper than 3 levels"), dump(ours));
}

TEST_CASE("invalid UTF-8 and NUL bytes are reported at their position") {
    Diagnostics diags;
    CHECK(parse("a: ok\nb: caf\xC3\xA9 \xFF\n", diags) == nullptr);
    CHECK_MESSAGE(has_diag(diags, "t.yaml:2:9: error: invalid UTF-8 (byte 0xFF); save the file as UTF-8"), dump(diags));

    Diagnostics nul;
    CHECK(parse(std::string("a: x\n  b\0\n", 10), nul) == nullptr);
    CHECK_MESSAGE(has_diag(nul, "t.yaml:2:4: error: NUL byte in text file"), dump(nul));
}

TEST_CASE("control characters other than tab and line breaks are reported at their position") {
    for (const auto& [text, where] : std::vector<std::pair<std::string, std::string>>{
             {"a: x\n  b \x1b[31m\n", "2:5: error: control character U+001B"},
             {"a: \"\x7f\"\n", "1:5: error: control character U+007F"},
             {"a: |\n  caf\xC3\xA9 \xC2\x85\n", "2:8: error: control character U+0085"},
             {"a:\x0c b\n", "1:3: error: control character U+000C"}}) {
        Diagnostics diags;
        CHECK(parse(text, diags) == nullptr);
        CHECK_MESSAGE(has_diag(diags, "t.yaml:" + where + " in text file; remove it"), dump(diags));
    }
    Diagnostics fine;
    CHECK(parse("a: |\r\n  tab\there\r\n", fine) != nullptr);
    CHECK_MESSAGE(fine.items().empty(), dump(fine));
}

TEST_CASE("files over the size limit are refused") {
    Diagnostics diags;
    yaml::Limits limits;
    limits.max_file_bytes = 16;
    CHECK(parse("title: a long enough document\n", diags, limits) == nullptr);
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items().front().message.starts_with("file too large"));

    Diagnostics missing;
    CHECK(yaml::parse_file("/nonexistent/bank.yaml", missing) == nullptr);
    CHECK(has_diag(missing, "/nonexistent/bank.yaml: error: cannot open file: No such file or directory"));

    Diagnostics folder;  // a folder opens, and read as a file would be 2^63 bytes long
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "deckpress-yaml-folder.yaml";
    std::filesystem::create_directories(dir);
    CHECK(yaml::parse_file(dir.string(), folder) == nullptr);
    CHECK_MESSAGE(has_diag(folder, dir.string() + ": error: is a folder, not a YAML file"), dump(folder));
}

TEST_CASE("emit_scalar output parses back to the same text") {
    const std::vector<std::string> samples = {
        "plain words", "", "null", "True", "~", "a: b", "# not a comment", "- not a list",
        "multi\nline", "one trailing newline\n", "two\n\n", " leading space\nx",
        "tab\tinside", "quote \"x\" here", "back\\slash", std::string("\x01 control"),
        "é unicode — dash “quoted”", "blank\n\n\nlines", "  \n  ", "ends with colon:",
        "key: value\nsecond", "```python\ncode()\n```", "*bold*", "{a}", "[x]", "'single'",
        "|pipe", ">gt", "@at", "`tick`", "%pct", "!bang", "&amp", "? q", "trailing space \nnext",
        "line\n  indented\n\tand tab", "\xC2\x85 next line char", "123", "1.5", "-"};
    for (const std::string& s : samples) {
        for (int indent : {2, 6}) {
            std::string doc = "k: " + yaml::emit_scalar(s, indent) + "\nafter: 1\n";
            Diagnostics diags;
            auto root = yaml::parse_text(doc, "emit.yaml", diags);
            INFO("sample: [", s, "] document:\n", doc);
            REQUIRE(root);
            CHECK_FALSE(diags.has_errors());
            const yaml::Node* k = root->find("k");
            REQUIRE(k);
            CHECK(k->is_scalar());
            CHECK(k->scalar == s);
            CHECK(root->find("after")->scalar == "1");
        }
    }
    CHECK(yaml::emit_scalar("two\nlines", 4) == "|-\n    two\n    lines");
    CHECK(yaml::emit_scalar("simple text", 2) == "simple text");
    CHECK(yaml::emit_scalar("a: b", 2) == "\"a: b\"");
}

TEST_CASE("check_keys suggests the closest allowed key") {
    Diagnostics diags;
    auto root = parse("lvel: 1\nq: x\nzzzzzz: 2\n", diags);
    REQUIRE(root);
    yaml::check_keys(*root, {"q", "level", "kind"}, diags, "question");
    CHECK(diags.error_count() == 2);
    CHECK(has_diag(diags, "t.yaml:1:1: error: unknown key 'lvel' in question (did you mean 'level'?)"));
    CHECK(has_diag(diags, "t.yaml:3:1: error: unknown key 'zzzzzz' in question (allowed: q, level, kind)"));
    CHECK(yaml::closest_match("qestion", {"question", "answer"}) == "question");
    CHECK(yaml::closest_match("xyz", {"question", "answer"}).empty());
}

TEST_CASE("a list or map used as a key is one error, not also an unknown or duplicate key ''") {
    Diagnostics diags;
    auto root = parse("? [a, b]\n: x\n? {c: d}\n: y\nq: z\n", diags);
    REQUIRE(root);
    yaml::check_keys(*root, {"q", "level"}, diags, "question");
    CHECK(dump(diags) == "t.yaml:1:3: error: a map key must be text, not a list\n"
                         "t.yaml:3:3: error: a map key must be text, not a map\n");
}

TEST_CASE("typed helpers convert or report at the node") {
    Diagnostics diags;
    auto root = parse("b: yes\nbad_b: maybe\ni: 42\nbig: 1000\nd: 2.5\nbad_d: 2.5cm\nlist: [a, b]\n"
                      "not_list: a\nnested: [a, [b]]\n", diags);
    REQUIRE(root);
    CHECK(yaml::as_bool(*root->find("b"), diags, "'b'") == true);
    CHECK_FALSE(yaml::as_bool(*root->find("bad_b"), diags, "'bad_b'"));
    CHECK(yaml::as_int(*root->find("i"), diags, "'i'") == 42);
    CHECK_FALSE(yaml::as_int(*root->find("big"), diags, "'big'", 0, 100));
    CHECK(yaml::as_double(*root->find("d"), diags, "'d'") == doctest::Approx(2.5));
    CHECK_FALSE(yaml::as_double(*root->find("bad_d"), diags, "'bad_d'"));
    CHECK(yaml::as_text_list(*root->find("list"), diags, "'list'")->size() == 2);
    CHECK_FALSE(yaml::as_text_list(*root->find("not_list"), diags, "'not_list'"));
    CHECK_FALSE(yaml::as_text_list(*root->find("nested"), diags, "'nested'"));
    CHECK_FALSE(yaml::as_text(*root->find("list"), diags, "'list'"));
    CHECK(diags.error_count() == 6);
    CHECK_MESSAGE(has_diag(diags, "t.yaml:2:8: error: expected true or false for 'bad_b', found 'maybe'"), dump(diags));
    CHECK_MESSAGE(has_diag(diags, "t.yaml:4:6: error: 'big' must be between 0 and 100, found 1000"), dump(diags));
    CHECK_MESSAGE(has_diag(diags, "t.yaml:6:8: error: expected a number for 'bad_d', found '2.5cm'"), dump(diags));
    CHECK_MESSAGE(has_diag(diags, "t.yaml:8:11: error: expected a list for 'not_list', found text"), dump(diags));
    CHECK_MESSAGE(has_diag(diags, "t.yaml:9:13: error: expected text for an item of 'nested', found a list"), dump(diags));
    CHECK_MESSAGE(has_diag(diags, "t.yaml:7:7: error: expected text for 'list', found a list"), dump(diags));
}

TEST_CASE("a second YAML document is reported at its '---'") {
    Diagnostics diags;
    auto root = parse("title: Traits\r\nquestions: []\r\n---\r\ntitle: second\r\n", diags);
    CHECK_FALSE(root);
    CHECK(has_diag(diags, "t.yaml:3:1: error: more than one YAML document in the file: the second starts here (remove '---')"));
    Diagnostics lifted;
    CHECK_FALSE(parse("a: |\n  text\n  more\nb: plain one\n...\n--- x\n", lifted));
    CHECK(has_diag(lifted, "t.yaml:6:1: error: more than one YAML document in the file: the second starts here (remove '---')"));
}

TEST_CASE("a UTF-16 surrogate pair escape (as JSON writes emoji) is a syntax error that says what to write") {
    Diagnostics diags;
    CHECK_FALSE(parse("q: \"Rocket \\ud83d\\ude80?\"\n", diags));  // the escape is at column 12
    CHECK_MESSAGE(has_diag(diags, "t.yaml:1:12: error: YAML syntax error: \\ud83d is half of a UTF-16 surrogate pair, "
                                  "which YAML does not combine: write the character itself, or \\U and its 8-digit "
                                  "code point"), dump(diags));
    Diagnostics fine;
    auto root = parse("q: \"Rocket \\U0001F680 \\u00e9\"\n", fine);
    REQUIRE(root);
    CHECK(root->find("q")->scalar == "Rocket \U0001F680 \u00e9");
}

TEST_CASE("an empty value is at its key, not where the next key starts") {
    // yaml-cpp marks an empty value at the next token: "size:" was reported at the next key,
    // and "text: #fff" (a comment, so no value) at column 1 of the next line.
    Diagnostics diags;
    auto root = parse("text:\n  size:\n  leading: 1.2\ntheme:\n  text: #000000\nlast:", diags);
    REQUIRE(root);
    const yaml::Node* size = root->find("text")->find("size");
    CHECK(size->is_null());
    CHECK(size->loc.line == 2);
    CHECK(size->loc.column == 3);
    const yaml::Node* colour = root->find("theme")->find("text");
    CHECK(colour->loc.line == 5);
    CHECK(colour->loc.column == 3);
    CHECK(root->find("last")->loc.line == 6);
    CHECK(root->find("last")->loc.column == 1);
    auto written = parse("a: ~\nb: null\nlist:\n  - \n  - x\n", diags);  // a written null keeps its place
    REQUIRE(written);
    CHECK(written->find("a")->loc.column == 4);
    CHECK(written->find("b")->loc.column == 4);
    CHECK_FALSE(diags.has_errors());
}

TEST_CASE("a file saved as UTF-16 says so, with or without a byte-order mark") {
    // Was "invalid UTF-8 (byte 0xFF)" with a mark and "NUL byte in text file" at 1:2 without.
    for (const std::string& text : {std::string("\xFF\xFEt\0i\0", 6), std::string("\xFE\xFF\0t\0i", 6),
                                    std::string("t\0i\0t\0", 6), std::string("\0t\0i", 4)}) {
        Diagnostics diags;
        CHECK_FALSE(parse(text, diags));
        CHECK_MESSAGE(has_diag(diags, "t.yaml:1:1: error: the file is UTF-16, not UTF-8: save it as UTF-8"), dump(diags));
        CHECK(diags.items().size() == 1);
    }
}

TEST_CASE("'illegal map value' says what usually causes it") {
    Diagnostics diags;
    CHECK_FALSE(parse("q: What: is this?\n", diags));
    CHECK_MESSAGE(has_diag(diags, "t.yaml:1:8: error: YAML syntax error: illegal map value: put a value that holds "
                                  "': ' in quotes, or line this key up with the keys above it"),
                  dump(diags));
}

TEST_CASE("a value starting with '`' or '@' says to quote it") {
    // Was only "YAML syntax error: unknown token".
    for (const char* c : {"`", "@"}) {
        Diagnostics diags;
        CHECK_FALSE(parse(std::string("title: x\nq: ") + c + "async` vs threads\n", diags));
        CHECK_MESSAGE(has_diag(diags, std::string("t.yaml:2:4: error: YAML syntax error: unknown token: a value cannot "
                                                  "start with '") + c + "' (YAML reserves it); put the value in quotes"),
                      dump(diags));
    }
}
