// tests/text: setting code lines: wrapping with a hanging continuation mark.
#include <doctest/doctest.h>

#include "fixture.hpp"

using namespace deckpress;
using namespace deckpress::text;
using namespace deckpress::text::testing;

namespace {

const std::string kMark = "↪ ";

std::vector<Line> set_code(const std::vector<doc::Span>& spans, double width, double hang = 12) {
    return set_code_line(typesetter(), spans, styler(), width, hang, kMark, source_at(nullptr, 1, ""));
}

std::string joined_without_marks(const std::vector<Line>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::string text = line_text(lines[i]);
        if (i > 0) {
            REQUIRE(text.rfind(kMark, 0) == 0);
            text = text.substr(kMark.size());
        }
        out += text;
    }
    return out;
}

}  // namespace

TEST_CASE("a short code line is one line with leading spaces kept") {
    std::vector<doc::Span> spans{make_span("    ", doc::Code), make_span("return", doc::Code, doc::Token::Keyword),
                                 make_span(" x", doc::Code)};
    std::vector<Line> lines = set_code(spans, 300);
    REQUIRE(lines.size() == 1);
    CHECK(line_text(lines[0]) == "    return x");
    CHECK(lines[0].runs.front().x == doctest::Approx(0));
}

TEST_CASE("long code lines wrap with the mark at the hang indent and keep every character") {
    std::string code =
        "    result = client.post(url, json={\"name\": name, \"tags\": tags}, timeout=30, "
        "headers={\"Authorization\": token})";
    std::vector<doc::Span> spans{make_span(code, doc::Code)};
    const double width = 150;
    std::vector<Line> lines = set_code(spans, width, 12);
    REQUIRE(lines.size() > 2);
    CHECK(joined_without_marks(lines) == code);
    for (std::size_t i = 0; i < lines.size(); ++i) {
        CAPTURE(i);
        CHECK(lines[i].width <= width + 1e-6);
        if (i > 0) CHECK(lines[i].runs.front().x == doctest::Approx(12));
    }
    // Preferred breaks: wrapped lines end after a space or punctuation.
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        std::string text = line_text(lines[i]);
        char last = text.back();
        CAPTURE(text);
        CHECK(std::string(" ,(){}=:.\"").find(last) != std::string::npos);
    }
}

TEST_CASE("a token without break points wraps anywhere") {
    std::string code(200, 'x');
    std::vector<Line> lines = set_code({make_span(code, doc::Code)}, 100, 10);
    REQUIRE(lines.size() > 3);
    CHECK(joined_without_marks(lines) == code);
    for (const Line& line : lines) CHECK(line.width <= 100 + 1e-6);
}

TEST_CASE("highlighted spans keep their looks across the wrap") {
    std::vector<doc::Span> spans{make_span("def", doc::Code | doc::Bold, doc::Token::Keyword),
                                 make_span(" very_long_function_name(argument_one, argument_two):", doc::Code)};
    std::vector<Line> lines = set_code(spans, 120, 8);
    REQUIRE(lines.size() > 1);
    CHECK(lines[0].runs[0].text == "def");
    CHECK(lines[0].runs[0].font == fonts().mono.faces[BoldFace]);
    CHECK(joined_without_marks(lines) == "def very_long_function_name(argument_one, argument_two):");
}

TEST_CASE("an empty code line is one empty line with the code font's height") {
    std::vector<Line> lines = set_code({make_span("", doc::Code)}, 100);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].runs.empty());
    CHECK(lines[0].ascent > 0);
}

TEST_CASE("tabs become spaces to the next multiple of four columns") {
    std::vector<Line> lines = set_code({make_span("\tx\ty", doc::Code)}, 300);
    REQUIRE(lines.size() == 1);
    CHECK(line_text(lines[0]) == "    x   y");
}

TEST_CASE("wrapped code lines keep operator runs whole: no break inside --flag, after ' = ' or ' ('") {
    const std::string code = "  --create --topic orders --partitions 12 --replication-factor 3 --config x=(a->b) \\";
    // From the width where "--replication-factor" fits on a continuation line, so that no
    // line has to be cut anywhere.
    for (double width = 150; width <= 400; width += 2) {
        CAPTURE(width);
        std::vector<Line> lines = set_code({make_span(code, doc::Code)}, width, 10);
        CHECK(joined_without_marks(lines) == code);
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            const std::string text = line_text(lines[i]);
            CAPTURE(text);
            CHECK_FALSE(text.ends_with(" -"));
            CHECK_FALSE(text.ends_with(" --"));
            const bool arrow_cut = text.ends_with("-") && line_text(lines[i + 1]).starts_with(kMark + ">");
            CHECK_FALSE(arrow_cut);
        }
    }
}
