// tests: problems inside answers of every YAML scalar style are reported at their exact
// file:line:col, or at the start of the answer where the style cannot be mapped.
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "outputs/prepared.hpp"

using namespace deckpress;

namespace {

struct Case {
    const char* name;
    std::string answer;  ///< what follows `a:` (with its own line breaks and indentation)
    int line;            ///< expected location of the missing image
    int column;
    int unit = 2;        ///< the file's indentation step
    bool crlf = false;
};

/// A category file whose one question has `a:` on line 8 (at column 5 for unit 2).
std::string category(const Case& c) {
    const std::string item(static_cast<std::size_t>(c.unit), ' ');
    const std::string key(static_cast<std::size_t>(c.unit + 2), ' ');
    std::string text = "title: C\nquestions:\n" + item + "- id: q1\n" + key + "q: Q?\n" + key + "short: s\n" + key +
                       "level: beginner\n" + key + "kind: concept\n" + key + "a:" + c.answer + "\n";
    if (!c.crlf) return text;
    std::string out;
    for (char ch : text) out += ch == '\n' ? std::string("\r\n") : std::string(1, ch);
    return out;
}

/// The diagnostics of preparing the bank holding `c`.
Diagnostics prepare_case(const Case& c) {
    Diagnostics diags;
    bank::Bank b = bank::load_bank_texts({{"bank.yaml", "title: T\ncategories: [c]\n"}, {"c.yaml", category(c)}},
                                         "bankdir", diags);
    REQUIRE_MESSAGE(!diags.has_errors(), c.name);
    outputs::prepare(b, diags);
    return diags;
}

const Diagnostic* missing_image(const Diagnostics& diags) {
    for (const Diagnostic& d : diags.items())
        if (d.message.find("m.png") != std::string::npos) return &d;
    return nullptr;
}

/// Byte length of 1-based `line` of `text` without its line break, or -1 past the end.
int line_length(const std::string& text, int line) {
    std::size_t start = 0;
    for (int l = 1; l < line; ++l) {
        start = text.find('\n', start);
        if (start == std::string::npos) return -1;
        ++start;
    }
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    if (end > start && text[end - 1] == '\r') --end;
    return static_cast<int>(end - start);
}

const std::string I6 = "\n      ";  // a line break and the answer's indentation (unit 2)

// Each answer has a missing image on its third source line (or third text line).
const std::vector<Case> kCases = {
    {"literal", " |" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)", 11, 7},
    {"literal strip", " |-" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)", 11, 7},
    {"literal keep", " |+" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)\n", 11, 7},
    {"literal with leading blank line", " |\n" + I6 + "two" + I6 + "![x](m.png)", 11, 7},
    {"literal, indented continuation line", " |" + I6 + "one" + I6 + "two" + I6 + "   see ![x](m.png)", 11, 14},
    {"folded, indented continuation line", " >" + I6 + "one" + I6 + "two" + I6 + "   see ![x](m.png)", 11, 14},
    {"folded", " >" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)", 11, 7},
    {"folded after a blank line", " >" + I6 + "one" + I6 + "two\n" + I6 + "![x](m.png)", 12, 7},
    {"folded strip", " >-" + I6 + "one" + I6 + "  two" + I6 + "see ![x](m.png)", 11, 11},
    {"folded keep", " >+" + I6 + "one\n" + I6 + "![x](m.png)\n", 11, 7},
    {"plain", " one" + I6 + "two" + I6 + "more ![x](m.png)", 10, 12},
    {"plain after a blank line", " one\n" + I6 + "![x](m.png)", 10, 7},
    {"single-quoted", " 'one" + I6 + "it''s" + I6 + "![x](m.png)'", 10, 7},
    {"double-quoted with \\n", R"y( "one\ntwo\n![x](m.png)")y", 8, 19},
    {"double-quoted over lines", " \"one" + I6 + "two\\" + I6 + "  ![x](m.png)\"", 10, 9},
    {"CRLF literal", " |" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)", 11, 7, 2, true},
    {"CRLF folded", " >" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)", 11, 7, 2, true},
    {"indented by 6", " |\n" + std::string(14, ' ') + "one\n" + std::string(14, ' ') + "two\n" +
                          std::string(14, ' ') + "![x](m.png)",
     11, 15, 6},
    {"folded indented by 6", " >\n" + std::string(14, ' ') + "one\n" + std::string(14, ' ') + "two\n" +
                                 std::string(14, ' ') + "![x](m.png)",
     11, 15, 6},
    // Where the style cannot be mapped, the problem is reported where the answer starts.
    {"explicit indentation indicator", " |2" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)", 9, 7},
    {"anchored", " &x >" + I6 + "one" + I6 + "two" + I6 + "![x](m.png)", 8, 8},
    {"double-quoted after \\u escape", R"y( "\u00e9\n\n![x](m.png)")y", 8, 8},
};

}  // namespace

TEST_CASE("a missing image on an answer's third line is reported exactly, or at the answer's start") {
    for (const Case& c : kCases) {
        CAPTURE(c.name);
        Diagnostics diags = prepare_case(c);
        const Diagnostic* d = missing_image(diags);
        REQUIRE(d != nullptr);
        CHECK(d->loc.file.find("c.yaml") != std::string::npos);
        CHECK(d->loc.line == c.line);
        CHECK(d->loc.column == c.column);
    }
}

TEST_CASE("no location inside an answer is past the end of its line") {
    for (const Case& c : kCases) {
        CAPTURE(c.name);
        const std::string text = category(c);
        Diagnostics diags = prepare_case(c);
        REQUIRE(!diags.items().empty());
        for (const Diagnostic& d : diags.items()) {
            CAPTURE(d.message);
            CAPTURE(fmt::format("{}:{}", d.loc.line, d.loc.column));
            const int length = line_length(text, d.loc.line);
            REQUIRE(length >= 0);
            CHECK(d.loc.column >= 1);
            CHECK(d.loc.column <= length);
        }
    }
}

TEST_CASE("an in-page link on an indented continuation line is reported exactly") {
    const Case c{"link", " >" + I6 + "one" + I6 + "  two [see](#x) and [more](#y)", 10, 13};
    Diagnostics diags = prepare_case(c);
    std::vector<std::string> at;
    for (const Diagnostic& d : diags.items())
        if (d.message.find("in-page links") != std::string::npos) at.push_back(fmt::format("{}:{}", d.loc.line, d.loc.column));
    CAPTURE(fmt::format("{}", fmt::join(at, " ")));
    CHECK(at == std::vector<std::string>{"10:13", "10:27"});
}

TEST_CASE("inline HTML in an answer is reported at its tag, not where its paragraph starts") {
    const std::vector<Case> cases = {
        {"literal, first line", " |" + I6 + "Check <b>this</b> out", 9, 13},
        {"literal, third line", " |" + I6 + "one" + I6 + "two" + I6 + "and <i>x</i>", 11, 11},
        {"folded, indented continuation line", " >" + I6 + "one" + I6 + "  two <br> three", 10, 13},
        {"CRLF literal", " |" + I6 + "Tabs <i>should</i> line up", 9, 12, 2, true},
    };
    for (const Case& c : cases) {
        CAPTURE(c.name);
        Diagnostics diags = prepare_case(c);
        std::vector<std::string> at;
        for (const Diagnostic& d : diags.items())
            if (d.message.starts_with("HTML rendered as text")) at.push_back(fmt::format("{}:{}", d.loc.line, d.loc.column));
        CHECK(at == std::vector<std::string>{fmt::format("{}:{}", c.line, c.column)});
    }
}

TEST_CASE("inline HTML in a table cell is reported at its tag, not at the answer's first line") {
    // The cell's own text was looked up in the whole answer's map: 'H<sub>' in row 2 came out at 9:8.
    const Case c{"table cell", " |" + I6 + "Intro." + I6 + I6 + "| A | B |" + I6 + "|---|---|" + I6 + "| x | H<sub>2</sub>O |", 13, 14};
    Diagnostics diags = prepare_case(c);
    std::vector<std::string> at;
    for (const Diagnostic& d : diags.items())
        if (d.message.starts_with("HTML rendered as text")) at.push_back(fmt::format("{}:{}", d.loc.line, d.loc.column));
    CHECK(at == std::vector<std::string>{"13:14"});
}
