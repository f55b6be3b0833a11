// tests/text: Chinese, Japanese and Korean text breaks between characters, never before closing punctuation.
#include <doctest/doctest.h>

#include "core/utf8.hpp"
#include "wide_fixture.hpp"

using namespace deckpress;
using namespace deckpress::text;
using namespace deckpress::text::testing;

namespace {

/// The first character of a line's text.
char32_t first_char(const Line& line) {
    std::string text = line_text(line);
    std::size_t pos = 0;
    return text.empty() ? 0 : next_codepoint(text, pos);
}

const std::string kChinese =
    "\u7f13\u5b58\u662f\u4e00\u79cd\u628a\u7ecf\u5e38\u8bbf\u95ee\u7684\u6570\u636e\u4fdd\u5b58\u5728\u66f4"
    "\u5feb\u7684\u5b58\u50a8\u4e2d\u7684\u6280\u672f\uff0c\u5b83\u53ef\u4ee5\u51cf\u5c11\u6570\u636e\u5e93"
    "\u7684\u8d1f\u8f7d\u3002";  // 缓存是一种把经常访问的数据保存在更快的存储中的技术，它可以减少数据库的负载。

}  // namespace

TEST_CASE("a Chinese paragraph wraps between characters into lines within a narrow column, without hyphens") {
    for (bool justify : {false, true}) {
        CAPTURE(justify);
        Diagnostics diags;
        // 8.5 em: eight characters a line, and half an em to spread over their gaps when justified.
        std::vector<Line> lines = set_wide(kChinese, 85, justify, &diags);
        CHECK(diags.items().empty());
        CHECK(lines.size() >= 4);
        std::string joined;
        for (const Line& line : lines) {
            CHECK(line.width <= 85 + 1e-6);
            CHECK_FALSE(line.hyphenated);
            for (const Run& run : line.runs) CHECK(run.font == wide().droid);
            joined += line_text(line);
        }
        CHECK(joined == kChinese);  // nothing lost, nothing added (no hyphen, no space)
        if (justify)  // the lines but the last fill the column: the gaps between characters stretch
            for (std::size_t i = 0; i + 1 < lines.size(); ++i) CHECK(lines[i].width == doctest::Approx(85).epsilon(1e-6));
    }
}

TEST_CASE("no line starts with closing punctuation or a small kana, and none ends with an opening bracket") {
    // 「ありがとう」、と言った。キャッシュ（cache）は、速い。 with commas and stops everywhere
    const std::string text =
        "\u300c\u3042\u308a\u304c\u3068\u3046\u300d\u3001\u3068\u8a00\u3063\u305f\u3002\u30ad\u30e3\u30c3"
        "\u30b7\u30e5\uff08\u7f13\u5b58\uff09\u306f\u3001\u901f\u3044\u3002\u6570\u636e\u3001\u6570\u636e"
        "\u3001\u6570\u636e\uff0c\u5feb\uff01\u30b5\u30fc\u30d0\u30fc\u3002";
    const std::u32string closing = U"\u3001\u3002\uff0c\uff01\uff09\u300d\u3063\u30e3\u30c3\u30e5\u30fc";
    // From 4.5 em on: the longest piece that may not break ("言った。", 4 em) fits with room
    // for a hyphen; a narrower column would have to break it anywhere.
    int lines_seen = 0;
    for (double width = 45; width <= 160; width += 1.5) {
        CAPTURE(width);
        std::vector<Line> lines = set_wide(text, width, false, nullptr);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            ++lines_seen;
            if (i > 0) CHECK(closing.find(first_char(lines[i])) == std::u32string::npos);
            std::string shown = line_text(lines[i]);
            CHECK_FALSE(shown.ends_with("\u300c"));
            CHECK_FALSE(shown.ends_with("\uff08"));
        }
    }
    CHECK(lines_seen > 100);
}

TEST_CASE("Korean breaks at its spaces or between syllables; Latin words beside CJK stay whole") {
    Diagnostics diags;
    // 안녕하세요 Redis캐시 서버
    std::vector<Line> lines = set_wide("\uc548\ub155\ud558\uc138\uc694 Redis\uce90\uc2dc \uc11c\ubc84", 40, false, &diags);
    CHECK(diags.items().empty());
    CHECK(lines.size() >= 2);
    for (const Line& line : lines) {
        CHECK(line.width <= 40 + 1e-6);
        std::string shown = line_text(line);
        CHECK((shown.find("Redis") != std::string::npos || shown.find("Red") == std::string::npos));
    }
}
