// tests: golden traces of laid-out Markdown (the trace painter sees what the PDF painter draws).
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "layout/flow.hpp"
#include "markdown/markdown.hpp"
#include "render/render.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

/// Lays `markdown` out in one column `width` points wide on pages 400 points tall and returns
/// the trace. Warnings go to `diags`. A `note_anchor` links footnote references to their notes.
std::string trace_of(const std::string& markdown, double width, Diagnostics& diags,
                     const std::string& note_anchor = "") {
    static layout::Engine engine;
    layout::LayoutFile file;
    Diagnostics layout_diags;
    file = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", layout_diags);
    REQUIRE(!layout_diags.has_errors());
    layout::Families families = layout::load_families(engine, file.fonts);
    layout::SetterEnv env{engine.typesetter(), &families, &file.theme, &file.text, 10};
    doc::Blocks blocks = markdown::parse_blocks(markdown, {{"case.md", 1, 1}, ".", "case"}, diags);
    layout::BlockSetter setter(env, {&diags, {"case.md", 1, 1}, "case"});
    setter.link_footnotes(note_anchor);
    layout::Stack stack;
    setter.blocks(blocks, width, stack);
    layout::PageStyle page;
    page.size = {width + 40, 400};
    page.margins = {20, 20, 20, 20};
    layout::Document doc;
    doc.pages = layout::flow_pages(stack, page);
    return render::write_trace(doc, engine.fonts());
}

/// Compares with tests/golden/trace/<name>.trace; DECKPRESS_UPDATE_GOLDEN=1 rewrites it.
void check_golden(const std::string& name, const std::string& trace) {
    fs::path path = fs::path(test::source_root()) / "tests/golden/trace" / (name + ".trace");
    if (!test::env_or("DECKPRESS_UPDATE_GOLDEN", "").empty()) test::write_text_file(path, trace);
    std::string expected = test::read_text_file(path);
    REQUIRE_MESSAGE(!expected.empty(), "missing golden " << path << " (run with DECKPRESS_UPDATE_GOLDEN=1)");
    CHECK(trace == expected);
}

}  // namespace

TEST_CASE("golden: a justified paragraph with bold, italic, code and a link") {
    Diagnostics diags;
    std::string trace = trace_of(
        "Decorators **modify** functions *without* changing `their_code`; see "
        "[the docs](https://docs.python.org/3/glossary.html#term-decorator) for the full story of "
        "higher-order functions.",
        220, diags);
    CHECK(trace.find("link ") != std::string::npos);
    CHECK(trace.find("-> https://docs.python.org/3/glossary.html#term-decorator") != std::string::npos);
    CHECK(diags.items().empty());
    check_golden("paragraph", trace);
}

TEST_CASE("golden: lists nested three deep with an ordered start number") {
    Diagnostics diags;
    std::string trace = trace_of("3. first\n   - second level\n     - third level\n       - fourth\n4. next\n", 220, diags);
    CHECK(trace.find("\"3.\"") != std::string::npos);
    CHECK(trace.find("\"4.\"") != std::string::npos);
    CHECK(trace.find("\"\u2022\"") != std::string::npos);
    check_golden("lists", trace);
}

TEST_CASE("an ordered list written with parentheses keeps them in its markers") {
    Diagnostics diags;
    std::string trace = trace_of("7) seventh\n8) eighth\n\n1. dotted\n", 220, diags);
    CHECK(trace.find("\"7)\"") != std::string::npos);
    CHECK(trace.find("\"8)\"") != std::string::npos);
    CHECK(trace.find("\"1.\"") != std::string::npos);  // a new list, with its own delimiter
    CHECK(trace.find("\"7.\"") == std::string::npos);
}

TEST_CASE("golden: a long code line wraps with a continuation mark and nothing is lost") {
    Diagnostics diags;
    std::string code = "    r.set(f\"user:{user_id}\", json.dumps(user), ex=3600)  # Cache for 1 hour, then refresh";
    std::string trace = trace_of("```python\n" + code + "\n```\n", 160, diags);
    CHECK(trace.find("\u21aa") != std::string::npos);
    check_golden("code-wrap", trace);
}

TEST_CASE("golden: hyphenation in a narrow justified column") {
    Diagnostics diags;
    std::string trace = trace_of(
        "Containerization of asynchronous microservices requires idempotent handlers and "
        "Kubernetes orchestration.",
        110, diags);
    CHECK(trace.find("-\"") != std::string::npos);  // at least one line ends with a drawn hyphen
    check_golden("hyphenation", trace);
}

TEST_CASE("golden: symbols fall back to DejaVu Sans; a character no font has is reported") {
    Diagnostics diags;
    std::string trace = trace_of("Request \u2192 response, a \u2264 b, x \u2260 y, \u221e retries \u2713 and \ua000.", 260, diags);
    CHECK(trace.find("font DejaVuSans ") != std::string::npos);
    CHECK(trace.find("font NotoSans-Regular ") != std::string::npos);
    REQUIRE(diags.items().size() == 1);
    CHECK(diags.items()[0].message.find("U+A000") != std::string::npos);  // Yi: in no bundled font
    CHECK(format_diagnostic(diags.items()[0]).starts_with("case.md:1:"));
    check_golden("fallback", trace);
}

TEST_CASE("golden: Chinese, Japanese and Korean come from Droid Sans Fallback, emoji from Symbola, without warnings") {
    Diagnostics diags;
    std::string trace = trace_of(
        "Why use caching? \U0001F680 \u2705 Faster reads \u274c Stale data \U0001F4A1 Tip \U0001F600\n\n"
        "\u7f13\u5b58\u662f\u4ec0\u4e48\uff1f\u7f13\u5b58\u628a\u5e38\u7528\u7684\u6570\u636e\u653e\u5728\u5185"
        "\u5b58\u91cc\uff0c\u8bfb\u53d6\u66f4\u5feb\u3002\u3042\u308a\u304c\u3068\u3046 \uc548\ub155\ud558\uc138\uc694",
        120, diags);
    CHECK(diags.items().empty());
    CHECK(trace.find("font Symbola_hint ") != std::string::npos);
    CHECK(trace.find("font DroidSansFallback ") != std::string::npos);
    CHECK(trace.find("\"\U0001F680\"") != std::string::npos);
    check_golden("cjk-emoji", trace);
}

TEST_CASE("golden: a pipe table with alignments, styles and a header repeated on the next page") {
    Diagnostics diags;
    std::string md = "| Feature | SQL | NoSQL |\n|:---|:---:|---:|\n"
                     "| **Schema** | fixed, declared up front | `flexible` |\n"
                     "| Docs | [manual](https://example.com/sql) | 42 |\n";
    for (int i = 0; i < 26; ++i) md += "| row " + std::to_string(i) + " | joins and transactions | " + std::to_string(i * 7) + " |\n";
    std::string trace = trace_of(md, 240, diags);
    CHECK(diags.items().empty());
    CHECK(trace.find("-> https://example.com/sql") != std::string::npos);
    CHECK(trace.find("page 2") != std::string::npos);
    std::size_t headers = 0;
    for (std::size_t at = trace.find("\"Feature\""); at != std::string::npos; at = trace.find("\"Feature\"", at + 1)) ++headers;
    CHECK(headers >= 2);  // the header row again on the second page
    check_golden("table", trace);
}

namespace {

/// The `text` lines of a trace whose string is `shown`: (y, size) of each.
std::vector<std::pair<std::string, std::string>> text_lines(const std::string& trace, const std::string& shown) {
    std::vector<std::pair<std::string, std::string>> out;
    std::string size;
    std::istringstream in(trace);
    for (std::string line; std::getline(in, line);) {
        std::istringstream words(line);
        std::string kind, a, b, c;
        words >> kind >> a >> b >> c;
        if (kind == "font") size = b;
        if (kind == "text" && line.ends_with("\"" + shown + "\"")) out.emplace_back(b, size);
    }
    return out;
}

}  // namespace

TEST_CASE("golden: footnote numbers raised and smaller, notes last under a short rule, linked") {
    Diagnostics diags;
    std::string trace = trace_of("A claim[^a] and another[^b].\n\nMore text.\n\n[^a]: The source.\n[^b]: Another one.\n",
                                 220, diags, "case-fn");
    CHECK(diags.items().empty());
    // "A claim" sits on the first baseline; the reference 1 is 30 % of 10 pt higher, at 7 pt.
    const auto claim = text_lines(trace, "A claim");
    const auto one = text_lines(trace, "1");
    REQUIRE(claim.size() == 1);
    REQUIRE(one.size() == 1);
    CHECK(claim[0].second == "10.00");
    CHECK(one[0].second == "7.00");
    CHECK(std::stod(claim[0].first) - std::stod(one[0].first) == doctest::Approx(3.0).epsilon(0.001));
    // The notes come after the text, under a rule, at 80 % of the size, with anchors the
    // references link to.
    const std::size_t more = trace.find("\"More text.\"");
    const std::size_t rule = trace.find("\nline ", more);
    const std::size_t note = trace.find("\"The source.\"");
    CHECK(more < rule);
    CHECK(rule < note);
    CHECK(note != std::string::npos);
    CHECK(text_lines(trace, "The source.").at(0).second == "8.00");
    CHECK(trace.find("anchor case-fn-1 ") != std::string::npos);
    CHECK(trace.find("anchor case-fn-2 ") != std::string::npos);
    CHECK(trace.find("-> #case-fn-2") != std::string::npos);
    check_golden("footnotes", trace);
}
