// tests: an image in a short answer shrinks with the card's text, so that both share one card.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

TEST_CASE("a photo and a line of text fit on one card back, the text below the photo") {
    // A 300 x 200 px photo is 225 x 150 pt at 96 dpi: as tall as a 95 x 65 mm card's text area,
    // so its line of text went on a second card, 'split over 2 cards at 9.5 pt', and check said
    // 'needs 2 cards even at 6pt; shorten it' (the photo did not shrink with the text).
    fs::path dir = test::scratch_dir("cards-image");
    const std::string bank = test::source_root() + "/tests/fixtures/card-image-bank";
    for (const char* layout : {"cards-a4", "cards-letter", "cards-index"}) {
        fs::path pdf = dir / (std::string(layout) + ".pdf"), report = dir / (std::string(layout) + ".json");
        test::RunResult r = test::run({test::deckpress_bin(), "cards", "--bank", bank, "--layout", layout, "--out",
                                       pdf.string(), "--report", report.string()});
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        CHECK_MESSAGE(r.err.find("shorten it") == std::string::npos, r.err);
        nlohmann::json cards = nlohmann::json::parse(test::read_text_file(report))["cards"];
        REQUIRE(cards.size() == 1);
        CHECK_MESSAGE(cards[0]["parts"] == 1, layout);
        test::PdfText text = test::read_pdf_words(pdf.string(), dir.string());
        CHECK(text.warnings.empty());
        const test::PdfWord* beside = test::find_word(text, "beside");
        REQUIRE(beside != nullptr);
        const int back = cards[0]["back"]["page"];
        CHECK(beside->page == back);
        const double top = cards[0]["back"]["rect"][1], height = cards[0]["back"]["rect"][3];
        CHECK(beside->y_max < top + height);  // inside the card
    }
    test::RunResult check = test::run({test::deckpress_bin(), "check", "--bank", bank});
    CHECK(check.exit_code == 0);
    CHECK_MESSAGE(check.err.find("needs 2 cards") == std::string::npos, check.err);
}
