// tests: layout files are read strictly; every bad value is reported at file:line:col.
#include <fstream>
#include <iterator>

#include <doctest/doctest.h>

#include "layout/contrast.hpp"
#include "layout/style.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

/// Loads `yaml` as a layout file and returns every diagnostic, formatted, one per line.
std::string problems(const std::string& yaml, layout::LayoutFile* out = nullptr) {
    auto dir = test::scratch_dir("style");
    auto path = dir / "reader-test.yaml";
    test::write_text_file(path, yaml);
    Diagnostics diags;
    layout::LayoutFile file = layout::load_layout(path.string(), diags);
    if (out) *out = file;
    std::string text;
    for (const Diagnostic& d : diags.items()) {
        std::string line = format_diagnostic(d);
        text += line.substr(line.find("reader-test.yaml")) + "\n";
    }
    return text;
}

}  // namespace

TEST_CASE("a valid layout sets page, margins, columns, theme and text") {
    layout::LayoutFile file;
    CHECK(problems("kind: reader\npage:\n  size: a5\n  orientation: landscape\n  margins: {top: 10mm, left: 1in}\n"
                   "  columns: 2\ntheme:\n  background: \"#f0e0d0\"\ntext:\n  size: 12\n  justify: false\n",
                   &file) == "");
    CHECK(file.page.size.width == doctest::Approx(595.28));
    CHECK(file.page.size.height == doctest::Approx(419.53));
    CHECK(file.page.margins.top == doctest::Approx(28.3465));
    CHECK(file.page.margins.left == doctest::Approx(72));
    CHECK(file.page.columns == 2);
    CHECK(file.theme.background == Color{240 / 255.0, 224 / 255.0, 208 / 255.0});
    CHECK(file.text.size == 12);
    CHECK_FALSE(file.text.justify);
}

TEST_CASE("explicit page sizes take pt, mm, cm and in") {
    layout::LayoutFile file;
    CHECK(problems("kind: reader\npage:\n  size: [6in, 80mm]\n", &file) == "");
    CHECK(file.page.size.width == doctest::Approx(432));
    CHECK(file.page.size.height == doctest::Approx(226.77));
}

TEST_CASE("text sizes take a number of points or a length") {
    // 'size: 14pt' was "expected a number for 'size', found '14pt'", though lengths take units.
    layout::LayoutFile file;
    CHECK(problems("kind: reader\ntext:\n  size: 14pt\n  min_size: 3mm\n", &file) == "");
    CHECK(file.text.size == doctest::Approx(14));
    CHECK(file.text.min_size == doctest::Approx(8.5039));
    CHECK(problems("kind: reader\ntext:\n  size: 12\n", &file) == "");
    CHECK(file.text.size == 12);
    CHECK(problems("kind: reader\ntext:\n  size: 14px\n") ==
          "reader-test.yaml:3:9: error: 'size' must be a length such as 12pt, 5mm or 1in, not '14px'\n");
    CHECK(problems("kind: reader\ntext:\n  size: 2in\n") ==
          "reader-test.yaml:3:9: error: 'size' must be between 3pt and 96pt, not 2in (144pt)\n");
}

TEST_CASE("unknown keys are errors with a did-you-mean") {
    CHECK(problems("kind: reader\npage:\n  colums: 2\n") ==
          "reader-test.yaml:3:3: error: unknown key 'colums' in page (did you mean 'columns'?)\n");
    CHECK(problems("kind: reader\ntheem: {}\n").find("reader-test.yaml:2:1: error: unknown key 'theem'") == 0);
}

TEST_CASE("zero, negative and malformed values are errors at the value") {
    CHECK(problems("kind: reader\npage:\n  size: [0mm, 100mm]\n") ==
          "reader-test.yaml:3:10: error: page width must be between 36pt and 14400pt, not 0mm (0pt)\n");
    CHECK(problems("kind: reader\npage:\n  margins: -5mm\n").find("reader-test.yaml:3:12: error: margins must be between") == 0);
    CHECK(problems("kind: reader\npage:\n  margins: 10 furlongs\n") ==
          "reader-test.yaml:3:12: error: margins must be a length such as 12pt, 5mm or 1in, not '10 furlongs'\n");
    CHECK(problems("kind: reader\ntext:\n  size: -3\n").find("reader-test.yaml:3:9: error:") == 0);
    CHECK(problems("kind: reader\ntheme:\n  text: blue\n") ==
          "reader-test.yaml:3:9: error: 'text' must be a colour like \"#1a2b3c\", not 'blue'\n");
    CHECK(problems("kind: reader\npage:\n  size: b7\n").find("reader-test.yaml:3:9: error: unknown page size 'b7'") == 0);
    CHECK(problems("kind: reader\npage:\n  size: a6\n  margins: 80mm\n").find("margins are wider than the page: left + right = 454 pt on a page 298 pt wide") !=
          std::string::npos);
}

TEST_CASE("a missing font, an unknown kind and a foreign section are reported") {
    CHECK(problems("kind: reader\nfonts:\n  body: {regular: Nope.ttf}\n") ==
          "reader-test.yaml:3:19: error: font file 'Nope.ttf' not found (looked in fonts/ and next to the layout)\n");
    CHECK(problems("kind: poster\n").find("reader-test.yaml:1:7: error: unknown layout kind 'poster'") == 0);
    CHECK(problems("kind: reader\ncards: {}\n") ==
          "reader-test.yaml:2:1: error: section 'cards' does not apply to a reader layout\n");
}

TEST_CASE("a font file PDFs cannot embed as TrueType is an error at its line") {
    auto dir = test::scratch_dir("style-fonts");
    std::string cff = (dir / "cff.otf").string(), text = (dir / "notes.txt").string();
    test::write_text_file(cff, std::string("OTTO\0\x0b\0\x80", 8) + std::string(200, '\0'));
    test::write_text_file(text, "just text\n");
    CHECK(problems("kind: reader\nfonts:\n  body: {regular: " + cff + "}\n") ==
          "reader-test.yaml:3:19: error: font file '" + cff +
              "' has CFF (PostScript) outlines; use a TrueType-outline font (.ttf)\n");
    CHECK(problems("kind: reader\nfonts:\n  fallback: [" + text + "]\n") ==
          "reader-test.yaml:3:14: error: font file '" + text + "' is not a TrueType font\n");
    CHECK(problems("kind: reader\nfonts:\n  body: {regular: NotoSans-Regular.ttf}\n") == "");
}

TEST_CASE("a font file that is a symbolic link loop is an error at its line, not thrown") {
    auto dir = test::scratch_dir("style-font-loop");
    std::string loop = (dir / "loop.ttf").string();
    std::filesystem::create_symlink("loop.ttf", loop);
    std::string text;
    CHECK_NOTHROW(text = problems("kind: reader\nfonts:\n  body: {regular: " + loop + "}\n"));
    CHECK(text == "reader-test.yaml:3:19: error: font file '" + loop + "' cannot be read: Too many levels of symbolic links\n");
}

TEST_CASE("a cut or hollow TrueType file is an error at its line, not a silent fallback") {
    // HarfBuzz opens a cut font with the tables that fit and an empty character map, so every
    // character came from the fallback fonts without a word.
    auto dir = test::scratch_dir("style-damaged-fonts");
    std::ifstream in(std::filesystem::path(test::source_root()) / "fonts" / "NotoSans-Regular.ttf", std::ios::binary);
    std::string whole((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::string cut = (dir / "cut.ttf").string(), junk = (dir / "junk.ttf").string(),
                hollow = (dir / "hollow.ttf").string();
    test::write_text_file(cut, whole.substr(0, 5000));
    test::write_text_file(junk, std::string("\0\1\0\0garbage", 11));
    // One table, 'head', inside the file: no character map, no outlines.
    test::write_text_file(hollow, std::string("\0\1\0\0\0\1\0\0\0\0\0\0head\0\0\0\0\0\0\0\x1c\0\0\0\4xxxx", 32));
    CHECK(problems("kind: reader\nfonts:\n  body: {regular: " + cut + "}\n") ==
          "reader-test.yaml:3:19: error: font file '" + cut + "' is damaged (table 'DSIG' runs past the end of the file)\n");
    CHECK(problems("kind: reader\nfonts:\n  fallback: [" + junk + "]\n") ==
          "reader-test.yaml:3:14: error: font file '" + junk + "' is damaged (its table directory runs past the end of the file)\n");
    CHECK(problems("kind: reader\nfonts:\n  body: {regular: " + hollow + "}\n") ==
          "reader-test.yaml:3:19: error: font file '" + hollow + "' has no 'cmap' table (a TrueType font needs cmap, glyf and loca)\n");
}

TEST_CASE("every bundled layout loads without a problem") {
    for (const char* kind : {"reader", "cards", "exam", "cheatsheet"}) {
        auto files = layout::layouts_of_kind(kind);
        CHECK(!files.empty());
        for (const std::string& path : files) {
            Diagnostics diags;
            layout::LayoutFile file = layout::load_layout(path, diags);
            CHECK_MESSAGE(diags.items().empty(), path);
            CHECK(file.kind == kind);
        }
    }
}

TEST_CASE("theme colours that leave text hard to read are warnings at the colour set") {
    // A dark page whose cheat-sheet panels keep the default light background.
    std::string dark = "kind: cheatsheet\ntheme:\n  background: \"#000000\"\n  text: \"#ffffff\"\n"
                       "  accent: \"#8cc4ff\"\n  link: \"#8cc4ff\"\n";
    std::string found = problems(dark);
    CHECK(found == "reader-test.yaml:4:9: warning: 'text' (#ffffff) on 'panel_background' (#edf2fa) has a contrast "
                   "of 1.1:1, hard to read (at least 3:1); 'panel_background' is the default, set it too\n");
    // Readers draw no panels; both colours set and far apart: nothing to say.
    CHECK(problems("kind: reader\ntheme: {background: \"#000000\", text: \"#ffffff\", accent: \"#8cc4ff\", "
                   "link: \"#8cc4ff\"}\n") == "");
    CHECK(problems("kind: reader\ntheme: {code_background: \"#333333\", code_text: \"#444444\"}\n")
              .find("reader-test.yaml:2:48: warning: 'code_text' (#444444) on 'code_background' (#333333) has a "
                    "contrast of 1.3:1") == 0);
    CHECK(layout::contrast_ratio({0, 0, 0}, {1, 1, 1}) == doctest::Approx(21));
    CHECK(layout::contrast_ratio({0.5, 0.5, 0.5}, {0.5, 0.5, 0.5}) == doctest::Approx(1));
}

TEST_CASE("a kind or orientation that is not a word says what it found") {
    CHECK(problems("kind: [reader]\n") == "reader-test.yaml:1:7: error: expected text for 'kind', found a list\n");
    CHECK(problems("kind: reader\npage: {size: a4, orientation: [landscape]}\n") ==
          "reader-test.yaml:2:31: error: expected text for 'orientation', found a list\n");
}

TEST_CASE("table settings: scale and padding relative to the size, the rule a length") {
    layout::LayoutFile file;
    CHECK(problems("kind: reader\ntext:\n  table_scale: 0.8\n  table_padding: 0.5\n  table_rule: 0.5mm\n", &file) == "");
    CHECK(file.text.table_scale == doctest::Approx(0.8));
    CHECK(file.text.table_padding == doctest::Approx(0.5));
    CHECK(file.text.table_rule == doctest::Approx(1.41732));
    CHECK(problems("kind: reader\ntext:\n  table_rule: thick\n").find("reader-test.yaml:3:15: error:") == 0);
    CHECK(problems("kind: reader\ntext:\n  table_pading: 1\n").find("reader-test.yaml:3:3: error: unknown key 'table_pading'") == 0);
}

TEST_CASE("the footnotes' size is relative to the text size, 0.8 unless the layout says") {
    layout::LayoutFile file;
    CHECK(problems("kind: reader\n", &file) == "");
    CHECK(file.text.footnote_scale == doctest::Approx(0.8));
    CHECK(problems("kind: reader\ntext:\n  footnote_scale: 0.7\n", &file) == "");
    CHECK(file.text.footnote_scale == doctest::Approx(0.7));
    CHECK(problems("kind: reader\ntext:\n  footnote_scale: 9\n").find("reader-test.yaml:3:19: error:") == 0);
}

TEST_CASE("a colour that YAML read as a comment, or a list, is named as such at its key") {
    // `text: #1a2b3c` unquoted is a comment: it was "must be a colour like "#1a2b3c", not ''"
    // at column 1 of the next line, as was a list.
    CHECK(problems("kind: reader\ntheme:\n  text: #1a2b3c\n  accent: \"#202020\"\n") ==
          "reader-test.yaml:3:3: error: 'text' has no colour: write it in quotes, \"#1a2b3c\" (unquoted, YAML "
          "reads '#' as the start of a comment)\n");
    CHECK(problems("kind: reader\ntheme:\n  text: [0, 0, 0]\n") ==
          "reader-test.yaml:3:9: error: 'text' must be a colour like \"#1a2b3c\", found a list\n");
    CHECK(problems("kind: reader\ntext:\n  size:\n  leading: 1.2\n") ==
          "reader-test.yaml:3:3: error: 'size' must be a length such as 12pt, 5mm or 1in, found nothing\n");
}

TEST_CASE("a misspelt layout kind is one error, with a did-you-mean") {
    // It was also "this is a raeder layout" and "section 'reader' does not apply to a raeder layout".
    CHECK(problems("kind: raeder\nreader: {contents: true}\n") ==
          "reader-test.yaml:1:7: error: unknown layout kind 'raeder' (did you mean 'reader'?)\n");
    CHECK(problems("reader: {contents: true}\n") == "reader-test.yaml:1:1: error: missing required key 'kind' in reader-test\n");
}

TEST_CASE("orientation takes any case, like page sizes; a too-wide column gap is named as written") {
    layout::LayoutFile file;
    CHECK(problems("kind: reader\npage: {size: A5, orientation: Landscape}\n", &file) == "");
    CHECK(file.page.size.width == doctest::Approx(595.28));
    CHECK(problems("kind: reader\npage: {size: a5, orientation: sideways}\n") ==
          "reader-test.yaml:2:31: error: orientation must be portrait or landscape, not 'sideways'\n");
    CHECK(problems("kind: reader\npage: {size: [300pt, 400pt], margins: 20, columns: 6, column_gap: 4mm}\n") ==
          "reader-test.yaml:2:52: error: 6 columns with a 4mm gap leave no room for text (34pt per column, at least 36pt)\n");
    CHECK(problems("kind: reader\npage: {size: [300pt, 400pt], margins: 20, columns: 6, column_gap: 12}\n") ==
          "reader-test.yaml:2:52: error: 6 columns with a 12pt gap leave no room for text (33pt per column, at least 36pt)\n");
}

TEST_CASE("a misspelt page size gets a did-you-mean; one far from any name lists the names") {
    CHECK(problems("kind: reader\npage: {size: leter}\n") ==
          "reader-test.yaml:2:14: error: unknown page size 'leter' (did you mean 'letter'?)\n");
    CHECK(problems("kind: reader\npage: {size: b5}\n") ==
          "reader-test.yaml:2:14: error: unknown page size 'b5' (known: a3, a4, a5, a6, index-3x5, index-4x6, legal, letter; "
          "or [width, height])\n");
}
