// tests: images in answers are drawn at their place; a missing image is an error naming it.
#include <doctest/doctest.h>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

#include <regex>
#include <sstream>

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

namespace {

struct ImageBox {
    int page = 0;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;  // points, origin at the page's top-left
};

/// Every image drawn in `pdf`, from `mutool trace` (device space: top-left origin).
std::vector<ImageBox> traced_images(const std::string& pdf) {
    static const std::regex page_re(R"re(<page number="([0-9]+)")re");
    static const std::regex image_re(
        R"re(<fill_image[^>]* transform="([-0-9.]+) [-0-9.]+ [-0-9.]+ ([-0-9.]+) ([-0-9.]+) ([-0-9.]+)")re");
    std::vector<ImageBox> out;
    std::istringstream lines(test::run({"mutool", "trace", pdf}).out);
    int page = 0;
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (std::regex_search(line, m, page_re)) page = std::stoi(m[1]);
        if (!std::regex_search(line, m, image_re)) continue;
        double w = std::stod(m[1]), h = std::stod(m[2]), x = std::stod(m[3]), y = std::stod(m[4]);
        out.push_back({page, x, std::min(y, y + h), x + w, std::max(y, y + h)});
    }
    return out;
}

/// Fails for every image that leaves its page or shares a line with a word (header, footer,
/// caption): the images of these fixtures are blocks of their own.
void check_images_clear(const std::string& pdf, const std::string& scratch, std::size_t expected) {
    auto text = test::read_pdf_words(pdf, scratch);
    CHECK(text.warnings.empty());
    auto images = traced_images(pdf);
    CHECK_MESSAGE(images.size() == expected, pdf);
    for (const ImageBox& im : images) {
        const test::PdfPage& page = text.pages.at(static_cast<std::size_t>(im.page - 1));
        CHECK_MESSAGE((im.y0 >= 0 && im.y1 <= page.height && im.x1 <= page.width), pdf << " page " << im.page);
        for (const test::PdfWord& w : text.words) {
            bool overlaps = w.page == im.page && w.y_min < im.y1 && w.y_max > im.y0;
            CHECK_MESSAGE(!overlaps, pdf << " page " << im.page << ": the image covers '" << w.text << "'");
        }
    }
}

}  // namespace

TEST_CASE("an image taller than a page, column or card is scaled down to fit it") {
    auto dir = test::scratch_dir("tall-image");
    std::string bank = test::source_root() + "/tests/fixtures/tall-image-bank";
    auto render = [&](std::vector<std::string> args, const std::string& name) {
        std::string pdf = (dir / name).string();
        args.insert(args.begin(), test::deckpress_bin());
        for (const std::string& a : {std::string("--bank"), bank, std::string("--out"), pdf}) args.push_back(a);
        auto r = test::run(args);
        CHECK_MESSAGE(r.exit_code == 0, name << ": " << r.err);
        return pdf;
    };
    check_images_clear(render({"reader", "--layout", "reader-ereader"}, "ereader.pdf"), dir.string(), 1);
    check_images_clear(render({"reader", "--layout", "reader-tablet"}, "tablet.pdf"), dir.string(), 1);
    check_images_clear(render({"cards", "--layout", "cards-a4"}, "cards.pdf"), dir.string(), 1);
    check_images_clear(render({"cards", "--layout", "cards-index", "--full-answers"}, "full.pdf"), dir.string(), 1);
    check_images_clear(render({"cheatsheet", "--layout", "cheatsheet-a4", "--pages", "1"}, "sheet.pdf"),
                       dir.string(), 1);
}
