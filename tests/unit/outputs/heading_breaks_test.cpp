// tests: a question's title or an answer's heading of several lines is never split across pages or columns.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <set>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

/// `count` distinct words "<prefix>w<k>", a title or heading long enough for five lines or more.
std::string words(const std::string& prefix, int count) {
    std::string out;
    for (int k = 0; k < count; ++k) out += fmt::format("{}w{} ", prefix, k);
    out.pop_back();
    return out;
}

/// Questions whose long titles and headings start at every height of a page: filler answers
/// of growing length push each one a line further down than the one before.
fs::path write_bank(const fs::path& dir) {
    fs::create_directories(dir);
    test::write_text_file(dir / "bank.yaml", "title: Long titles\ncategories: [c]\n");
    std::string yaml = "title: C\nquestions:\n";
    for (int i = 0; i < 16; ++i) {
        std::string filler;
        for (int k = 0; k < 6 + 5 * i; ++k) filler += "filler ";
        yaml += fmt::format("  - id: q{0}\n    q: {1}\n    level: beginner\n    kind: concept\n    short: Short.\n"
                            "    a: |\n      {2}\n\n      ### {3}\n\n      After the heading.\n",
                            i, words(fmt::format("t{}", i), 40), filler, words(fmt::format("h{}", i), 40));
    }
    test::write_text_file(dir / "c.yaml", yaml);
    return dir;
}

/// The pages and the thirds of their width (the cheat sheets' three columns) where the last 40
/// words of `prefix` start: the title itself, after its line in the contents.
std::set<std::pair<int, int>> places(const test::PdfText& text, const std::string& prefix) {
    std::vector<const test::PdfWord*> found;
    for (const test::PdfWord& w : text.words)
        if (w.text.starts_with(prefix + "w")) found.push_back(&w);
    std::set<std::pair<int, int>> out;
    for (std::size_t i = found.size() > 40 ? found.size() - 40 : 0; i < found.size(); ++i) {
        const test::PdfWord& w = *found[i];
        out.insert({w.page, static_cast<int>(3 * w.x_min / text.pages[static_cast<std::size_t>(w.page - 1)].width)});
    }
    return out;
}

}  // namespace

TEST_CASE("a long question title and a long heading stay on one page of the reader and one column of the cheat sheet") {
    fs::path dir = test::scratch_dir("heading-breaks");
    fs::path bank = write_bank(dir / "bank");
    for (const char* layout : {"reader-ereader", "reader-tablet", "cheatsheet-a4"}) {
        std::string kind = std::string(layout).starts_with("reader") ? "reader" : "cheatsheet";
        fs::path pdf = dir / (std::string(layout) + ".pdf");
        std::vector<std::string> argv{test::deckpress_bin(), kind, "--bank", bank.string(), "--layout", layout,
                                      "--out", pdf.string(), "--quiet"};
        if (kind == "cheatsheet") argv.insert(argv.end(), {"--pages", "9"});
        test::RunResult r = test::run(argv, test::source_root());
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        test::PdfText text = test::read_pdf_words(pdf.string(), dir.string());
        CHECK(text.warnings.empty());
        bool columns = kind == "cheatsheet";
        for (int i = 0; i < 16; ++i)
            for (const std::string& prefix : {fmt::format("t{}", i), fmt::format("h{}", i)}) {
                if (columns && prefix[0] == 'h') continue;  // cheat sheets show short answers
                auto at = places(text, prefix);
                if (!columns) {
                    std::set<int> pages;
                    for (auto [page, third] : at) pages.insert(page);
                    CHECK_MESSAGE(pages.size() == 1, std::string(layout), ": ", prefix, " is on ", pages.size(), " pages");
                } else {
                    CHECK_MESSAGE(at.size() == 1, std::string(layout), ": ", prefix, " is in ", at.size(), " columns");
                }
            }
    }
}
