// tests: lifting literal blocks before yaml-cpp gives the same trees and diagnostics as not lifting.
#include <doctest/doctest.h>

#include <filesystem>

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

/// Every .yaml file of `dir` lifts at least one block, without falling back, both ways equal.
void check_bank_folder(const fs::path& dir) {
    int files = 0;
    for (const auto& entry : fs::directory_iterator(dir)) {
        if (entry.path().extension() != ".yaml") continue;
        ++files;
        std::string text = test::read_text_file(entry.path());
        test::LiftComparison c = test::compare_lifting(text, entry.path().string());
        INFO("file: ", entry.path().string());
        CHECK_MESSAGE(c.same(), "without lifting:\n" << c.plain << "with lifting:\n" << c.lifted);
        CHECK(c.trace.lifted_blocks > 0);
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
        check_bank_folder(entry.path());
    }
    CHECK(banks >= 1);
}

TEST_CASE("lifting: a generated bank parses the same and lifts its blocks") {
    fs::path dir = test::scratch_dir("lift-bankgen");
    test::RunResult r = test::run({test::env_or("DECKPRESS_BANKGEN", "deckpress_bankgen"), "120", dir.string()});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    check_bank_folder(dir);
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
    CHECK_MESSAGE(test::has_diag(diags, "t.yaml:5:2: error: YAML syntax error: end of sequence flow not found"),
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
    not_lifted("\xEF\xBB\xBF" "a: |\n  x\n");
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

/// A map (`depth` levels deep at most) at `indent`, entries optionally as `- ` items.
void random_map(Rng& rng, int indent, int depth, std::vector<std::string>& out) {
    static const std::vector<std::string> headers = {"|", "|-", "|+", "| # c", "|-  #c", "|2", ">", "&x |"};
    int entries = 1 + rng.below(4);
    bool items = rng.below(3) == 0;
    for (int e = 0; e < entries; ++e) {
        std::string lead = std::string(static_cast<std::size_t>(indent), ' ') + (items ? "- " : "");
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
            out.push_back(lead + key + ": " + (rng.below(4) == 0 ? "\"quoted\"" : "v"));
        }
    }
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

}  // namespace

TEST_CASE("lifting: random block-heavy texts parse the same both ways") {
    Rng rng(20240611);
    int lifted = 0, fell_back = 0, differ = 0;
    for (int i = 0; i < 4000; ++i) {
        std::string text = random_text(rng);
        test::LiftComparison c = test::compare_lifting(text);
        if (!c.same() && ++differ <= 3)
            FAIL_CHECK("text:\n" << text << "\nwithout lifting:\n" << c.plain << "with lifting:\n" << c.lifted);
        lifted += c.trace.lifted_blocks > 0;
        fell_back += c.trace.fell_back;
    }
    CHECK(differ == 0);
    MESSAGE(lifted, " texts lifted, ", fell_back, " fell back");
    CHECK(lifted > 800);  // the comparison must exercise the lifted path, not only fallbacks
}
