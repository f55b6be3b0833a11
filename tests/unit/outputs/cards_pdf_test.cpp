// tests: `deckpress cards` end to end: every word inside one card or in the margins, fronts show
// their questions, backs hold their answers at the mirrored cell, continuation cards, determinism.
#include <fmt/format.h>

#include <map>

#include "bank/bank.hpp"
#include "outputs/cards_check.hpp"

using namespace deckpress;
using namespace deckpress::cards_test;

namespace {

std::string bundled_bank() { return test::source_root() + "/content/python-fastapi-interview"; }
std::string long_bank() { return test::source_root() + "/tests/fixtures/long-answer-bank"; }

std::map<std::string, const bank::Question*> questions_of(const bank::Bank& b) {
    std::map<std::string, const bank::Question*> out;
    for (const bank::Question* q : b.all_questions()) out[q->id] = q;
    return out;
}

/// The back of `front` as the test computes it, independently of the code under test.
Rect expected_back(const Rect& f, const Report& r, bool long_edge, double ox_mm, double oy_mm) {
    double w = r.json["page_size"][0], h = r.json["page_size"][1];
    Rect m = long_edge ? Rect{w - f.x - f.width, f.y, f.width, f.height} : Rect{f.x, h - f.y - f.height, f.width, f.height};
    m.x += ox_mm * kPointsPerMm;
    m.y += oy_mm * kPointsPerMm;
    return m;
}

void check_bundled(const std::string& layout, const std::string& flip, double ox, double oy) {
    CAPTURE(layout);
    CAPTURE(flip);
    auto dir = test::scratch_dir("cards-" + layout + "-" + flip);
    std::string pdf = (dir / "cards.pdf").string(), json = (dir / "cards.json").string();
    std::vector<std::string> args{"--bank", bundled_bank(), "--layout", layout, "--flip", flip};
    if (ox != 0 || oy != 0) args.insert(args.end(), {"--back-offset", fmt::format("{},{}", ox, oy)});
    test::PdfText text = run_cards(args, pdf, json);
    Report report = read_report(json);
    Diagnostics diags;
    bank::Bank b = bank::load_bank(bundled_bank(), diags);
    auto questions = questions_of(b);
    REQUIRE(report.fronts.size() == questions.size());
    CHECK(report.json["flip"] == flip);
    CHECK(report.json["back_offset_mm"][0].get<double>() == doctest::Approx(ox));
    CHECK(text.pages.size() % 2 == 0);  // every sheet has its back page

    check_words_placed(text, report);
    for (std::size_t i = 0; i < report.fronts.size(); ++i) {
        const Face& front = report.fronts[i];
        const Face& back = report.backs[i];
        const bank::Question& q = *questions.at(front.id);
        CAPTURE(front.id);
        CHECK(back.page == front.page + 1);
        Rect want = expected_back(front.rect, report, flip == "long-edge", ox, oy);
        CHECK(back.rect.x == doctest::Approx(want.x));
        CHECK(back.rect.y == doctest::Approx(want.y));
        CHECK(text_in(text, front.page, front.rect).find(normalized(q.q)) != std::string::npos);
        std::string answer = normalized(q.short_a.empty() ? q.a : q.short_a).substr(0, 30);
        CHECK(text_in(text, back.page, back.rect).find(answer) != std::string::npos);
        int number = report.json["cards"][i]["number"];
        CHECK(text_in(text, front.page, front.rect).find(std::to_string(number)) != std::string::npos);
    }
}

}  // namespace

TEST_CASE("A4 cards, long-edge flip: words stay in their cards, backs mirror fronts") {
    check_bundled("cards-a4", "long-edge", 0, 0);
}

TEST_CASE("A4 cards, short-edge flip, with a back offset") { check_bundled("cards-a4", "short-edge", 1.5, -2); }

TEST_CASE("Letter cards, long-edge flip, with a back offset") { check_bundled("cards-letter", "long-edge", -1, 0.75); }

TEST_CASE("Letter cards, short-edge flip") { check_bundled("cards-letter", "short-edge", 0, 0); }

TEST_CASE("sizes in the summary of shrunk and split cards are rounded, also from a size in cm") {
    auto dir = test::scratch_dir("cards-long-cm");
    std::string yaml = test::read_text_file(test::source_root() + "/layouts/cards-a4.yaml");
    const std::string size = "size: 9.5";
    REQUIRE(yaml.find(size) != std::string::npos);
    yaml.replace(yaml.find(size), size.size(), "size: 0.35cm");  // 9.9213 pt, shrunk in steps of 0.25 pt ...
    const std::string min = "min_size: 6";
    REQUIRE(yaml.find(min) != std::string::npos);
    yaml.replace(yaml.find(min), min.size(), "min_size: 0.22cm");  // ... down to 6.2362 pt
    test::write_text_file(dir / "cards-cm.yaml", yaml);
    std::string pdf = (dir / "long.pdf").string(), json = (dir / "long.json").string();
    test::RunResult run;
    run_cards({"--bank", long_bank(), "--layout", (dir / "cards-cm.yaml").string()}, pdf, json, &run);
    CHECK_MESSAGE(run.err.find("long-pipeline: split over") != std::string::npos, run.err);
    CHECK_MESSAGE(run.err.find("cards at 6.24 pt") != std::string::npos, run.err);
    CHECK_MESSAGE(run.err.find("6.236") == std::string::npos, run.err);
}

TEST_CASE("a very long answer continues over several cards, none of its words outside a card") {
    auto dir = test::scratch_dir("cards-long");
    std::string pdf = (dir / "long.pdf").string(), json = (dir / "long.json").string();
    test::RunResult run;
    test::PdfText text = run_cards({"--bank", long_bank(), "--layout", "cards-a4"}, pdf, json, &run);
    Report report = read_report(json);
    int parts = 0;
    for (const auto& c : report.json["cards"])
        if (c["id"] == "long-pipeline") {
            ++parts;
            CHECK(c["parts"].get<int>() > 2);
            CHECK(c["font_size"].get<double>() == doctest::Approx(6));  // the layout's min_size
        }
    CHECK(parts == report.json["cards"][0]["parts"].get<int>());
    CHECK(run.err.find("long-pipeline: split over") != std::string::npos);
    CHECK(check_words_placed(text, report) > 0);  // the printing notes, in the margins
    // Words outside every card are only the printing notes below the grid.
    double grid_bottom = 0;
    for (const Face& f : report.fronts) grid_bottom = std::max(grid_bottom, f.rect.bottom());
    for (const auto& w : text.words) {
        bool in_card = false;
        for (const auto* faces : {&report.fronts, &report.backs})
            for (const Face& f : *faces) in_card = in_card || (f.page == w.page && inside(w, f.rect));
        if (!in_card) CHECK_MESSAGE(w.y_min > grid_bottom, "stray word " << w.text);
    }
    // Nothing lost: every paragraph's end mark is on some back, in order of the parts.
    std::string backs;
    for (const Face& f : report.backs)
        if (f.id == "long-pipeline") backs += text_in(text, f.page, f.rect);
    std::size_t at = 0;
    for (int i = 1; i <= 12; ++i) {
        std::size_t found = backs.find(fmt::format("endmark{}", i), at);
        CHECK_MESSAGE(found != std::string::npos, "Endmark" << i);
        if (found != std::string::npos) at = found;
    }
    CHECK(backs.find("lastword") != std::string::npos);
    const Face& last = report.backs[static_cast<std::size_t>(parts - 1)];
    CHECK(text_in(text, last.page, last.rect).find("lastword") != std::string::npos);
    // Each continuation back repeats its question (small) above the answer.
    for (const Face& f : report.backs)
        if (f.id == "long-pipeline")
            CHECK(text_in(text, f.page, f.rect).find("howwouldyoudesignaresilient") != std::string::npos);
}

TEST_CASE("two runs give byte-identical PDFs") {
    auto dir = test::scratch_dir("cards-twice");
    std::string a = (dir / "a.pdf").string(), b = (dir / "b.pdf").string();
    run_cards({"--bank", bundled_bank(), "--layout", "cards-a4"}, a, (dir / "a.json").string());
    run_cards({"--bank", bundled_bank(), "--layout", "cards-a4"}, b, (dir / "b.json").string());
    std::string bytes_a = test::read_text_file(a);
    CHECK(bytes_a.size() > 1000);
    CHECK(bytes_a == test::read_text_file(b));
    CHECK(test::read_text_file(dir / "a.json") == test::read_text_file(dir / "b.json"));
}

TEST_CASE("landscape cards, long-edge flip: each back lies behind its front on the sheet turned top to bottom") {
    auto dir = test::scratch_dir("cards-landscape");
    std::string layout = test::read_text_file(test::source_root() + "/layouts/cards-a4.yaml");
    auto replace = [&](const std::string& from, const std::string& to) {
        std::size_t at = layout.find(from);
        REQUIRE(at != std::string::npos);
        layout.replace(at, from.size(), to);
    };
    replace("size: a4\n", "size: a4\n  orientation: landscape\n");
    replace("columns: 2", "columns: 3");
    replace("rows: 4", "rows: 2");
    replace("card: [95mm, 65mm]", "card: [90mm, 65mm]");
    test::write_text_file(dir / "cards-landscape.yaml", layout);
    std::string pdf = (dir / "l.pdf").string(), json = (dir / "l.json").string();
    test::PdfText text =
        run_cards({"--bank", bundled_bank(), "--layout", (dir / "cards-landscape.yaml").string()}, pdf, json);
    Report report = read_report(json);
    double height = report.json["page_size"][1];
    REQUIRE(height < report.json["page_size"][0].get<double>());
    check_words_placed(text, report);
    for (std::size_t i = 0; i < report.fronts.size(); ++i) {
        const Rect& f = report.fronts[i].rect;
        const Rect& b = report.backs[i].rect;
        CAPTURE(report.fronts[i].id);
        CHECK(b.x == doctest::Approx(f.x));
        CHECK(b.y == doctest::Approx(height - f.y - f.height));
        CHECK(text_in(text, report.backs[i].page, b) != "");
    }
}

TEST_CASE("the printing note stays inside the page's margins and off the cards") {
    // cards-single: a 5 x 3 in card on a 5.6 x 3.6 in page with 0.1 in margins. The note sat
    // 2 pt from the bottom edge, where printers print nothing.
    // (cards-letter is left out: its cards leave 0.5 in above and below, its cut marks already
    // reach into the 0.4 in margins, and there is no room for the note outside them.)
    for (const std::string layout : {"cards-single", "cards-a4", "cards-index", "cards-fold"}) {
        CAPTURE(layout);
        auto dir = test::scratch_dir("cards-note-" + layout);
        std::string pdf = (dir / "cards.pdf").string(), json = (dir / "cards.json").string();
        test::PdfText text = run_cards({"--bank", bundled_bank(), "--layout", layout, "--ids", "python-decorators"}, pdf, json);
        Report report = read_report(json);
        const std::map<std::string, double> margins{{"cards-single", 0.1 * 72}, {"cards-a4", 8 * kPointsPerMm},
                                                    {"cards-index", 0.5 * 72},
                                                    {"cards-fold", 8 * kPointsPerMm}};
        const double margin = margins.at(layout);
        const test::PdfWord* first = nullptr;
        for (const test::PdfWord& w : text.words)
            if (w.page == 1 && (w.text == "Print" || w.text == "Fold")) first = &w;
        REQUIRE(first);
        const test::PdfPage& page = text.pages[0];
        for (const test::PdfWord& w : text.words) {
            if (w.page != 1 || std::abs(w.y_min - first->y_min) > 0.5) continue;  // the note's words
            CAPTURE(w.text);
            CHECK(w.y_max <= page.height - margin + 0.5);
            CHECK(w.y_min >= margin - 0.5);
            for (const auto& front : report.fronts)
                if (front.page == 1) CHECK_FALSE(overlaps(w, front.rect));
        }
    }
}

TEST_CASE("on a page with no room below the cards or above their marks, the printing note stays on the page") {
    // An A7 page (74 x 105 mm) around one 66 x 95 mm card: 5 mm above and below, 2.5 mm of them
    // taken by the cut marks. Above the marks the note's ascenders left the page; beside them it fits.
    auto dir = test::scratch_dir("cards-a7-note");
    test::write_text_file(dir / "cards-a7.yaml",
                          "kind: cards\npage: {size: [74mm, 105mm], margins: 3mm}\ntext: {size: 8, min_size: 5}\n"
                          "cards: {columns: 1, rows: 1, card: [66mm, 95mm], padding: 3mm, label_size: 5,\n"
                          "        cut_marks: {length: 2mm, gap: 0.5mm, width: 0.3}}\n");
    std::string pdf = (dir / "a7.pdf").string(), json = (dir / "a7.json").string();
    test::PdfText text = run_cards({"--bank", bundled_bank(), "--layout", (dir / "cards-a7.yaml").string(), "--ids",
                                    "python-decorators"},
                                   pdf, json);
    bool note_seen = false;
    for (const test::PdfWord& w : text.words) {
        CHECK_MESSAGE(w.y_min >= 0, w.text, " on page ", w.page, " starts at y ", w.y_min);
        note_seen = note_seen || w.text == "double-sided,";
    }
    CHECK(note_seen);
}

TEST_CASE("a back offset that would cut the backs' text is an error, and no cards are written") {
    auto dir = test::scratch_dir("cards-big-offset");
    test::RunResult r = test::run({test::deckpress_bin(), "cards", "--bank", bundled_bank(), "--layout", "cards-a4",
                                   "--back-offset", "20,0", "--out", (dir / "cards.pdf").string()},
                                  test::source_root());
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find("error: --back-offset 20,0 puts the text of back cards off the page (5.0 mm at the "
                             "right)") != std::string::npos, r.err);
    CHECK_FALSE(std::filesystem::exists(dir / "cards.pdf"));
    r = test::run({test::deckpress_bin(), "cards", "--bank", bundled_bank(), "--layout", "cards-a4", "--back-offset",
                   "2,-1.5", "--out", (dir / "cards.pdf").string()},
                  test::source_root());
    CHECK_MESSAGE(r.exit_code == 0, r.err);  // a printer's usual few mm
}
