// tests: a reader or exam layout with page columns sets its text in the columns, not across them.
#include <doctest/doctest.h>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

constexpr double kMargin = 54;  // the layouts below keep the default margins (0.75in)
constexpr double kGap = 20;

/// Renders `command` with a two-column Letter layout of `kind`; returns the words read back.
test::PdfText render_two_columns(const std::string& command, const std::string& kind, const fs::path& dir) {
    fs::path layout = dir / (kind + "-two-columns.yaml");
    test::write_text_file(layout, "kind: " + kind + "\npage: {size: letter, columns: 2, column_gap: 20pt}\n");
    fs::path pdf = dir / (kind + ".pdf");
    std::vector<std::string> argv{test::deckpress_bin(), command, "--layout", layout.string(), "--out", pdf.string()};
    if (command == "exam") argv.insert(argv.end(), {"--seed", "7"});
    auto r = test::run(argv, test::source_root());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    return test::read_pdf_words(pdf.string(), dir.string());
}

/// Words of the flowed text (page `first_page` on, without the running header and footer) that
/// do not lie inside one of the two columns of a Letter page.
std::vector<std::string> words_outside_columns(const test::PdfText& text, int first_page) {
    double column = (612 - 2 * kMargin - kGap) / 2;
    const double slack = 1;  // glyph boxes as poppler measures them
    std::vector<std::string> outside;
    for (const test::PdfWord& w : text.words) {
        if (w.page < first_page || w.y_min < kMargin + 16 || w.y_max > 792 - kMargin - 16) continue;
        bool left = w.x_min >= kMargin - slack && w.x_max <= kMargin + column + slack;
        bool right = w.x_min >= kMargin + column + kGap - slack && w.x_max <= 612 - kMargin + slack;
        if (!left && !right) outside.push_back(w.text + " (page " + std::to_string(w.page) + ")");
    }
    return outside;
}

}  // namespace

TEST_CASE("a two-column reader sets its contents, notes and answers column-wide") {
    fs::path dir = test::scratch_dir("columns-reader");
    test::PdfText text = render_two_columns("reader", "reader", dir);
    CHECK(text.warnings.empty());
    std::vector<std::string> outside = words_outside_columns(text, 2);  // the cover spans the page
    CHECK_MESSAGE(outside.empty(), outside.size(), " words outside the columns, first: ", outside.front());
}

TEST_CASE("a two-column exam sets its questions and answer lines column-wide") {
    fs::path dir = test::scratch_dir("columns-exam");
    test::PdfText text = render_two_columns("exam", "exam", dir);
    CHECK(text.warnings.empty());
    std::vector<std::string> outside = words_outside_columns(text, 1);
    CHECK_MESSAGE(outside.empty(), outside.size(), " words outside the columns, first: ", outside.front());
}
