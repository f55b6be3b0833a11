// tests: cheat sheet PDFs read back: every question in order, words inside columns, fit and fallback.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <regex>

#include "layout/flow.hpp"
#include "outputs/cheatsheet.hpp"
#include "outputs/job.hpp"
#include "support/pdf_words.hpp"
#include "support/run.hpp"

namespace fs = std::filesystem;
using namespace deckpress;

namespace {

constexpr double kTolerance = 1.0;  // points: poppler's word boxes vs our glyph boxes

std::string bundled_bank() { return test::source_root() + "/content/python-fastapi-interview"; }

std::string layout_path(const std::string& name) { return test::source_root() + "/layouts/" + name + ".yaml"; }

/// Lower-case letters and digits only: hyphenation, line breaks and spacing do not matter.
std::string letters(const std::string& text) {
    std::string out;
    for (unsigned char c : text)
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    return out;
}

std::vector<std::string> question_texts() {
    Diagnostics diags;
    auto loaded = outputs::load_prepared(bundled_bank(), diags);
    REQUIRE(loaded);
    std::vector<std::string> out;
    for (const outputs::Entry& e : loaded->prepared.entries) out.push_back(doc::plain_text(e.q));
    return out;
}

struct Rendered {
    test::RunResult run;
    test::PdfText pdf;
    fs::path path;
};

Rendered render(const std::string& layout, const std::vector<std::string>& extra = {}) {
    fs::path dir = test::scratch_dir("cheatsheet-" + fs::path(layout).stem().string());
    Rendered r;
    r.path = dir / "sheet.pdf";
    std::vector<std::string> argv = {test::deckpress_bin(), "cheatsheet", "--bank", bundled_bank(),
                                     "--layout", layout, "--out", r.path.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    r.run = test::run(argv);
    if (fs::exists(r.path)) r.pdf = test::read_pdf_words(r.path.string(), dir.string());
    return r;
}

double chosen_size(const std::string& out) {
    std::smatch m;
    REQUIRE(std::regex_search(out, m, std::regex(R"(at ([0-9.]+)pt)")));
    return std::stod(m[1]);
}

/// Every word lies in the content box and either in a column or in the header/footer band.
void check_geometry(const Rendered& r, const std::string& layout_name) {
    Diagnostics diags;
    layout::LayoutFile layout = layout::load_layout(layout_path(layout_name), diags);
    REQUIRE_FALSE(diags.has_errors());
    outputs::CheatsheetOptions options = outputs::cheatsheet_options(layout, diags);
    const layout::PageStyle& page = layout.page;
    double left = page.margins.left, top = page.margins.top;
    double right = page.size.width - page.margins.right, bottom = page.size.height - page.margins.bottom;
    double band = outputs::cheatsheet_band_height(options);
    double column_w = (right - left - page.column_gap * (page.columns - 1)) / page.columns;
    int outside = 0;
    for (const test::PdfWord& w : r.pdf.words) {
        bool in_box = w.x_min >= left - kTolerance && w.x_max <= right + kTolerance &&
                      w.y_min >= top - kTolerance && w.y_max <= bottom + kTolerance;
        bool in_band = w.y_max <= top + band + kTolerance || w.y_min >= bottom - band - kTolerance;
        bool in_column = false;
        for (int c = 0; c < page.columns; ++c) {
            double x0 = left + c * (column_w + page.column_gap);
            in_column = in_column || (w.x_min >= x0 - kTolerance && w.x_max <= x0 + column_w + kTolerance);
        }
        if (!in_box || !(in_band || in_column)) {
            ++outside;
            MESSAGE("word outside: '" << w.text << "' page " << w.page << " at " << w.x_min << "," << w.y_min);
        }
    }
    CHECK(outside == 0);
}

/// The page's words in reading order: column by column (from `columns` boxes of width
/// `column_w` starting at `lefts`), lines top to bottom, words left to right.
std::string reading_order(const test::PdfText& pdf, const layout::PageStyle& page) {
    double column_w = (layout::content_box(page).width - page.column_gap * (page.columns - 1)) / page.columns;
    auto column_of = [&](const test::PdfWord& w) {
        int c = static_cast<int>((w.x_min - page.margins.left + kTolerance) / (column_w + page.column_gap));
        return std::clamp(c, 0, page.columns - 1);
    };
    std::vector<const test::PdfWord*> words;
    for (const test::PdfWord& w : pdf.words) words.push_back(&w);
    auto middle = [](const test::PdfWord* w) { return (w->y_min + w->y_max) / 2; };
    std::stable_sort(words.begin(), words.end(), [&](const test::PdfWord* a, const test::PdfWord* b) {
        if (a->page != b->page) return a->page < b->page;
        if (column_of(*a) != column_of(*b)) return column_of(*a) < column_of(*b);
        double line = std::min(a->y_max - a->y_min, b->y_max - b->y_min) * 0.5;  // same line
        if (std::abs(middle(a) - middle(b)) > line) return middle(a) < middle(b);
        return a->x_min < b->x_min;
    });
    std::string out;
    for (const test::PdfWord* w : words) out += w->text + " ";
    return out;
}

void check_questions_in_order(const test::PdfText& pdf, const std::string& layout_name) {
    Diagnostics diags;
    layout::LayoutFile layout = layout::load_layout(layout_path(layout_name), diags);
    std::string text = letters(reading_order(pdf, layout.page));
    std::size_t pos = 0;
    int found = 0;
    for (const std::string& q : question_texts()) {
        std::size_t at = text.find(letters(q), pos);
        CHECK_MESSAGE(at != std::string::npos, "question missing or out of order: " << q);
        if (at == std::string::npos) continue;
        pos = at + 1;
        ++found;
    }
    CHECK(found == 60);
}

}  // namespace

TEST_CASE("cheatsheet: the bundled bank fits on two A4 landscape pages, every question in order") {
    Rendered r = render("cheatsheet-a4");
    REQUIRE(r.run.exit_code == 0);
    CHECK(r.run.err.empty());
    CHECK(r.pdf.warnings.empty());
    REQUIRE(r.pdf.pages.size() == 2);
    CHECK(r.pdf.pages[0].width > r.pdf.pages[0].height);  // landscape
    double size = chosen_size(r.run.out);
    CHECK(size >= 6.0);
    CHECK(size <= 9.0);
    check_questions_in_order(r.pdf, "cheatsheet-a4");
    check_geometry(r, "cheatsheet-a4");
    for (int p = 1; p <= 2; ++p) {
        std::string text = r.pdf.page_text(p);
        CHECK(text.find("page " + std::to_string(p) + " of 2") != std::string::npos);
        CHECK(text.find("60 questions") != std::string::npos);
        CHECK(text.find("Interview Questions") != std::string::npos);
    }
    CHECK(r.pdf.all_text().find("Closing tips") != std::string::npos);  // the notes are there
}

TEST_CASE("cheatsheet: the bundled bank fits on two Letter landscape pages") {
    Rendered r = render("cheatsheet-letter");
    REQUIRE(r.run.exit_code == 0);
    CHECK(r.pdf.warnings.empty());
    REQUIRE(r.pdf.pages.size() == 2);
    CHECK(r.pdf.pages[0].width == doctest::Approx(792).epsilon(0.001));
    CHECK(chosen_size(r.run.out) >= 6.0);
    check_questions_in_order(r.pdf, "cheatsheet-letter");
    check_geometry(r, "cheatsheet-letter");
}

TEST_CASE("cheatsheet: the dark tablet layout keeps every word inside its columns") {
    Rendered r = render("cheatsheet-tablet");
    REQUIRE(r.run.exit_code == 0);
    CHECK(r.pdf.warnings.empty());
    check_questions_in_order(r.pdf, "cheatsheet-tablet");
    check_geometry(r, "cheatsheet-tablet");
}

TEST_CASE("cheatsheet: too much for the pages asked is a warning, and set on the pages it needs") {
    Rendered r = render("cheatsheet-a4", {"--pages", "1"});
    REQUIRE(r.run.exit_code == 0);
    CHECK_MESSAGE(r.run.err.find("deckpress: warning: " + r.path.string() +
                                 ": does not fit on 1 page even at 6pt; needs 2 pages at 6pt\n") != std::string::npos,
                  r.run.err);
    CHECK(r.pdf.pages.size() == 2);
    CHECK(chosen_size(r.run.out) == doctest::Approx(6.0));
    check_questions_in_order(r.pdf, "cheatsheet-a4");

    Rendered strict = render("cheatsheet-letter", {"--pages", "1", "--strict"});
    CHECK(strict.run.exit_code == 1);
    CHECK(strict.run.err.find("error: " + strict.path.string() + ": does not fit on 1 page") != std::string::npos);
    CHECK_FALSE(fs::exists(strict.path));  // not as asked: nothing written
}

TEST_CASE("cheatsheet: too much for the layout's own 'pages' is a warning at that line") {
    // It was said without a location, as if --pages had asked for it.
    fs::path dir = test::scratch_dir("cheatsheet-layout-pages");
    std::string layout = test::read_text_file(test::source_root() + "/layouts/cheatsheet-a4.yaml");
    layout.replace(layout.find("  pages: 2\n"), 11, "  pages: 1\n");
    test::write_text_file(dir / "one-page.yaml", layout);
    Rendered r = render((dir / "one-page.yaml").string());
    REQUIRE(r.run.exit_code == 0);
    CHECK_MESSAGE(r.run.err.find((dir / "one-page.yaml").string() + ":27:10: warning: " + r.path.string() +
                                 ": does not fit on 1 page even at 6pt") != std::string::npos,
                  r.run.err);
}

TEST_CASE("cheatsheet: a short selection is balanced over the columns of its one page") {
    // The A4 layout without the notes, so that ten questions make one page.
    fs::path dir = test::scratch_dir("cheatsheet-layout");
    std::string yaml = test::read_text_file(layout_path("cheatsheet-a4"));
    yaml.replace(yaml.find("notes: start"), 12, "notes: none");
    test::write_text_file(dir / "cheatsheet-a4-plain.yaml", yaml);
    Rendered r = render((dir / "cheatsheet-a4-plain.yaml").string(), {"--category", "python,fastapi"});
    REQUIRE(r.run.exit_code == 0);
    REQUIRE(r.pdf.pages.size() == 1);
    CHECK(chosen_size(r.run.out) == doctest::Approx(9.0));  // fits at the layout's largest size
    Diagnostics diags;
    layout::LayoutFile layout = layout::load_layout(layout_path("cheatsheet-a4"), diags);
    double band = outputs::cheatsheet_band_height(outputs::cheatsheet_options(layout, diags));
    double body_top = layout.page.margins.top + band, body_bottom = layout.page.size.height - layout.page.margins.bottom - band;
    double column_w = (layout::content_box(layout.page).width - 2 * layout.page.column_gap) / 3;
    double lowest[3] = {0, 0, 0};
    for (const test::PdfWord& w : r.pdf.words) {
        if (w.y_min < body_top || w.y_max > body_bottom) continue;
        int col = static_cast<int>((w.x_min - layout.page.margins.left) / (column_w + layout.page.column_gap));
        lowest[std::clamp(col, 0, 2)] = std::max(lowest[std::clamp(col, 0, 2)], w.y_max);
    }
    for (double bottom : lowest) CHECK(bottom > body_top);  // all three columns used
    double spread = std::max({lowest[0], lowest[1], lowest[2]}) - std::min({lowest[0], lowest[1], lowest[2]});
    CHECK(spread < (body_bottom - body_top) * 0.25);  // balanced, not one full column
}

TEST_CASE("cheatsheet: two runs write byte-identical PDFs") {
    Rendered a = render("cheatsheet-a4");
    std::string first = test::read_text_file(a.path);
    Rendered b = render("cheatsheet-a4");
    REQUIRE_FALSE(first.empty());
    CHECK(first == test::read_text_file(b.path));
}
