// tests: pathological answers rendered to PDF by the CLI finish fast with a correct result.
#include <doctest/doctest.h>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// Renders a bank whose only answer is `answer`; checks the run is fast and clean, the PDF is
/// complete, and returns the PDF's text (pdftotext with `flags`).
std::string render_ok(const std::string& name, const std::string& answer, std::string& err,
                      const std::string& flags = "-q") {
    fs::path bank = bank_with_answer(name, answer);
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    CHECK(t.seconds < patho_seconds());
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    CHECK(no_temp_files(pdf.parent_path()));
    err = t.result.err;
    return run_capture("pdftotext " + flags + " " + shell_quote(pdf.string()) + " -");
}

/// Renders a bank whose only answer is `answer` into a reader; returns the PDF's words (and
/// checks poppler had nothing to say about it).
PdfText reader_words(const std::string& name, const std::string& answer) {
    fs::path bank = bank_with_answer(name, answer);
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    PdfText text = read_pdf_words(pdf.string(), bank.parent_path().string());
    CHECK(text.warnings.empty());
    return text;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("10,000 nested lists in an answer: flattened with one warning, the leaf is printed") {
    std::string answer;
    for (int i = 0; i < 10000; ++i) answer += i % 2 == 0 ? "- " : "1. ";
    std::string err;
    std::string text = render_ok("lists", answer + "deepest-leaf", err);
    CHECK(text.find("deepest-leaf") != std::string::npos);
    CHECK(count(err, "flattened") == 1);
    CHECK(err.find("p.yaml:") != std::string::npos);  // the warning points into the bank
}

TEST_CASE("10,000 nested quotes in an answer: flattened with one warning, the text is printed") {
    std::string err;
    std::string text = render_ok("quotes", std::string(10000, '>') + " quoted-deep-text", err);
    CHECK(text.find("quoted-deep-text") != std::string::npos);
    CHECK(count(err, "flattened") == 1);
}

TEST_CASE("a single 1 MB word is broken across lines and pages, every letter kept") {
    std::string word;
    for (int i = 0; word.size() < (1u << 20); ++i) word += static_cast<char>('a' + i % 26);
    std::string err;
    // -raw: without it, pdftotext joins a line ending in a hyphen to the next, page numbers too.
    std::string text = render_ok("word", word, err, "-q -raw");
    // The word's lines are the lines of only letters (running heads and page numbers are not),
    // each but the last ending with the hyphen that shows the word goes on.
    std::string letters;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.front() == '\f') line.erase(0, 1);  // a new page
        bool hyphen = !line.empty() && line.back() == '-';
        if (hyphen) line.pop_back();
        if (!line.empty() && line.find_first_not_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos) letters += line;
        start = end + 1;
    }
    CHECK(letters == word);
}

TEST_CASE("a 100,000-line code block is set on many pages, first and last lines present") {
    std::string answer = "```python\n";
    for (int i = 0; i < 100000; ++i) answer += "x" + std::to_string(i) + " = f(" + std::to_string(i) + ")\n";
    answer += "```";
    std::string err;
    std::string text = render_ok("code", answer, err);
    CHECK(text.find("x0 = f(0)") != std::string::npos);
    CHECK(text.find("x50000 = f(50000)") != std::string::npos);
    CHECK(text.find("x99999 = f(99999)") != std::string::npos);
}

TEST_CASE("ordered list numbers of any width stay clear of the item text") {
    // "1914. The war begins." is an ordered list starting at 1914; CommonMark allows 9 digits.
    PdfText text = reader_words("wide-markers", "1914. Sarajevo\n1915. Gallipoli\n\n"
                                                "Then:\n\n999999998. Penultimate\n999999999. Ultimate");
    int checked = 0;
    for (std::size_t i = 0; i + 1 < text.words.size(); ++i) {
        const PdfWord& marker = text.words[i];
        if (marker.text != "1914." && marker.text != "1915." && marker.text != "999999998." &&
            marker.text != "999999999.")
            continue;
        const PdfWord& item = text.words[i + 1];
        CHECK_MESSAGE(marker.x_max < item.x_min, marker.text << " overlaps " << item.text);
        ++checked;
    }
    CHECK(checked == 4);
}

TEST_CASE("lists nested past the deepest indent hang their markers in the gutter, clear of the text") {
    // Past kMaxVisualDepth levels, a list keeps the indent of the one around it.
    std::string md;
    for (int level = 0; level < 15; ++level)
        md += std::string(static_cast<std::size_t>(level) * 3, ' ') + "1. item" + std::to_string(level) + "\n";
    PdfText text = reader_words("deep-markers", md);
    int checked = 0;
    double deepest_marker = 0;
    for (std::size_t i = 0; i + 1 < text.words.size(); ++i) {
        const PdfWord& marker = text.words[i];
        const PdfWord& item = text.words[i + 1];
        if (marker.text != "1." || !item.text.starts_with("item")) continue;
        CHECK_MESSAGE(marker.x_max < item.x_min, "marker of " << item.text << " overlaps it");
        CHECK(std::abs(marker.y_min - item.y_min) < 2);  // on the item's first line
        deepest_marker = std::max(deepest_marker, marker.x_min);
        ++checked;
    }
    CHECK(checked == 15);
    CHECK(deepest_marker > 100);  // the nesting did indent up to the cap
}
