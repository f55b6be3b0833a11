// tests: page headers and footers keep their two labels apart and inside the page, however long the title.
#include <doctest/doctest.h>

#include <algorithm>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

/// The long-answer fixture bank with a title and subtitle far wider than a page.
fs::path long_title_bank(const fs::path& dir) {
    fs::path bank = dir / "bank";
    fs::path fixture = fs::path(test::source_root()) / "tests" / "fixtures" / "long-answer-bank";
    fs::create_directories(bank);
    fs::copy_file(fixture / "design.yaml", bank / "design.yaml");
    std::string words;
    for (int i = 0; i < 30; ++i) words += " Distributed";
    test::write_text_file(bank / "bank.yaml", "title: Systems" + words + "\nsubtitle: Notes" + words +
                                                  "\ncategories: [design]\n");
    return bank;
}

/// Words in the top or bottom `band` points of each page that overlap another word of their
/// line or leave the page's margins (`margin` points).
std::vector<std::string> furniture_problems(const test::PdfText& text, double margin, double band) {
    std::vector<std::string> out;
    for (std::size_t p = 1; p <= text.pages.size(); ++p) {
        const test::PdfPage& page = text.pages[p - 1];
        std::vector<test::PdfWord> line;
        for (const test::PdfWord& w : text.words)
            if (w.page == static_cast<int>(p) && (w.y_max < margin + band || w.y_min > page.height - margin - band))
                line.push_back(w);
        for (const test::PdfWord& a : line) {
            if (a.x_min < margin - 1 || a.x_max > page.width - margin + 1)
                out.push_back(a.text + " outside the margins on page " + std::to_string(p));
            for (const test::PdfWord& b : line)
                if (&a != &b && std::abs(a.y_min - b.y_min) < 2 && a.x_min < b.x_min && a.x_max > b.x_min + 0.5)
                    out.push_back(a.text + " overlaps " + b.text + " on page " + std::to_string(p));
        }
    }
    return out;
}

void check_furniture(const std::vector<std::string>& args, const fs::path& pdf, double margin, double band,
                     const fs::path& dir) {
    std::vector<std::string> argv{test::deckpress_bin()};
    argv.insert(argv.end(), args.begin(), args.end());
    argv.insert(argv.end(), {"--out", pdf.string()});
    auto r = test::run(argv, test::source_root());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    test::PdfText text = test::read_pdf_words(pdf.string(), dir.string());
    CHECK(text.warnings.empty());
    std::vector<std::string> problems = furniture_problems(text, margin, band);
    CHECK_MESSAGE(problems.empty(), problems.size(), " problems, first: ", problems.empty() ? "" : problems.front());
    CHECK(text.all_text().find("\u2026") != std::string::npos);  // the long labels were shortened
}

}  // namespace

TEST_CASE("an exam's footer shortens a caption that would run into the page number") {
    fs::path dir = test::scratch_dir("furniture-exam");
    fs::path layout = dir / "exam-narrow.yaml";
    test::write_text_file(layout, "kind: exam\npage: {size: a6, margins: 10mm}\ntext: {size: 30}\n");
    check_furniture({"exam", long_title_bank(dir).string(), "--layout", layout.string(), "--seed", "3"},
                    dir / "exam.pdf", 10 * 72 / 25.4, 40, dir);
}

TEST_CASE("a cheat sheet's header and footer shorten a long bank title and subtitle") {
    fs::path dir = test::scratch_dir("furniture-cheatsheet");
    check_furniture({"cheatsheet", long_title_bank(dir).string(), "--layout", "cheatsheet-a4"},
                    dir / "sheet.pdf", 7 * 72 / 25.4, 20, dir);
}
