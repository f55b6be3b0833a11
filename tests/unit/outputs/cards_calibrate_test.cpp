// tests: the calibration sheet on a dark theme and on small pages: readable, inside the page, or an error.
#include <fstream>

#include "outputs/cards_check.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

test::RunResult calibrate(const fs::path& layout, const fs::path& pdf) {
    return test::run({test::deckpress_bin(), "cards", "--calibrate", "--layout", layout.string(), "--out", pdf.string()},
                     test::source_root());
}

/// The grey level (0-255) of the top-left pixel of each page, rendered by poppler.
std::vector<int> corner_greys(const fs::path& pdf, const fs::path& dir) {
    std::vector<int> greys;
    for (int page : {1, 2}) {
        fs::path base = dir / ("corner-" + std::to_string(page));
        test::run({"pdftoppm", "-r", "10", "-gray", "-f", std::to_string(page), "-l", std::to_string(page),
                   "-singlefile", pdf.string(), base.string()});
        std::ifstream in(base.string() + ".pgm", std::ios::binary);
        std::string magic;
        int w = 0, h = 0, max = 0;
        in >> magic >> w >> h >> max;
        in.get();  // the one whitespace byte before the pixels
        greys.push_back(magic == "P5" ? in.get() : -1);
    }
    return greys;
}

}  // namespace

TEST_CASE("a dark theme's calibration sheet has the theme's background under its light text") {
    auto dir = test::scratch_dir("calibrate-dark");
    fs::path layout = dir / "cards-dark.yaml";
    test::write_text_file(layout, "kind: cards\npage: {size: letter, margins: 0.25in}\n"
                                  "theme: {background: \"#111111\", text: \"#eeeeee\", muted: \"#999999\"}\n"
                                  "cards: {columns: 2, rows: 3, card: [3.5in, 3in]}\n");
    test::RunResult r = calibrate(layout, dir / "cal.pdf");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(corner_greys(dir / "cal.pdf", dir) == std::vector<int>{0x11, 0x11});
}

TEST_CASE("on a small page the calibration instructions shrink to fit; on a tiny one it is an error") {
    auto dir = test::scratch_dir("calibrate-small");
    fs::path layout = dir / "cards-small.yaml";
    test::write_text_file(layout, "kind: cards\npage: {size: [2in, 1.5in], margins: 0}\n"
                                  "cards: {columns: 1, rows: 1, card: [2in, 1.5in], padding: 1mm}\n");
    test::RunResult r = calibrate(layout, dir / "cal.pdf");
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    test::PdfText text = test::read_pdf_words((dir / "cal.pdf").string(), dir.string());
    CHECK(text.warnings.empty());
    CHECK(text.page_text(1).find("(or set back_offset in the layout).") != std::string::npos);
    CHECK(text.page_text(2).find("BACK:") != std::string::npos);
    for (const test::PdfWord& w : text.words)
        CHECK_MESSAGE(w.y_max <= 1.5 * 72 + 1, w.text, " on page ", w.page, " ends at y ", w.y_max);

    test::write_text_file(layout, "kind: cards\npage: {size: [1in, 1in], margins: 0}\n"
                                  "cards: {columns: 1, rows: 1, card: [1in, 1in], padding: 1mm}\n");
    r = calibrate(layout, dir / "tiny.pdf");
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("cards-small.yaml:2:1: error: the page has no room for the calibration sheet") != std::string::npos);
    CHECK_FALSE(fs::exists(dir / "tiny.pdf"));
}

TEST_CASE("--calibrate names the card options it leaves unused, and writes no report") {
    auto dir = test::scratch_dir("calibrate-unused");
    test::RunResult r = test::run({test::deckpress_bin(), "cards", "--calibrate", "--layout", "cards-a4", "--out",
                                   (dir / "cal.pdf").string(), "--report", (dir / "cards.json").string(),
                                   "--full-answers"},
                                  test::source_root());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK_MESSAGE(r.err.find("cards-a4: --report, --full-answers not used: --calibrate prints a sheet for measuring "
                             "the back offset, no cards") != std::string::npos, r.err);
    CHECK(fs::exists(dir / "cal.pdf"));
    CHECK_FALSE(fs::exists(dir / "cards.json"));
}
