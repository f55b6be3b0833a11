// tests/text: setting paragraphs: fonts per character, hyphenation, long tokens, warnings.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <random>

#include "fixture.hpp"
#include "text/compose.hpp"
#include "support/timing.hpp"

using namespace deckpress;
using namespace deckpress::text;
using namespace deckpress::text::testing;

namespace {

std::vector<doc::Span> spans_of(const std::string& text) { return {make_span(text)}; }

/// `params` with its width set to that of `word` set alone on one line.
ParagraphParams fitted_to(const std::string& word, ParagraphParams params, const TextSource& source) {
    params.width = 1e7;
    params.width = set_paragraph(typesetter(), spans_of(word), styler(), params, source).at(0).width;
    return params;
}

std::vector<Line> set(const std::vector<doc::Span>& spans, double width, bool justify = false,
                      Diagnostics* diags = nullptr, const std::string& subject = "question q1") {
    ParagraphParams params;
    params.width = width;
    params.justify = justify;
    TextSource source = source_at(diags, 3, subject);
    return set_paragraph(typesetter(), spans, styler(), params, source);
}

/// Text of all lines without spaces and without the hyphens drawn at hyphenated breaks.
std::string letters(const std::vector<Line>& lines) {
    std::string out;
    for (const Line& line : lines) {
        std::string text = line_text(line);
        if (line.hyphenated) {
            REQUIRE(text.back() == '-');
            text.pop_back();
        }
        for (char c : text)
            if (c != ' ') out += c;
    }
    return out;
}

std::string without_spaces(const std::string& text) {
    std::string out;
    for (char c : text)
        if (c != ' ' && c != '\n') out += c;
    return out;
}

void check_runs_positioned(const Line& line) {
    for (std::size_t i = 0; i < line.runs.size(); ++i) {
        const Run& run = line.runs[i];
        CHECK_FALSE(run.text.empty());
        CHECK(run.width > 0);
        if (i > 0) CHECK(run.x >= line.runs[i - 1].x + line.runs[i - 1].width - 1e-9);
    }
}

const char* kProse =
    "Asynchronous microservices need idempotent handlers, because a message broker may deliver "
    "the same event twice; containerization and Kubernetes make retries cheap but not free. "
    "Read https://example.com/docs/distributed_systems/idempotency?lang=en&page=2 for more, or "
    "call service.handlers.process_event(payload) directly.";

}  // namespace

TEST_CASE("a short paragraph is one line in one run, spaces drawn as spaces") {
    std::vector<Line> lines = set(spans_of("hello   world\nagain"), 400);
    REQUIRE(lines.size() == 1);
    REQUIRE(lines[0].runs.size() == 1);
    CHECK(lines[0].runs[0].text == "hello world again");
    CHECK(lines[0].runs[0].font == fonts().noto());
    CHECK(lines[0].width == doctest::Approx(measure(typesetter(), "hello world again", plain_look())));
    CHECK(lines[0].ascent > 9);
    CHECK(lines[0].descent > 1);
}

TEST_CASE("an empty paragraph has no lines") {
    CHECK(set({}, 100).empty());
    CHECK(set(spans_of("   "), 100).empty());
}

TEST_CASE("symbols fall back to DejaVu Sans in their own run") {
    std::vector<Line> lines = set(spans_of("a ≤ b"), 400);
    REQUIRE(lines.size() == 1);
    REQUIRE(lines[0].runs.size() == 3);
    CHECK(lines[0].runs[0].text == "a");
    CHECK(lines[0].runs[1].text == "≤");
    CHECK(lines[0].runs[1].font == fonts().dejavu());
    CHECK(lines[0].runs[2].text == "b");
    // DejaVu's ≤ is 837/1000 em at 10 pt.
    CHECK(lines[0].runs[1].width == doctest::Approx(8.37));
}

TEST_CASE("styles pick faces; links and colours stay on their runs") {
    std::vector<doc::Span> spans{make_span("plain "), make_span("bold", doc::Bold), make_span(" and "), make_span("code", doc::Code),
                                 make_span(" link", doc::Plain, doc::Token::Text, "https://x.org")};
    std::vector<Line> lines = set(spans, 400);
    REQUIRE(lines.size() == 1);
    std::vector<std::string> texts;
    for (const Run& run : lines[0].runs) texts.push_back(run.text);
    CHECK(texts == std::vector<std::string>{"plain", "bold", "and", "code", "link"});
    CHECK(lines[0].runs[1].font == fonts().sans.faces[BoldFace]);
    CHECK(lines[0].runs[3].font == fonts().mono.faces[Regular]);
    CHECK(lines[0].runs[3].size == doctest::Approx(9));
    CHECK(lines[0].runs[4].link == "https://x.org");
    CHECK(!lines[0].runs[4].strike);
    CHECK(lines[0].runs[0].link.empty());
    for (const Line& line : lines) check_runs_positioned(line);
}

TEST_CASE("hard breaks force lines") {
    std::vector<doc::Span> spans{make_span("one"), hard_break(), make_span("two three")};
    std::vector<Line> lines = set(spans, 400, true);
    REQUIRE(lines.size() == 2);
    CHECK(line_text(lines[0]) == "one");
    CHECK(line_text(lines[1]) == "two three");
    // Trailing hard breaks make no empty line.
    spans.push_back(hard_break());
    CHECK(set(spans, 400).size() == 2);
}

TEST_CASE("narrow columns hyphenate with a drawn hyphen") {
    std::vector<Line> lines = set(spans_of(kProse), 90);
    int hyphenated = 0;
    for (const Line& line : lines) {
        if (!line.hyphenated) continue;
        ++hyphenated;
        CHECK(line_text(line).back() == '-');
    }
    CHECK(hyphenated > 0);
    CHECK(letters(lines) == without_spaces(kProse));
}

TEST_CASE("no hyphenation when switched off, and none inside code spans") {
    ParagraphParams params;
    params.width = 90;  // each word fits alone (a word wider than the line is cut with a hyphen)
    params.hyphenate = false;
    TextSource source = source_at(nullptr, 1, "");
    std::vector<Line> lines = set_paragraph(typesetter(), spans_of("asynchronous containerization"),
                                            styler(), params, source);
    REQUIRE(lines.size() == 2);
    CHECK(line_text(lines[0]) == "asynchronous");
    CHECK(line_text(lines[1]) == "containerization");
    REQUIRE(set(spans_of("asynchronous containerization"), 90).size() == 2);
    CHECK(set(spans_of("asynchronous containerization"), 90)[0].hyphenated);  // on, it would
    std::vector<doc::Span> code{make_span("asynchronous containerization", doc::Code)};
    for (const Line& line : set(code, 60)) CHECK_FALSE(line.hyphenated);
}

TEST_CASE("justified lines with spaces fill the measure, except the last") {
    const double width = 200;
    std::vector<Line> lines = set(spans_of(kProse), width, true);
    REQUIRE(lines.size() > 3);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        CAPTURE(i);
        CAPTURE(line_text(lines[i]));
        // A line holding only a piece of the URL has no glue to stretch.
        if (lines[i].runs.size() > 1) CHECK(lines[i].width == doctest::Approx(width).epsilon(0.001));
        check_runs_positioned(lines[i]);
    }
    CHECK(lines.back().width < width);
    CHECK(letters(lines) == without_spaces(kProse));
}

TEST_CASE("a URL breaks after its punctuation, not inside names") {
    std::vector<Line> lines = set(spans_of("see https://example.com/docs/distributed/idempotency"), 110);
    REQUIRE(lines.size() > 1);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        std::string text = line_text(lines[i]);
        char last = text.back();
        CAPTURE(text);
        CHECK((last == '/' || last == '.' || last == ':' || last == 'e'));  // "see" may end line 1
    }
}

TEST_CASE("URLs, paths and identifiers are not hyphenated inside their names") {
    // "https://go.dev/ref/mem#section-the-hap-pens-before": a reader would type the hyphen.
    for (const std::string text : {"see https://go.dev/ref/mem#section-the-happens-before-relation-and-synchronization",
                                   "read /usr/share/documentation/synchronization/relationships.txt",
                                   "call containerization_synchronization_manager()",
                                   "import containerization.synchronization.relationships"}) {
        CAPTURE(text);
        std::vector<Line> lines = set(spans_of(text), 110);
        REQUIRE(lines.size() > 1);
        for (const Line& line : lines) CHECK_FALSE(line.hyphenated);
        CHECK(letters(lines) == without_spaces(text));
    }
}

TEST_CASE("first indent moves the first line and shortens it") {
    ParagraphParams params;
    params.width = 150;
    params.first_indent = 20;
    TextSource source = source_at(nullptr, 1, "");
    std::vector<Line> lines = set_paragraph(typesetter(), spans_of(kProse), styler(), params, source);
    REQUIRE(lines.size() > 2);
    CHECK(lines[0].runs.front().x == doctest::Approx(20));
    CHECK(lines[1].runs.front().x == doctest::Approx(0));
    CHECK(lines[0].width <= 150 + 1e-6);
}

TEST_CASE("missing glyphs: one warning per code point and subject, character not drawn") {
    Diagnostics diags;
    Typesetter ts = typesetter();
    ParagraphParams params;
    params.width = 300;
    TextSource q1 = source_at(&diags, 12, "question missing-1");
    TextSource q2 = source_at(&diags, 40, "question missing-2");
    std::vector<doc::Span> spans = spans_of("Zhong \xe4\xb8\xad wen \xe4\xb8\xad and \xf0\x9f\xa5\xb0 smile");
    std::vector<Line> lines = set_paragraph(ts, spans, styler(), params, q1);
    REQUIRE(lines.size() == 1);
    CHECK(line_text(lines[0]) == "Zhong wen and smile");
    REQUIRE(diags.items().size() == 2);
    const Diagnostic& d = diags.items()[0];
    CHECK(d.severity == Severity::Warning);
    CHECK(d.loc.line == 12);
    CHECK(d.message.find("U+4E2D") != std::string::npos);
    CHECK(d.message.find("question missing-1") != std::string::npos);
    CHECK(d.message.find("not drawn") != std::string::npos);
    CHECK(diags.items()[1].message.find("U+1F970") != std::string::npos);
    set_paragraph(typesetter(), spans, styler(), params, q1);  // same subject: no new warnings
    CHECK(diags.items().size() == 2);
    set_paragraph(ts, spans, styler(), params, q2);  // another subject: warned again
    CHECK(diags.items().size() == 4);
    for (const Line& line : lines) check_runs_positioned(line);
}

TEST_CASE("missing glyphs in a probe: counted as dropped, left for the final setting to report") {
    Typesetter ts = typesetter();
    ParagraphParams params;
    params.width = 300;
    std::vector<doc::Span> spans = spans_of("Probe \xe4\xb8\xad and \xe4\xb8\xad again");
    Diagnostics probe = Diagnostics::discarding();
    set_paragraph(ts, spans, styler(), params, source_at(&probe, 5, "question probe-1"));
    CHECK(probe.items().empty());
    CHECK(probe.discarded() == 2);  // what a final setting would report: nothing is recorded
    Diagnostics final_setting;
    set_paragraph(ts, spans, styler(), params, source_at(&final_setting, 5, "question probe-1"));
    CHECK(final_setting.warning_count() == 1);
    Diagnostics later_probe = Diagnostics::discarding();
    set_paragraph(ts, spans, styler(), params, source_at(&later_probe, 5, "question probe-1"));
    CHECK(later_probe.discarded() == 0);  // reported already: a final setting would say nothing
    Diagnostics clean = Diagnostics::discarding();
    set_paragraph(ts, spans_of("Nothing missing here"), styler(), params, source_at(&clean, 5, "question probe-2"));
    CHECK(clean.discarded() == 0);
}

TEST_CASE("covers: every character has a font of the chain, invisible ones aside") {
    Typesetter ts = typesetter();
    Look look = styler()(make_span("x"));
    CHECK(covers(ts, "Plain text, digits 0123 and symbols \u2192 \u2713", look));  // arrows from DejaVu
    CHECK(covers(ts, "soft\xc2\xadhyphen and zero\xe2\x80\x8bwidth", look));
    CHECK(covers(ts, "", look));
    CHECK_FALSE(covers(ts, "Zhong \xe4\xb8\xad", look));
    CHECK_FALSE(covers(ts, "smile \xf0\x9f\xa5\xb0", look));  // beyond the BMP, not in DejaVu Sans
}

TEST_CASE("invisible characters: soft hyphen and zero-width space break without drawing") {
    std::vector<Line> lines = set(spans_of("abcdefghij\xc2\xad" "klmnopqrst uvw\xe2\x80\x8bxyz"), 400);
    REQUIRE(lines.size() == 1);
    CHECK(line_text(lines[0]) == "abcdefghijklmnopqrst uvwxyz");
    std::vector<Line> narrow = set(spans_of("abcdefghij\xc2\xad" "klmnopqrst"), 60);
    REQUIRE(narrow.size() == 2);
    CHECK(line_text(narrow[0]) == "abcdefghij-");
    CHECK(narrow[0].hyphenated);
}

TEST_CASE("a word wider than the line without hyphenation points breaks with a drawn hyphen") {
    // English patterns know no 'ü': the compound was cut as "Rindfle" / "ischetikett...", which
    // reads as two words.
    const std::string word = "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz";
    std::vector<Line> lines = set(spans_of(word + " ist lang."), 90);
    REQUIRE(lines.size() > 2);
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
        CAPTURE(line_text(lines[i]));
        if (line_text(lines[i]).find(' ') != std::string::npos) break;  // the word has ended
        CHECK(lines[i].hyphenated);
        CHECK(line_text(lines[i]).back() == '-');
        CHECK(lines[i].width <= 90 + 1e-6);
    }
    CHECK(letters(lines) == without_spaces(word + " ist lang."));
}

TEST_CASE("tokens cut anywhere get no hyphen: code, URLs, snake_case, digits") {
    for (const std::string text : {"https://example.com/averyveryverylongpathsegmentwithoutanyseparators",
                                   "snake_averyveryverylongpathsegmentwithoutanyseparators",
                                   "averyveryverylongpathsegmentwithoutanyseparators42"}) {
        CAPTURE(text);
        for (const Line& line : set(spans_of(text), 80)) CHECK_FALSE(line.hyphenated);
    }
    std::vector<doc::Span> code{make_span("averyveryverylongpathsegmentwithoutanyseparators", doc::Code)};
    for (const Line& line : set(code, 80)) CHECK_FALSE(line.hyphenated);
}

TEST_CASE("property: no line is ever wider than the measure, and no text is lost") {
    const std::vector<std::string> vocabulary{
        "the", "a", "request", "asynchronous", "idempotency", "microservices", "Kubernetes",
        "https://example.com/a/very/long/path/to/some/resource.html?query=value&other=2",
        "snake_case_identifier_that_goes_on", "dotted.module.name.function", "α≤β", "✓",
        "(parenthesised)", "x", "configuration-management", "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGH"};
    std::mt19937 rng(20240601);
    for (int trial = 0; trial < 200; ++trial) {
        std::vector<doc::Span> spans;
        std::string all;
        int count = std::uniform_int_distribution<int>(1, 40)(rng);
        for (int i = 0; i < count; ++i) {
            const std::string& word = vocabulary[std::uniform_int_distribution<std::size_t>(0, vocabulary.size() - 1)(rng)];
            std::uint8_t style = std::uniform_int_distribution<int>(0, 5)(rng) == 0 ? doc::Code : doc::Plain;
            spans.push_back(make_span(word + " ", style));
            all += word;
        }
        double width = std::uniform_real_distribution<double>(30, 400)(rng);
        bool justify = trial % 2 == 0;
        CAPTURE(trial);
        CAPTURE(width);
        std::vector<Line> lines = set(spans, width, justify);
        for (const Line& line : lines) {
            CHECK(line.width <= width + 1e-6);
            check_runs_positioned(line);
        }
        CHECK(letters(lines) == all);
    }
}

TEST_CASE("property: words running across spans still never overflow") {
    std::mt19937 rng(99);
    const std::vector<std::string> pieces{"identifier_", "Kubernetes", "(", "x", "≤", "configuration",
                                          "ABCDEFGHIJ", ".", "asynchronous"};
    for (int trial = 0; trial < 100; ++trial) {
        std::vector<doc::Span> spans;
        std::string all;
        int count = std::uniform_int_distribution<int>(1, 30)(rng);
        for (int i = 0; i < count; ++i) {
            std::string text = pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
            if (std::uniform_int_distribution<int>(0, 4)(rng) == 0) text += " ";
            int style = std::uniform_int_distribution<int>(0, 3)(rng);
            spans.push_back(make_span(text, style == 0 ? doc::Code : style == 1 ? doc::Bold : doc::Plain));
            all += without_spaces(text);
        }
        double width = std::uniform_real_distribution<double>(25, 200)(rng);
        CAPTURE(trial);
        CAPTURE(width);
        std::vector<Line> lines = set(spans, width, trial % 2 == 0);
        for (const Line& line : lines) CHECK(line.width <= width + 1e-6);
        CHECK(letters(lines) == all);
    }
}

TEST_CASE("a 1 MB word sets quickly in a narrow column, no line wider than the column") {
    std::string word(1 << 20, 'x');
    for (std::size_t i = 0; i < word.size(); i += 7) word[i] = 'm';
    const deckpress::test::CpuStopwatch watch;
    std::vector<Line> lines = set(spans_of(word), 72);
    double seconds = watch.seconds();
    MESSAGE("1 MB word: " << lines.size() << " lines in " << seconds << " s");
    CHECK(seconds < deckpress::test::time_bound(20));
    std::size_t chars = 0;
    for (const Line& line : lines) {
        CHECK(line.width <= 72 + 1e-6);
        chars += line_text(line).size() - (line.hyphenated ? 1 : 0);  // the drawn hyphen
    }
    CHECK(chars == word.size());
}

TEST_CASE("a bank's worth of paragraphs sets in milliseconds") {
    std::vector<doc::Span> spans{make_span(kProse), make_span(" More "), make_span("bold words", doc::Bold), make_span(" and "),
                                 make_span("code_like_tokens()", doc::Code), make_span(" to finish the answer.")};
    const deckpress::test::CpuStopwatch watch;
    std::size_t lines = 0;
    for (int i = 0; i < 300; ++i) lines += set(spans, 250, i % 2 == 0).size();
    double ms = watch.seconds() * 1000;
    MESSAGE("300 paragraphs: " << lines << " lines in " << ms << " ms");
    CHECK(ms < deckpress::test::time_bound(3000));
}

TEST_CASE("measure and set_line use the fallback chain") {
    Look look = plain_look(10);
    double a = measure(typesetter(), "a", look);
    CHECK(a == doctest::Approx(5.61));
    CHECK(measure(typesetter(), "a≤", look) == doctest::Approx(5.61 + 8.37));
    Diagnostics diags;
    Line line = set_line(typesetter(), "Page 3 ✓", look, source_at(&diags, 1, "footer"));
    REQUIRE(line.runs.size() == 2);
    CHECK(line.runs[0].text == "Page 3 ");
    CHECK(line.runs[1].text == "✓");
    CHECK(line.runs[1].x == doctest::Approx(line.runs[0].width));
    CHECK(line.width == doctest::Approx(measure(typesetter(), "Page 3 ✓", look)));
    CHECK(diags.items().empty());
}

TEST_CASE("a letter and its combining marks are set as the precomposed character") {
    // Without shaping, "a" + U+0308 drew the diaeresis beside the "a" (Noto Sans centres
    // the mark on the pen position, for mark attachment to place it).
    CHECK(detail::composed("a\u0308 cafe\u0301 n\u0303") == std::optional<std::string>("\u00e4 caf\u00e9 \u00f1"));
    CHECK(detail::composed("e\u0301\u0301") == std::optional<std::string>("\u00e9\u0301"));  // one mark composes
    CHECK(detail::composed("A\u030a\u0301") == std::optional<std::string>("\u01fa"));       // two in a row
    CHECK_FALSE(detail::composed("plain text, \u00e9 already composed"));
    CHECK_FALSE(detail::composed("\u0308 alone, q\u0308 has no precomposed form"));

    Diagnostics diags;
    std::vector<Line> lines = set(spans_of("na\u0308ive"), 300, false, &diags);
    REQUIRE(lines.size() == 1);
    CHECK(line_text(lines[0]) == "n\u00e4ive");
    CHECK(diags.items().empty());
    CHECK(measure(typesetter(), "a\u0308", plain_look()) == doctest::Approx(measure(typesetter(), "\u00e4", plain_look())));
}

TEST_CASE("numbers are not cut at their decimal point or separator: 3.0, 10:30, 1.2.3") {
    const std::string text = "default since 3.0 at 10:30 from release 1.2.3 and pi is 3.14159 today";
    for (double width = 40; width <= 200; width += 1) {
        CAPTURE(width);
        std::vector<Line> lines = set(spans_of(text), width);
        CHECK(letters(lines) == without_spaces(text));
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            const std::string end = line_text(lines[i]);
            const std::string next = line_text(lines[i + 1]);
            CAPTURE(end);
            CHECK_FALSE((end.size() >= 2 && (end.back() == '.' || end.back() == ':') &&
                         std::isdigit(static_cast<unsigned char>(end[end.size() - 2])) &&
                         std::isdigit(static_cast<unsigned char>(next.front()))));
        }
    }
}

TEST_CASE("a word set at exactly its own width stays whole, though a hyphen inside it would not fit") {
    // Knuth-Plass dropped the line's start once "symbo-" (with its hyphen) overflowed, so
    // "symbol" alone, which fits exactly, was never tried: a table column as wide as its
    // widest word showed "symb-" over "ol".
    for (bool hyphenate : {false, true})
        for (const std::string word : {"symbol", "tymbol", "aspect", "Wave", "throughput", "latency", "idempotence"}) {
            CAPTURE(word);
            ParagraphParams params;
            params.hyphenate = hyphenate;
            const TextSource source = source_at(nullptr, 3, "q");
            params = fitted_to(word, params, source);
            const std::vector<Line> lines = set_paragraph(typesetter(), spans_of(word), styler(), params, source);
            REQUIRE(lines.size() == 1);
            CHECK(line_text(lines[0]) == word);
        }
}

TEST_CASE("words beside a word exactly as wide as the line do not cut it: 'the / idempotency / key'") {
    // A table column fitted to its longest word: the room a hyphen would need made every word of
    // that width breakable anywhere, and the breaker preferred two full lines, "the idempot-" /
    // "ency key", or "url mk004" / "25x", to three whole words.
    for (const std::string word : {"idempotency", "mk00425x", "throughput", "Kubernetes"}) {
        CAPTURE(word);
        ParagraphParams params;
        params.hyphenate = false;
        const TextSource source = source_at(nullptr, 3, "q");
        params = fitted_to(word, params, source);
        const std::vector<Line> lines = set_paragraph(typesetter(), spans_of("the " + word + " key"), styler(), params, source);
        REQUIRE(lines.size() == 3);
        CHECK(line_text(lines[0]) == "the");
        CHECK(line_text(lines[1]) == word);
        CHECK(line_text(lines[2]) == "key");
    }
}

TEST_CASE("a token break leaves two characters on each side: m/s and f(x) stay whole") {
    // "3 × 10⁸ m/s" (bound by no-break spaces) broke as "m/" over "s".
    const std::string text = "speed 3\u00a0\u00d7\u00a010\u2078\u00a0m/s by mail or f(x) today";
    for (double width = 50; width <= 200; width += 1) {
        CAPTURE(width);
        const std::vector<Line> lines = set(spans_of(text), width);
        for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
            const std::string end = line_text(lines[i]);
            CAPTURE(end);
            CHECK_FALSE(end.ends_with("m/"));
            CHECK_FALSE(end.ends_with(" f"));
        }
    }
}
