// tests: images in answers are drawn at their place; a missing image is an error naming it.
#include <doctest/doctest.h>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;

TEST_CASE("an answer's PNG image is embedded between the paragraphs around it") {
    auto dir = test::scratch_dir("reader-image");
    std::string pdf = (dir / "images.pdf").string();
    std::string bank = test::source_root() + "/tests/fixtures/image-bank";
    auto r = test::run({test::deckpress_bin(), "reader", "--bank", bank, "--layout", "reader-tablet", "--out", pdf});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    auto images = test::run({"pdfimages", "-list", pdf});
    CHECK(images.err.empty());
    CHECK(images.out.find("120    60  rgb") != std::string::npos);  // width, height, colour space
    auto text = test::read_pdf_words(pdf, dir.string());
    CHECK(text.warnings.empty());
    double above = 0, below = 0, caption = 0;
    for (const auto& w : text.words) {
        if (w.text == "flows") above = w.y_max;
        if (w.text == "Afterwards") below = w.y_min;
        if (w.text == "diagram" && w.y_min > above) caption = w.y_min;
    }
    REQUIRE(above > 0);
    CHECK(below - above > 60 * 0.75 * 0.9);  // the image (drawn at 96 dpi) sits between them
    CHECK(caption > above);
}

TEST_CASE("a missing image is an error naming the file, and nothing is written") {
    auto dir = test::scratch_dir("reader-missing-image");
    test::write_text_file(dir / "bank/bank.yaml", "title: T\ncategories: [c]\n");
    test::write_text_file(dir / "bank/c.yaml",
                          "title: C\nquestions:\n  - id: q1\n    q: Q?\n    level: beginner\n    kind: concept\n"
                          "    tags: [t]\n    short: S.\n    a: |\n      See ![the flow](missing.png) here.\n");
    std::string pdf = (dir / "out.pdf").string();
    auto r = test::run({test::deckpress_bin(), "reader", "--bank", (dir / "bank").string(), "--layout", "reader-tablet",
                        "--out", pdf});
    CHECK(r.exit_code == 1);
    CHECK(r.err.find("c.yaml:10:") != std::string::npos);
    CHECK(r.err.find("missing.png") != std::string::npos);
    CHECK_FALSE(std::filesystem::exists(pdf));
}
