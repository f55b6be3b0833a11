// tests: the reader's cover stays inside the page's margins, on more pages when it must.
#include <doctest/doctest.h>

#include <cctype>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

test::PdfText render_reader(const std::string& layout, const fs::path& dir) {
    fs::path pdf = dir / "reader.pdf";
    auto r = test::run({test::deckpress_bin(), "reader", "--layout", layout, "--out", pdf.string()}, test::source_root());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return test::read_pdf_words(pdf.string(), dir.string());
}

/// Words of page `page` that reach into the top or bottom margin (`margin` points).
std::vector<std::string> words_in_margins(const test::PdfText& text, int page, double margin) {
    std::vector<std::string> out;
    double h = text.pages.at(static_cast<std::size_t>(page - 1)).height;
    const double slack = 1;  // glyph boxes as poppler measures them
    for (const test::PdfWord& w : text.words)
        if (w.page == page && (w.y_min < margin - slack || w.y_max > h - margin + slack))
            out.push_back(w.text + " (y " + std::to_string(w.y_min) + "-" + std::to_string(w.y_max) + ")");
    return out;
}

}  // namespace

TEST_CASE("the e-reader's cover ends above the bottom margin (it ran off the page)") {
    fs::path dir = test::scratch_dir("cover-ereader");
    test::PdfText text = render_reader("reader-ereader", dir);
    std::vector<std::string> out = words_in_margins(text, 1, 5 * 72 / 25.4);
    CHECK_MESSAGE(out.empty(), "first: ", out.empty() ? "" : out.front());
    CHECK(text.page_text(1).find("advanced") != std::string::npos);
}

TEST_CASE("a cover taller than the page goes on over more pages, numbered after them") {
    fs::path dir = test::scratch_dir("cover-tall");
    fs::path layout = dir / "reader-huge.yaml";
    test::write_text_file(layout, "kind: reader\npage: {size: [3in, 4in], margins: 0.25in}\ntext: {size: 24}\n");
    test::PdfText text = render_reader(layout.string(), dir);
    CHECK(text.warnings.empty());
    std::string cover;
    int cover_pages = 0;
    for (int p = 1; p <= static_cast<int>(text.pages.size()) && text.page_text(p).find("Contents") == std::string::npos; ++p) {
        std::vector<std::string> out = words_in_margins(text, p, 18);
        CHECK_MESSAGE(out.empty(), "page ", p, ", first: ", out.empty() ? "" : out.front());
        cover += text.page_text(p);
        cover_pages = p;
    }
    CHECK(cover_pages > 1);
    // Letters and digits only: words are broken and hyphenated at this size.
    std::string letters;
    for (unsigned char c : cover)
        if (c < 0x80 && std::isalnum(c)) letters += static_cast<char>(c);
    for (const char* text : {"PythonDeveloperFastAPISQLInterviewQuestions", "KubernetesKafkaandRedis",
                             "frombeginnertoadvanced"})
        CHECK_MESSAGE(letters.find(text) != std::string::npos, std::string(text));
    // The first page after the cover is numbered as such, and the cover has no page numbers.
    std::string first_after = std::to_string(cover_pages + 1) + " / " + std::to_string(text.pages.size());
    CHECK(text.page_text(cover_pages + 1).find(first_after) != std::string::npos);
    CHECK(cover.find(" / " + std::to_string(text.pages.size())) == std::string::npos);
}

TEST_CASE("a long title is set smaller so that the tablet cover stays on one page") {
    // A 300-character title at 2.2 times the base size left the cover's counts line alone on
    // a second page.
    fs::path dir = test::scratch_dir("cover-long-title");
    std::string title;
    while (title.size() < 300) title += "Edge cases bank with an extremely long title ";
    test::write_text_file(dir / "bank" / "bank.yaml", "title: " + title + "\ncategories: [c]\n");
    test::write_text_file(dir / "bank" / "c.yaml", "title: C\nquestions:\n  - id: q1\n    q: Why?\n    level: beginner\n"
                                                   "    kind: concept\n    short: s\n    a: Because.\n");
    fs::path pdf = dir / "reader.pdf";
    auto r = test::run({test::deckpress_bin(), "reader", (dir / "bank").string(), "--layout", "reader-tablet", "--out",
                        pdf.string()},
                       test::source_root());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    test::PdfText text = test::read_pdf_words(pdf.string(), dir.string());
    CHECK(text.warnings.empty());
    CHECK(text.page_text(1).find("advanced") != std::string::npos);  // the counts line
    CHECK(text.page_text(2).find("Contents") != std::string::npos);
    CHECK(words_in_margins(text, 1, 0.45 * 72).empty());
    fs::remove_all(dir);
}
