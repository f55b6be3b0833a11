// tests: lifting literal blocks before yaml-cpp gives the same trees and diagnostics as not lifting.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "bank/bank.hpp"
#include "bank/lift_diff.hpp"
#include "temp_bank.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

/// Parses `text` both ways, checks that the results are identical, returns the trace.
yaml::ParseTrace same_both_ways(const std::string& text, const yaml::Limits& limits = {}) {
    test::LiftComparison c = test::compare_lifting(text, "t.yaml", limits);
    INFO("text:\n", text);
    CHECK_MESSAGE(c.same(), "without lifting:\n" << c.plain << "with lifting:\n" << c.lifted);
    return c.trace;
}

/// `text` lifts `blocks` blocks without falling back, and both ways agree.
void lifts(const std::string& text, int blocks) {
    yaml::ParseTrace trace = same_both_ways(text);
    INFO("text:\n", text);
    CHECK(trace.lifted_blocks == blocks);
    CHECK_FALSE(trace.fell_back);
}

/// `text` lifts `values` plain values (and `blocks` literal blocks) without falling back,
/// and both ways agree.
void lifts_plain(const std::string& text, int values, int blocks = 0) {
    yaml::ParseTrace trace = same_both_ways(text);
    INFO("text:\n", text);
    CHECK(trace.lifted_plain == values);
    CHECK(trace.lifted_blocks == blocks);
    CHECK_FALSE(trace.fell_back);
}

/// No plain value of `text` is lifted (literal blocks may be), and both ways agree.
void plain_not_lifted(const std::string& text) {
    yaml::ParseTrace trace = same_both_ways(text);
    INFO("text:\n", text);
    CHECK(trace.lifted_plain == 0);
}

/// `text` is parsed the old way (nothing lifted, or the lifted parse was discarded).
void not_lifted(const std::string& text) {
    yaml::ParseTrace trace = same_both_ways(text);
    INFO("text:\n", text);
    CHECK(trace.lifted_blocks == 0);
}

std::string scalar_of(const std::string& text, const std::string& key) {
    Diagnostics diags;
    auto root = yaml::parse_text(text, "t.yaml", diags);
    REQUIRE(root);
    const yaml::Node* node = root->find(key);
    REQUIRE(node);
    return node->scalar;
}

/// Every .yaml file of `dir` lifts at least one plain value (and, with `blocks`, one block),
/// without falling back, both ways equal.
void check_yaml_folder(const fs::path& dir, bool blocks = true) {
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".yaml") continue;
        ++files;
        std::string text = test::read_text_file(entry.path());
        test::LiftComparison c = test::compare_lifting(text, entry.path().string());
        INFO("file: ", entry.path().string());
        CHECK_MESSAGE(c.same(), "without lifting:\n" << c.plain << "with lifting:\n" << c.lifted);
        if (blocks) CHECK(c.trace.lifted_blocks > 0);
        if (blocks) CHECK(c.trace.lifted_lists > 0);
        if (blocks && entry.path().filename() != "bank.yaml") CHECK(c.trace.lifted_maps > 0);
        CHECK(c.trace.lifted_plain > 0);
        CHECK_FALSE(c.trace.fell_back);
    }
    CHECK(files > 1);
}

}  // namespace

TEST_CASE("lifting: every bundled bank parses the same and lifts its blocks") {
    int banks = 0;
    for (const auto& entry : fs::directory_iterator(fs::path(test::source_root()) / "content")) {
        if (!fs::exists(entry.path() / "bank.yaml")) continue;
        ++banks;
        check_yaml_folder(entry.path());
    }
    CHECK(banks >= 1);
}

TEST_CASE("lifting: every bundled layout parses the same and lifts its plain values") {
    check_yaml_folder(fs::path(test::source_root()) / "layouts", false);
}

TEST_CASE("lifting: a generated bank parses the same and lifts its blocks") {
    fs::path dir = test::scratch_dir("lift-bankgen");
    test::RunResult r = test::run({test::env_or("DECKPRESS_BANKGEN", "deckpress_bankgen"), "120", dir.string()});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    check_yaml_folder(dir);
    fs::remove_all(dir);
}

TEST_CASE("lifting: chomping and trailing blank lines") {
    const std::string body = "  one\n\n  two\n\n\n";
    lifts("a: |\n" + body + "b: 1\n", 1);
    lifts("a: |-\n" + body + "b: 1\n", 1);
    lifts("a: |+\n" + body + "b: 1\n", 1);
    lifts("a: |+\n" + body, 1);
    lifts("a: |-\n" + body, 1);
    CHECK(scalar_of("a: |\n" + body + "b: 1\n", "a") == "one\n\ntwo\n");
    CHECK(scalar_of("a: |-\n" + body + "b: 1\n", "a") == "one\n\ntwo");
    CHECK(scalar_of("a: |+\n" + body + "b: 1\n", "a") == "one\n\ntwo\n\n\n");
}

TEST_CASE("lifting: lines of spaces, comments, a '#' line in the text, no final newline") {
    lifts("a: |\n  x\n      \n \n  y\n   \nb: 1\n", 1);
    CHECK(scalar_of("a: |\n  x\n      \n \n  y\n   \nb: 1\n", "a") == "x\n    \n\ny\n \n");
    lifts("a: |  # a comment\n  x\nb: |- # another\n  y\n", 2);
    lifts("a: |\n  # not a comment\n  x\n# a comment\nb: 1\n", 1);
    CHECK(scalar_of("a: |\n  # not a comment\n  x\n# a comment\nb: 1\n", "a") == "# not a comment\nx\n");
    lifts("a: |\n  x\n  y", 1);
    CHECK(scalar_of("a: |\n  x\n  y", "a") == "x\ny");
    lifts("a: |\n  x\n    more\n  \ty\n", 1);  // a tab after the indentation is text
    lifts("a: |\n\n  \n  x\n", 1);             // leading blank lines (text_loc is on the first)
    lifts("a: |\n  \n  x\n", 1);
}

TEST_CASE("lifting: empty blocks are left to yaml-cpp") {
    not_lifted("a: |\nb: 1\n");
    not_lifted("a: |-\n\n\nb: |\n");
    lifts("a: |\nb: |\n  x\nc: |\n", 1);
}

TEST_CASE("lifting: headers inside quoted scalars fall back or are not headers") {
    lifts("q: \"x: |\"\na: |\n  y\n", 1);
    yaml::ParseTrace in_double = same_both_ways("q: \"first\n  b: |\n    inner\"\nd: 1\n");
    CHECK(in_double.fell_back);
    yaml::ParseTrace in_single = same_both_ways("q: 'first\n  b: |\n    inner'\nd: |\n  x\n");
    CHECK(in_single.fell_back);
    yaml::ParseTrace in_flow = same_both_ways("q: [a,\n  b: |\n    c]\n");
    CHECK(in_flow.fell_back);
}

TEST_CASE("lifting: sequences and nested maps") {
    lifts("items:\n  - a: |\n      x\n    b: 1\n  - a: |-\n      y\n  - - c: |\n        z\n", 3);
    lifts("top:\n  mid:\n    deep:\n      t: |\n        text\n      u: 1\n    v: |\n      w\nend: 1\n", 2);
    lifts("- id: x\n  short: |\n    s\n  a: |\n    long\n\n    answer\n- id: y\n", 2);
}

TEST_CASE("lifting: other block scalars are skipped, not lifted") {
    lifts("a: >\n  b: |\n    c\nd: |\n  e\n", 1);
    lifts("a: |2\n   b: |\n     c\nd: |\n  e\n", 1);
    lifts("- |\n  b: |\n    c\n- d: |\n    e\n", 1);
    not_lifted("a: &x |\n  y\nb: *x\n");
}

TEST_CASE("lifting: syntax errors are reported at their original line and column") {
    std::string after = "a: |\n  x\n  y\nb: [1, 2\nc: 3\n";
    yaml::ParseTrace trace = same_both_ways(after);
    CHECK(trace.fell_back);
    Diagnostics diags;
    CHECK(yaml::parse_text(after, "t.yaml", diags) == nullptr);
    CHECK_MESSAGE(test::has_diag(diags, "t.yaml:4:4: error: YAML syntax error: this '[' is never closed (a list written [a, b] ends with ']')"),
                  test::dump(diags));
    not_lifted("a:\n  b: |\n      x\n    c: 1\n");        // ends inside the block's indentation
    not_lifted("a:\n  b: |\n      x\n    # c\n      y\n");  // so does a comment
    same_both_ways("a: |\n  x\nb: 1\n  c: 2\n");
    same_both_ways("a: |\n  x\nb: 1\n- c\n");
    same_both_ways("a: |\n  x\n---\nb: 1\n");
    same_both_ways("- a: |\n    x\n  b: [\n");
}

TEST_CASE("lifting: tabs, control bytes and wide leading blank lines are not lifted") {
    not_lifted("a: |\n\tx\n");
    not_lifted("a: |\n  x\n\t\nb: 1\n");
    not_lifted("a: |\n  x\n \tb\n");
    not_lifted("a: |\r\n  x\r\n");
    not_lifted("a: |\n  x\x04y\nb: 1\n");  // 0x04 ends yaml-cpp's input (found by the fuzzer)
    not_lifted("a: |\n  x\x01y\nb: 1\n");
    not_lifted("a: |\n      \n  x\nb: 1\n");
    lifts("\xEF\xBB\xBF" "a: |\n  x\n", 1);  // the byte-order mark is dropped before lifting
}

TEST_CASE("lifting: duplicate keys, aliases and limits see the real values") {
    std::string dup = "a: |\n  x\nb: 1\na: |\n  y\n";
    lifts(dup, 2);
    Diagnostics diags;
    auto root = yaml::parse_text(dup, "t.yaml", diags);
    CHECK_MESSAGE(test::has_diag(diags, "t.yaml:4:1: error: duplicate key 'a' (first defined at line 1)"),
                  test::dump(diags));
    lifts("base: &b\n  t: |\n    long text\nuse: *b\n", 1);
    lifts("base: !!map\n  t: |\n    long text\n", 1);
    yaml::Limits limits;
    limits.max_scalar_bytes = 8;
    std::string big = "a: |\n  " + std::string(20, 'x') + "\n";
    same_both_ways(big, limits);
    Diagnostics limited;
    CHECK(yaml::parse_text(big, "t.yaml", limited, limits) == nullptr);
    CHECK(limited.has_errors());
}

TEST_CASE("lifting plain values: ordinary values, booleans, numbers and text") {
    lifts_plain("level: beginner\nkind: concept\n", 2);
    lifts_plain("a: true\nb: yes\nc: 1e3\nd: 0x10\ne: 12\nf: 1.5\ng: Off\n", 7);
    lifts_plain("q: Describe a time when you had to lead a project. What then?\n", 1);
    lifts_plain("a: x:y\nb: a#b\nc: x, y\nd: it's 'x'\ne: a \"b\" c\nf: (x) [y] {z}\n", 6);
    lifts_plain("q: \"What: is # X?\"\nb: 'a \"b\" c'  \nc: \"null\"\nd: ''\ne: \" x \"\n", 5);
    CHECK(scalar_of("q: \" What: is # X? \"\n", "q") == " What: is # X? ");
    for (const char* value : {"\"a\\\"b\"", "'it''s'", "\"x\" # c", "\"a\" b", "\"a\\nb\"", "\"a\tb\""})
        plain_not_lifted(std::string("q: ") + value + "\n");
    lifts_plain("a: caf\xC3\xA9 \xE2\x86\x92 \xE4\xB8\xAD\nb: x\n", 2);
    lifts_plain("a: trailing   \nb: x  ", 2);
    CHECK(scalar_of("a: trailing   \nb: x  ", "a") == "trailing");
    CHECK(scalar_of("a: trailing   \nb: x  ", "b") == "x");
    lifts_plain("a:    spaced  out  \n", 1);
    CHECK(scalar_of("a:    spaced  out  \n", "a") == "spaced  out");
    lifts_plain("a: x", 1);
    lifts_plain("a: x\n\n\nb: y\n", 2);
    lifts_plain("a: x\n# a comment\nb: y\n", 2);
    lifts_plain("a: /path\nb: .5\nc: $x\nd: +1\ne: _u\nf: <t>\ng: =\nh: ;x\ni: ^\nj: \\x\n", 10);
}

TEST_CASE("lifting plain values: nulls and indicators are left to yaml-cpp") {
    // A plain null is a Null node, not a scalar: never lifted.
    lifts_plain("a: null\nb: Null\nc: NULL\nd: ~\ne: x\n", 1);
    Diagnostics diags;
    auto root = yaml::parse_text("a: null\nb: ~\nc: nulls\n", "t.yaml", diags);
    REQUIRE(root);
    CHECK(root->find("a")->is_null());
    CHECK(root->find("b")->is_null());
    CHECK(root->find("c")->is_scalar());
    plain_not_lifted("c: {e: 1}\nd: {e: 1}\nf: &x g\nh: *x\ni: !!str j\n");
    plain_not_lifted("a: -1\nb: ? x\nc: :x\nd: ,x\ne: #x\nf: %x\ng: @x\nh: `x\n");
    plain_not_lifted("a: > x\nb: | x\n");
    plain_not_lifted("a: x # comment\n");
    plain_not_lifted("a: x: y\n");
    plain_not_lifted("a: x:\n");
    plain_not_lifted("a: x:  \n");
    plain_not_lifted("a: x:\nb: y\n");
    plain_not_lifted("a: x\ty\n");
    plain_not_lifted("a: \xC3\xA9t\xC3\xA9\n");  // a value starting with non-ASCII text
}

TEST_CASE("lifting plain values: lines that may continue the value are left to yaml-cpp") {
    plain_not_lifted("a: first\n  continued\nb: {x: 1}\n");
    plain_not_lifted("a: first\n\n  continued after a blank line\nb: {x: 1}\n");
    plain_not_lifted("a: first\n  # an indented comment\nb: {x: 1}\n");
    plain_not_lifted("a: first\n    \nb: {x: 1}\n");  // a line of spaces wider than the key's column
    plain_not_lifted("a: first\n\tx\n");
    plain_not_lifted("a: first\n\t\nb: {x: 1}\n");
    lifts_plain("a: first\nb: second\n  continued\n", 1);
    CHECK(scalar_of("a: first\n  continued\nb: x\n", "a") == "first continued");
    lifts_plain("x:\n  a: first\n  \n  b: y\n", 2);  // spaces no wider than the key's column
}

TEST_CASE("lifting plain values: sequences, nesting, literal blocks, duplicate keys") {
    lifts_plain("- id: x\n  q: y\n- id: z\n", 3);
    lifts_plain("items:\n  - a: x\n    b: y\n  - - c: z\n", 3);
    lifts_plain("- id: one\n  q: Q?\n  a: |\n    text\n  level: beginner\n", 3, 1);
    lifts_plain("a: |\n  b: not a key\n  c: x\nd: y\n", 1, 1);
    lifts_plain("a: >\n  b: inside a folded block\nd: y\n", 1);
    std::string dup = "a: x\nb: y\na: z\n";
    lifts_plain(dup, 3);
    Diagnostics diags;
    yaml::parse_text(dup, "t.yaml", diags);
    CHECK_MESSAGE(test::has_diag(diags, "t.yaml:3:1: error: duplicate key 'a' (first defined at line 1)"),
                  test::dump(diags));
    Diagnostics line_diags;
    auto root = yaml::parse_text("a: |\n  x\n  y\nb: value\n", "t.yaml", line_diags);
    REQUIRE(root);
    const yaml::Node* b = root->find("b");
    REQUIRE(b);
    CHECK(test::describe_loc(b->loc) == "t.yaml:4:4");
    CHECK(test::describe_loc(b->text_loc) == "t.yaml:4:4");
}

TEST_CASE("lifting plain values: values inside quoted or flow text fall back") {
    CHECK(same_both_ways("q: \"first\n  b: inner\n  end\"\nd: 1\n").fell_back);
    CHECK(same_both_ways("q: [a,\n  b: c,\n  d]\n").fell_back);
    CHECK(same_both_ways("q: {a: 1,\n  b: c}\n").fell_back);
    same_both_ways("a: x\nb: [1, 2\nc: 3\n");
    same_both_ways("a: x\n b: y\n");
    same_both_ways("- a: x\n b: y\n");
    same_both_ways("a: x\n---\nb: y\n");
    same_both_ways("a: x\n...\n");
}

TEST_CASE("lifting flow lists: one-line lists of plain values become sequences") {
    auto lists = [](const std::string& text) {
        yaml::ParseTrace trace = same_both_ways(text);
        CHECK_FALSE(trace.fell_back);
        return trace.lifted_lists;
    };
    CHECK(lists("tags: [python, web apis, caf\xC3\xA9]\n") == 1);
    CHECK(lists("- id: x\n  tags: [a,b ,  c]  \n  more: [1]\n") == 2);
    CHECK(lists("q:\n  - tags: [ a , b ]\n    n: 1\n") == 1);
    CHECK(lists("tags: [caf\xC3\xA9 \xE2\x86\x92, x]\n") == 1);  // columns after multi-byte text
    // Empty lists, empty items, nesting, quotes, colons, nulls, comments, anchors: yaml-cpp's.
    for (const char* value : {"[]", "[a, , b]", "[a, b,]", "[a, [b]]", "[a, 'b']", "[a:b, c]", "[null, a]",
                              "[a, ~]", "[a] # c", "[a, b #c]", "[-x, y]", "[a, {b}]", "&t [a]", "[a,\n  b]",
                              "[b?sics, sql]", "[a!, b]", "[a*b]", "[a\xC2\x85" "b]", "[x\xE2\x80\xA8y]"})
        CHECK_MESSAGE(lists(std::string("tags: ") + value + "\n") == 0, value);
    CHECK(lists("tags: [a, b]\n  more\n") == 0);  // a deeper line: not a one-line list
}

TEST_CASE("lifting maps: a sequence item of liftable entries is lifted whole") {
    auto maps = [](const std::string& text) { return same_both_ways(text).lifted_maps; };
    const std::string question = "  - id: one\n    q: What?\n    tags: [a, b]\n    a: |\n      Text\n\n      More\n";
    CHECK(maps("questions:\n" + question + question + "notes: x\n") == 2);
    CHECK(maps("questions:\n" + question + "\n\n" + question) == 2);
    CHECK(maps("q:\n  - id: one\n\n    level: x\n  - id: two") == 2);  // blank line inside, no final newline
    CHECK(maps("q:\n- a: 1\n  b: |-\n    x\nc: 2\n") == 1);
    CHECK(maps("q:\n  - a: \"What: is it?\"\n    b: 'x'\n") == 1);
    // Duplicate or null keys, comments, nested maps, quoted or odd values, deeper or
    // shallower lines, tabs: the lines are left to yaml-cpp (or lifted one by one).
    for (const char* item : {"  - a: 1\n    a: 2\n", "  - null: 1\n    b: 2\n", "  - a: 1\n    # c\n    b: 2\n",
                             "  - a: 1\n    b:\n      c: 2\n", "  - a: 1\n    b: \"x\\ty\"\n", "  - a: 1\n     b: 2\n",
                             "  - a: 1\n   b: 2\n", "  - a: 1\n\tb: 2\n", "  - a: 1\n    - b\n", "  - a: &x 1\n",
                             "  - - a: 1\n", "  -  a: 1\n", "  - a: |\n    b: 2\n", "  - a: 1\n# c\n    b: 2\n",
                             "  - a: 1\n\n# c\n    b: |\n      x\n", "  - a: 1\n  # c\n    b: 2\n"})
        CHECK_MESSAGE(maps(std::string("q:\n") + item) == 0, item);
}

TEST_CASE("lifting maps: diagnostics inside a lifted question keep their file:line:column") {
    std::map<std::string, std::string> texts = {
        {"bank.yaml", "title: T\ncategories: [c]\n"},
        {"c.yaml", "title: C\nquestions:\n  - id: one\n    q: Q?\n    a: |\n      A\n\n    level: expert\n"
                   "    tags: [x, y]\n    colour: red\n"}};
    Diagnostics diags;
    bank::load_bank_texts(texts, "b", diags);
    CHECK_MESSAGE(test::has_diag(diags, "b/c.yaml:8:12: error: invalid level 'expert' (allowed: beginner, intermediate, advanced; did you mean 'advanced'?)"),
                  test::dump(diags));
    CHECK_MESSAGE(test::has_diag(diags, "b/c.yaml:10:5: error: unknown key 'colour' in question (allowed: id, q, a, "
                                        "short, level, kind, tags, choices, keep_last)"),
                  test::dump(diags));
    CHECK(same_both_ways(texts["c.yaml"]).lifted_maps == 1);
}

TEST_CASE("lifting flow lists: an item's diagnostics keep its file:line:column") {
    Diagnostics diags;
    auto root = yaml::parse_text("title: T\ntags: [one,  two]\n", "t.yaml", diags);
    REQUIRE(root);
    const yaml::Node* tags = root->find("tags");
    REQUIRE(tags);
    REQUIRE(tags->items.size() == 2);
    CHECK(tags->loc.line == 2);
    CHECK(tags->loc.column == 7);
    CHECK(tags->items[1].scalar == "two");
    CHECK(tags->items[1].loc.column == 14);
}

TEST_CASE("lifting plain values: a bad level keeps its file:line:column") {
    std::map<std::string, std::string> texts = {
        {"bank.yaml", "title: T\ncategories: [c]\n"},
        {"c.yaml", "title: C\nquestions:\n  - id: one\n    q: Q?\n    a: |\n      A\n    level: expert\n"}};
    Diagnostics diags;
    bank::load_bank_texts(texts, "b", diags);
    CHECK_MESSAGE(test::has_diag(diags, "b/c.yaml:7:12: error: invalid level 'expert' (allowed: beginner, intermediate, advanced; did you mean 'advanced'?)"),
                  test::dump(diags));
    CHECK(same_both_ways(texts["c.yaml"]).lifted_plain == 4);
}

namespace {

/// SplitMix64: deterministic texts for the randomized comparison below.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    int below(int n) {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return static_cast<int>((z ^ (z >> 31)) % static_cast<std::uint64_t>(n));
    }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))]; }

private:
    std::uint64_t state_;
};

/// The lines of a literal block's content at `indent`: text, deeper text, blank lines of
/// any width, `#` lines, trailing blank lines.
void random_block(Rng& rng, int indent, std::vector<std::string>& out) {
    static const std::vector<std::string> texts = {"text", "# hash", "- item", "k: v", "a: |", "\"q", "x'y", "{a", "]"};
    int lines = rng.below(5);
    for (int i = 0; i < lines; ++i) {
        if (rng.below(4) == 0) out.emplace_back(static_cast<std::size_t>(rng.below(indent + 4)), ' ');
        else out.push_back(std::string(static_cast<std::size_t>(indent + rng.below(3) * rng.below(3)), ' ') + rng.pick(texts));
    }
}

/// Values after `key: `: plain ones that lift, plain ones that must not, other scalars.
const std::vector<std::string>& plain_values() {
    static const std::vector<std::string> values = {
        "v", "two words", "x:y", "a#b", "trail  ", "true", "1e3", "0x10", "null", "~", "Null",
        "a: b", "a #c", "ends:", "q?", "caf\xC3\xA9", "\"quoted\"", "'single'", "-1", "[a, b]",
        "{a: 1}", "&x v", "*x", "!!str v", "x\ty", "(p) x, y", "v:  ", "[python, web apis]",
        "[a,b ,  c]  ", "[x]", "[]", "[a, , b]", "[a, b,]", "[a, [b]]", "[a, 'b']", "[a:b, c]", "[null, a]",
        "[a, ~]", "[a] # c", "[a, b #c]", "[ a , b ]", "[caf\xC3\xA9, 1e3]", "[-x, y]", "[a, {b}]", "[b?sics, sql]",
        "[a!, b&c]", "[x*y, %z]", "[a\xC2\x85" "b]", "[(p) q, r/s.t]", "\"d q\"", "'s q'", "\"a\\\"b\"",
        "'it''s'", "\"x\" # c", "\"open", "' '", "\"a\" b"};
    return values;
}

/// Lines after a plain value that may continue it, or end it: deeper text, a comment,
/// blank lines of any width, a tab.
void random_after_value(Rng& rng, int key_column, std::vector<std::string>& out) {
    static const std::vector<std::string> texts = {"more", "# c", "k: v", "- x", "\tt", ""};
    int lines = 1 + rng.below(2);
    for (int i = 0; i < lines; ++i)
        out.push_back(std::string(static_cast<std::size_t>(std::max(0, key_column - 1 + rng.below(4))), ' ') +
                      rng.pick(texts));
}

/// A map (`depth` levels deep at most) at `indent`, entries optionally as `- ` items.
void random_map(Rng& rng, int indent, int depth, std::vector<std::string>& out) {
    static const std::vector<std::string> headers = {"|", "|-", "|+", "| # c", "|-  #c", "|2", ">", "&x |"};
    int entries = 1 + rng.below(4);
    const int style = rng.below(4);  // 0: each entry a `- ` item; 1: one `- ` item holding them all
    bool items = style <= 1;
    for (int e = 0; e < entries; ++e) {
        const bool dash = style == 0 || (style == 1 && e == 0);
        std::string lead = std::string(static_cast<std::size_t>(indent), ' ') + (dash ? "- " : items ? "  " : "");
        if (style == 1 && e > 0 && rng.below(6) == 0) out.emplace_back(static_cast<std::size_t>(rng.below(indent + 4)), ' ');
        int key_column = indent + (items ? 2 : 0);
        std::string key = "k" + std::to_string(e);
        int kind = rng.below(6);
        if (kind <= 2) {
            out.push_back(lead + key + ": " + rng.pick(headers));
            random_block(rng, key_column + 1 + rng.below(4), out);
        } else if (kind == 3 && depth > 0) {
            out.push_back(lead + key + ":");
            random_map(rng, key_column + 1 + rng.below(3), depth - 1, out);
        } else {
            out.push_back(lead + key + ": " + (rng.below(2) == 0 ? "v" : rng.pick(plain_values())));
            if (rng.below(8) == 0) random_after_value(rng, key_column, out);
        }
    }
}

void random_damage(Rng& rng, std::vector<std::string>& lines);

/// Items of a block sequence at `dash`, each a map of one-line values and literal blocks
/// (keys may repeat), blank lines between entries now and then.
void random_items(Rng& rng, int dash, std::vector<std::string>& out) {
    static const std::vector<std::string> headers = {"|", "|-", "|+", "| # c"};
    const int items = 1 + rng.below(4);
    for (int i = 0; i < items; ++i) {
        const int entries = 1 + rng.below(5);
        for (int e = 0; e < entries; ++e) {
            std::string lead = std::string(static_cast<std::size_t>(dash), ' ') + (e == 0 ? "- " : "  ");
            std::string key = "k" + std::to_string(rng.below(6));
            if (rng.below(3) == 0) {
                out.push_back(lead + key + ": " + rng.pick(headers));
                const int indent = dash + 3 + rng.below(3);
                if (rng.below(4) == 0) {
                    random_block(rng, indent, out);
                } else {
                    for (int k = 0, n = 1 + rng.below(3); k < n; ++k)
                        out.push_back(k == 1 && rng.below(3) == 0 ? "" : std::string(static_cast<std::size_t>(indent), ' ') + "Line, with: text #1");
                }
            } else {
                out.push_back(lead + key + ": " + (rng.below(12) != 0 ? "v w" : rng.pick(plain_values())));
            }
            if (rng.below(8) == 0) out.emplace_back(static_cast<std::size_t>(rng.below(dash + 4)), ' ');
        }
    }
}

/// A text shaped like a bank file: top-level values, `questions:` and its items, notes.
std::string random_bank_text(Rng& rng) {
    auto value = [&rng] { return rng.below(6) != 0 ? std::string("A title") : rng.pick(plain_values()); };
    std::vector<std::string> lines = {"title: " + value()};
    if (rng.below(4) == 0) lines.emplace_back("# a comment");
    lines.emplace_back("questions:");
    random_items(rng, rng.below(2) * 2, lines);
    if (rng.below(2) == 0) lines.push_back("notes: " + value());
    if (rng.below(6) == 0) random_damage(rng, lines);
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    return text;
}

/// Breaks a text now and then: a line moved, an odd line inserted, a tab.
void random_damage(Rng& rng, std::vector<std::string>& lines) {
    static const std::vector<std::string> odd = {"\t", "---", "...", "\"multi", "'multi", "[", "k: \"x", "? k", "# c"};
    if (lines.empty()) return;
    std::size_t at = static_cast<std::size_t>(rng.below(static_cast<int>(lines.size())));
    switch (rng.below(3)) {
        case 0: lines[at] = std::string(static_cast<std::size_t>(rng.below(6)), ' ') + lines[at]; break;
        case 1: lines.insert(lines.begin() + static_cast<std::ptrdiff_t>(at), std::string(static_cast<std::size_t>(rng.below(6)), ' ') + rng.pick(odd)); break;
        default: lines[at].insert(0, "\t"); break;
    }
}

std::string random_text(Rng& rng) {
    std::vector<std::string> lines;
    random_map(rng, rng.below(2), 3, lines);
    if (rng.below(3) == 0) random_damage(rng, lines);
    std::string text;
    for (const std::string& line : lines) text += line + "\n";
    if (rng.below(4) == 0 && !text.empty()) text.pop_back();
    return text;
}

/// How often `count` texts from `make` (seeded with `seed`) took each path; fails on the first
/// three texts that parse differently with lifting.
struct RandomRun {
    int lifted = 0, plain = 0, lists = 0, maps = 0, fell_back = 0, differ = 0;
};

RandomRun compare_random(std::uint64_t seed, int count, std::string (*make)(Rng&)) {
    Rng rng(seed);
    RandomRun run;
    for (int i = 0; i < count; ++i) {
        std::string text = make(rng);
        test::LiftComparison c = test::compare_lifting(text);
        if (!c.same() && ++run.differ <= 3)
            FAIL_CHECK("text:\n" << text << "\nwithout lifting:\n" << c.plain << "with lifting:\n" << c.lifted);
        run.lifted += c.trace.lifted_blocks > 0;
        run.plain += c.trace.lifted_plain > 0;
        run.lists += c.trace.lifted_lists > 0;
        run.maps += c.trace.lifted_maps > 0;
        run.fell_back += c.trace.fell_back;
    }
    MESSAGE(run.lifted, " texts lifted blocks, ", run.plain, " plain values, ", run.lists, " lists, ", run.maps,
            " maps; ", run.fell_back, " fell back");
    return run;
}

}  // namespace

TEST_CASE("lifting: random block-heavy texts parse the same both ways") {
    RandomRun run = compare_random(20240611, 4000, random_text);
    CHECK(run.differ == 0);
    CHECK(run.lifted > 750);  // the comparison must exercise the lifted path, not only fallbacks
    CHECK(run.plain > 800);
    CHECK(run.lists > 100);
}

TEST_CASE("lifting: random bank-shaped texts parse the same both ways") {
    RandomRun run = compare_random(20261128, 5000, random_bank_text);
    CHECK(run.differ == 0);
    CHECK(run.maps > 1000);  // the comparison must exercise whole-map lifting
}
