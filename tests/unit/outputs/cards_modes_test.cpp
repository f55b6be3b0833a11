// tests: manual duplex (fronts and backs files, backs in re-feeding order), fold cards, calibration.
#include "outputs/cards_check.hpp"

using namespace deckpress;
using namespace deckpress::cards_test;

namespace {

std::string long_bank() { return test::source_root() + "/tests/fixtures/long-answer-bank"; }

}  // namespace

TEST_CASE("manual duplex writes fronts and backs, the backs last sheet first") {
    auto dir = test::scratch_dir("cards-manual");
    std::string json = (dir / "m.json").string();
    test::RunResult r = test::run({test::deckpress_bin(), "cards", "--bank", long_bank(), "--layout", "cards-a4",
                                   "--manual-duplex", "--out", (dir / "m.pdf").string(), "--report", json});
    REQUIRE(r.exit_code == 0);
    test::PdfText fronts = test::read_pdf_words((dir / "m-fronts.pdf").string(), dir.string());
    test::PdfText backs = test::read_pdf_words((dir / "m-backs.pdf").string(), dir.string());
    CHECK_FALSE(std::filesystem::exists(dir / "m.pdf"));
    Report report = read_report(json);
    int sheets = report.json["sheets"];
    REQUIRE(sheets == 2);
    CHECK(fronts.pages.size() == 2);
    CHECK(backs.pages.size() == 2);
    for (std::size_t i = 0; i < report.fronts.size(); ++i) {
        int expected_back_page = sheets + 1 - report.fronts[i].page;
        CHECK(report.backs[i].page == expected_back_page);
        std::string front_text = text_in(fronts, report.fronts[i].page, report.fronts[i].rect);
        bool shows_question = front_text.find("howwouldyoudesign") != std::string::npos ||
                              front_text.find("whatisidempotency") != std::string::npos;
        CHECK(shows_question);
    }
    // The last card (the short question) is on the second sheet: first page of the backs file.
    const Face& last = report.backs.back();
    CHECK(last.page == 1);
    CHECK(text_in(backs, last.page, last.rect).find("anoperationisidempotent") != std::string::npos);
}

TEST_CASE("fold cards put each back beside its front, mirrored about the fold") {
    auto dir = test::scratch_dir("cards-fold");
    std::string pdf = (dir / "f.pdf").string(), json = (dir / "f.json").string();
    test::PdfText text = run_cards({"--bank", long_bank(), "--layout", "cards-fold"}, pdf, json);
    Report report = read_report(json);
    double width = report.json["page_size"][0];
    for (std::size_t i = 0; i < report.fronts.size(); ++i) {
        const Rect& f = report.fronts[i].rect;
        const Rect& b = report.backs[i].rect;
        CHECK(report.backs[i].page == report.fronts[i].page);
        CHECK(b.x == doctest::Approx(width - f.x - f.width));
        CHECK(b.y == doctest::Approx(f.y));
        CHECK(f.x + f.width < width / 2);
    }
    check_words_placed(text, report);
}

TEST_CASE("the calibration sheet has rulers on both sides and shifts the back by the offset") {
    auto dir = test::scratch_dir("cards-calibrate");
    std::string a = (dir / "a.pdf").string(), b = (dir / "b.pdf").string();
    for (const auto& [path, offset] : {std::pair{a, "0,0"}, std::pair{b, "2,-1"}}) {
        test::RunResult r = test::run({test::deckpress_bin(), "cards", "--layout", "cards-a4", "--calibrate",
                                       "--back-offset", offset, "--out", path});
        REQUIRE(r.exit_code == 0);
    }
    test::PdfText plain = test::read_pdf_words(a, dir.string());
    test::PdfText shifted = test::read_pdf_words(b, dir.string());
    REQUIRE(plain.pages.size() == 2);
    CHECK(plain.page_text(1).find("--back-offset") != std::string::npos);
    CHECK(plain.page_text(2).find("BACK") != std::string::npos);
    auto first_label = [](const test::PdfText& t, int page) {
        for (const auto& w : t.words)
            if (w.page == page && w.text == "-10") return w;
        FAIL("no ruler label");
        return test::PdfWord{};
    };
    CHECK(first_label(shifted, 1).x_min == doctest::Approx(first_label(plain, 1).x_min));  // fronts stay
    double dx = first_label(shifted, 2).x_min - first_label(plain, 2).x_min;
    double dy = first_label(shifted, 2).y_min - first_label(plain, 2).y_min;
    CHECK(dx == doctest::Approx(2 * kPointsPerMm).epsilon(0.01));
    CHECK(dy == doctest::Approx(-1 * kPointsPerMm).epsilon(0.01));
}

TEST_CASE("--calibrate without --layout makes a sheet per duplex layout and skips fold layouts") {
    auto dir = test::scratch_dir("cards-calibrate-all");
    test::RunResult r = test::run({test::deckpress_bin(), "cards", "--calibrate", "--out", dir.string()});
    INFO("stderr: " << r.err);
    CHECK(r.exit_code == 0);
    for (const char* name : {"cards-a4", "cards-letter", "cards-index", "cards-single"})
        CHECK_MESSAGE(std::filesystem::exists(dir / (std::string(name) + "-calibration.pdf")), name);
    CHECK_FALSE(std::filesystem::exists(dir / "cards-fold-calibration.pdf"));
    // Asked for by name, a fold layout is still an error.
    r = test::run({test::deckpress_bin(), "cards", "--calibrate", "--layout", "cards-fold", "--out", dir.string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("fold layouts print on one side: nothing to calibrate") != std::string::npos);
}

TEST_CASE("the report of fold cards records no back offset: none is applied") {
    auto dir = test::scratch_dir("cards-fold-offset");
    std::string pdf = (dir / "f.pdf").string(), json = (dir / "f.json").string();
    run_cards({"--bank", long_bank(), "--layout", "cards-fold", "--back-offset", "2,3"}, pdf, json);
    Report report = read_report(json);
    CHECK(report.json["flip"] == "fold");
    CHECK(report.json["back_offset_mm"][0].get<double>() == 0);
    CHECK(report.json["back_offset_mm"][1].get<double>() == 0);
    for (std::size_t i = 0; i < report.fronts.size(); ++i) CHECK(report.backs[i].rect.y == doctest::Approx(report.fronts[i].rect.y));
}

TEST_CASE("a --report that cannot be written stops the run before any PDF is written") {
    auto dir = test::scratch_dir("cards-bad-report");
    test::write_text_file(dir / "plain-file", "not a folder\n");
    std::string report = (dir / "plain-file" / "r.json").string();
    test::RunResult r = test::run({test::deckpress_bin(), "cards", "--bank", long_bank(), "--layout", "cards-a4",
                                   "--out", (dir / "c.pdf").string(), "--report", report});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find("cannot write " + report + ": cannot create folder " + (dir / "plain-file").string()) !=
                      std::string::npos, r.err);
    CHECK_FALSE(std::filesystem::exists(dir / "c.pdf"));
}
