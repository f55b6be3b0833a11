// tests: the table-driven highlighter (token classes per language, exact round trip).
#include <doctest/doctest.h>

#include "md_test_util.hpp"

namespace md = deckpress::markdown;
namespace doc = deckpress::doc;

namespace {

/// One code line as `token"text"` items (plain text without a prefix), as in the model dump.
std::string tokens(std::string_view code, std::string_view lang) {
    doc::Block block;
    block.kind = doc::BlockKind::Code;
    block.lines = md::highlight(code, lang);
    std::string out = doc::dump(block);
    return out.substr(std::string_view("code\n").size());
}

std::string joined(const std::vector<doc::Span>& line) {
    std::string out;
    for (const doc::Span& s : line) {
        CHECK(s.style == doc::Code);
        CHECK_FALSE(s.hard_break);
        out += s.text;
    }
    return out;
}

std::vector<std::string> split(std::string_view code) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t eol; (eol = code.find('\n', start)) != std::string_view::npos; start = eol + 1)
        lines.emplace_back(code.substr(start, eol - start));
    if (start < code.size()) lines.emplace_back(code.substr(start));
    return lines;
}

}  // namespace

TEST_CASE("python: keywords, builtins, decorators, prefixed and triple-quoted strings") {
    CHECK(tokens("@app.get(\"/x\")\nasync def f(n: int = 0x1F) -> None:  # c\n", "python") ==
          "  line builtin\"@app\" punct\".\" \"get\" punct\"(\" string\"\\\"/x\\\"\" punct\")\"\n"
          "  line keyword\"async\" \" \" keyword\"def\" \" f\" punct\"(\" \"n\" punct\":\" \" \" "
          "builtin\"int\" \" \" punct\"=\" \" \" number\"0x1F\" punct\")\" \" \" punct\"->\" \" \" "
          "keyword\"None\" punct\":\" \"  \" comment\"# c\"\n");
    CHECK(tokens("s = f'{x}' + rb\"\\d\"", "python") ==
          "  line \"s \" punct\"=\" \" \" string\"f'{x}'\" \" \" punct\"+\" \" \" "
          "string\"rb\\\"\\\\d\\\"\"\n");
    CHECK(tokens("d = \"\"\"one\n# not a comment\nend\"\"\" # yes", "python") ==
          "  line \"d \" punct\"=\" \" \" string\"\\\"\\\"\\\"one\"\n"
          "  line string\"# not a comment\"\n"
          "  line string\"end\\\"\\\"\\\"\" \" \" comment\"# yes\"\n");
}

TEST_CASE("a single-quoted python string does not run past its line") {
    CHECK(tokens("x = 'open\ny = 1", "python") ==
          "  line \"x \" punct\"=\" \" \" string\"'open\"\n"
          "  line \"y \" punct\"=\" \" \" number\"1\"\n");
}

TEST_CASE("bash: builtins, variables, comments only at word starts, multi-line quotes") {
    CHECK(tokens("echo \"hi $USER\" ${HOME} a#b # c", "bash") ==
          "  line builtin\"echo\" \" \" string\"\\\"hi $USER\\\"\" \" \" builtin\"${HOME}\" "
          "\" a\" punct\"#\" \"b \" comment\"# c\"\n");
    CHECK(tokens("if [ -f x ]; then\nA='one\ntwo'", "sh") ==
          "  line keyword\"if\" \" \" punct\"[\" \" \" punct\"-\" \"f x \" punct\"];\" \" \" "
          "keyword\"then\"\n"
          "  line \"A\" punct\"=\" string\"'one\"\n"
          "  line string\"two'\"\n");
    CHECK(tokens("$ pip install fastapi", "console") ==
          "  line punct\"$\" \" pip install fastapi\"\n");
}

TEST_CASE("sql: case-insensitive keywords, doubled quotes, both comment kinds") {
    CHECK(tokens("select COUNT(*) From t WHERE a = 'it''s' -- c\n/* x\ny */ END;", "sql") ==
          "  line keyword\"select\" \" \" builtin\"COUNT\" punct\"(*)\" \" \" keyword\"From\" "
          "\" t \" keyword\"WHERE\" \" a \" punct\"=\" \" \" string\"'it''s'\" \" \" "
          "comment\"-- c\"\n"
          "  line comment\"/* x\"\n"
          "  line comment\"y */\" \" \" keyword\"END\" punct\";\"\n");
}

TEST_CASE("yaml and json: keys before a colon, constants as builtins") {
    CHECK(tokens("api-version: true # c\n- \"k\": 1.5", "yml") ==
          "  line keyword\"api-version\" punct\":\" \" \" builtin\"true\" \" \" comment\"# c\"\n"
          "  line punct\"-\" \" \" keyword\"\\\"k\\\"\" punct\":\" \" \" number\"1.5\"\n");
    CHECK(tokens("{\"a\": [1, null], \"b\": \"x:y\"}", "json") ==
          "  line punct\"{\" keyword\"\\\"a\\\"\" punct\":\" \" \" punct\"[\" number\"1\" "
          "punct\",\" \" \" builtin\"null\" punct\"],\" \" \" keyword\"\\\"b\\\"\" punct\":\" "
          "\" \" string\"\\\"x:y\\\"\" punct\"}\"\n");
}

TEST_CASE("javascript/typescript: template strings span lines, block comments") {
    CHECK(tokens("const s = `a\n${b}` // c\n/* k */ let n: number = 3;", "ts") ==
          "  line keyword\"const\" \" s \" punct\"=\" \" \" string\"`a\"\n"
          "  line string\"${b}`\" \" \" comment\"// c\"\n"
          "  line comment\"/* k */\" \" \" keyword\"let\" \" n\" punct\":\" \" \" "
          "builtin\"number\" \" \" punct\"=\" \" \" number\"3\" punct\";\"\n");
}

TEST_CASE("dockerfile: instructions only as a line's first word, case-insensitive") {
    CHECK(tokens("from python AS base\nRUN a && \\\n    run b $X\n# c\ncopy . /app", "Dockerfile") ==
          "  line keyword\"from\" \" python \" builtin\"AS\" \" base\"\n"
          "  line keyword\"RUN\" \" a \" punct\"&&\" \" \" punct\"\\\\\"\n"
          "  line \"    run b \" builtin\"$X\"\n"
          "  line comment\"# c\"\n"
          "  line keyword\"copy\" \" \" punct\".\" \" \" punct\"/\" \"app\"\n");
}

TEST_CASE("unknown languages are plain text; empty lines have no spans") {
    const auto lines = md::highlight("fn main() {}\n\nend\n", "rust");
    REQUIRE(lines.size() == 3);
    REQUIRE(lines[0].size() == 1);
    CHECK(lines[0][0].token == doc::Token::Text);
    CHECK(lines[0][0].text == "fn main() {}");
    CHECK(lines[1].empty());
    CHECK(md::highlight("", "python").empty());
}

TEST_CASE("round trip: every line's spans concatenate to the line, in every language") {
    const std::vector<std::string> samples = {
        "def f(x):\n    return f\"{x!r}\" + '''a\nb''' # c\n\t@dec\n",
        "x = \"unterminated\ny = 'also\n\"\"\"never closed\n",
        "for i in $(seq 1 3); do echo \"$i\" 'q\nq' ${A:-b} $@; done # c\n",
        "SELECT * FROM t WHERE x = 'a''b' /* open\nstill */ -- end\n",
        "key: value\n  - {a: 1, \"b\": [true, ~]}\n# c\nurl: http://x # y\n",
        "const a = `x${y}\n` + /re/g; // c\n/* a\n * b */ let \u00e9l\u00e8ve = 1e-3;\n",
        "{\"a\": {\"b\": [1.5e+10, -2, \"\\\"q\\\"\"]}}\n",
        "FROM alpine:3 AS b\nRUN apk add \\\n  curl # c\nENV A=\"b\" C=${D}\n",
        "\\\\\\\n'\"`\n\xff\xfe odd bytes\n\u00e9\u4e2d\u6587 unicode \u2192 arrow\n",
    };
    const std::vector<std::string> languages = {"python", "bash",       "sql", "yaml", "js",
                                                "json",   "dockerfile", "txt", ""};
    for (const std::string& lang : languages) {
        for (const std::string& code : samples) {
            CAPTURE(lang);
            CAPTURE(code);
            const auto lines = md::highlight(code, lang);
            std::vector<std::string> expected = split(code);
            for (std::string& line : expected)  // invalid bytes come back as U+FFFD
                if (line.find('\xff') != std::string::npos)
                    line = "\uFFFD\uFFFD odd bytes";
            REQUIRE(lines.size() == expected.size());
            for (std::size_t i = 0; i < lines.size(); ++i) CHECK(joined(lines[i]) == expected[i]);
        }
    }
}
