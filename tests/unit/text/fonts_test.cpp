// tests/text: faces, widths as libharu computes them, coverage, fallback, subsetting.
#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "fixture.hpp"

using namespace deckpress::text;
using namespace deckpress::text::testing;

TEST_CASE("widths are advance * 1000 / unitsPerEm truncated, like libharu's /W array") {
    const Face& dejavu = fonts().lib.face(fonts().dejavu());
    // DejaVu Sans has 2048 units per em; advances read from its hmtx table with a separate
    // parser: 'a' 1255 (612.79), space 651 (317.87), '-' 739 (360.84), '≤' 1716 (837.89).
    CHECK(dejavu.width('a') == 612);
    CHECK(dejavu.width(' ') == 317);
    CHECK(dejavu.width('-') == 360);
    CHECK(dejavu.width(U'≤') == 837);
    const Face& noto = fonts().lib.face(fonts().noto());  // 1000 units per em: widths = advances
    CHECK(noto.width('a') == 561);
    CHECK(noto.width('m') == 935);
    CHECK(noto.width(' ') == 260);
}

TEST_CASE("face names and metrics come from the file") {
    const Face& noto = fonts().lib.face(fonts().noto());
    CHECK(noto.name() == "NotoSans-Regular");
    CHECK(noto.ascender() > 700);
    CHECK(noto.ascender() < 1200);
    CHECK(noto.descender() > 100);
    CHECK(noto.descender() < 400);
}

TEST_CASE("a face is loaded once per path") {
    FontLibrary& lib = fonts().lib;
    int before = lib.size();
    CHECK(lib.load(font_path("NotoSans-Regular.ttf")) == fonts().noto());
    CHECK(lib.load(font_path("../fonts/NotoSans-Regular.ttf")) == fonts().noto());
    CHECK(lib.size() == before);
}

TEST_CASE("missing or invalid font files throw with the path") {
    FontLibrary lib;
    CHECK_THROWS_WITH_AS(lib.load("/nonexistent/font.ttf"), doctest::Contains("/nonexistent/font.ttf"),
                         std::runtime_error);
    CHECK_THROWS_AS(lib.load(font_path("LICENSE-Noto.txt")), std::runtime_error);
}

TEST_CASE("coverage: Noto Sans lacks symbols that DejaVu Sans has; fallback resolves to DejaVu") {
    const FontLibrary& lib = fonts().lib;
    const Face& noto = lib.face(fonts().noto());
    const Face& dejavu = lib.face(fonts().dejavu());
    for (char32_t cp : {U'→', U'≤', U'≠', U'∞', U'✓'}) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK_FALSE(noto.has(cp));
        CHECK(dejavu.has(cp));
        CHECK(fonts().sans.resolve(lib, cp, Regular) == fonts().dejavu());
        CHECK(fonts().sans.resolve(lib, cp, BoldFace) == fonts().dejavu());
    }
    CHECK(fonts().sans.resolve(lib, 'x', Regular) == fonts().noto());
    CHECK(fonts().sans.resolve(lib, 'x', BoldItalicFace) == fonts().sans.faces[BoldItalicFace]);
    CHECK(fonts().sans.resolve(lib, U'\u2603', Regular) == fonts().dejavu());  // snowman
    CHECK(fonts().sans.resolve(lib, U'\u4E2D', Regular) == -1);  // CJK: no font has it
}

TEST_CASE("code points beyond the BMP are looked up like the others: DejaVu Sans has U+1F600") {
    const FontLibrary& lib = fonts().lib;
    CHECK(lib.face(fonts().dejavu()).has(U'\U0001F600'));
    CHECK(lib.face(fonts().dejavu()).width(U'\U0001F600') > 0);
    CHECK(fonts().sans.resolve(lib, U'\U0001F600', Regular) == fonts().dejavu());
    CHECK(fonts().sans.resolve(lib, U'\U0001F680', Regular) == -1);  // rocket: not in DejaVu Sans
    CHECK(fonts().sans.resolve(lib, U'\U0010FFFD', Regular) == -1);
}

TEST_CASE("missing styles fall back to the nearest face") {
    Family family;
    family.faces[Regular] = 0;
    family.faces[BoldFace] = 1;
    CHECK(family.primary(BoldItalicFace) == 1);
    CHECK(family.primary(ItalicFace) == 0);
    CHECK(family.primary(BoldFace) == 1);
}

TEST_CASE("subsetting keeps the requested glyphs, renumbered, with the same widths, and is much smaller") {
    const std::string path = font_path("NotoSans-Regular.ttf");
    std::set<char32_t> wanted;
    for (char32_t cp : std::u32string(U"Hello, world! ßé–")) wanted.insert(cp);
    std::set<char32_t> asked = wanted;
    asked.insert(U'→');             // Noto Sans has no arrows: left out of the subset
    asked.insert(U'\U0001F600');   // beyond the BMP, and not in Noto Sans: left out
    FontProgram program = subset_for_pdf(path, asked);
    const std::string& bytes = program.truetype;
    std::ifstream original(path, std::ios::binary | std::ios::ate);
    auto original_size = static_cast<std::size_t>(original.tellg());
    CHECK(bytes.size() * 10 < original_size);
    CHECK(bytes.substr(0, 4) == std::string("\0\1\0\0", 4));  // a TrueType (glyf) font
    CHECK(program.postscript_name == "NotoSans-Regular");
    CHECK(program.ascent > 500);
    CHECK(program.descent < 0);
    CHECK(program.bbox[2] > program.bbox[0]);

    const Face& full = fonts().lib.face(fonts().noto());
    REQUIRE(program.glyphs.size() == wanted.size());
    std::set<unsigned> glyph_ids;
    for (const SubsetGlyph& g : program.glyphs) {
        CAPTURE(static_cast<unsigned>(g.codepoint));
        CHECK(wanted.count(g.codepoint) == 1);
        CHECK(g.width == full.width(g.codepoint));
        CHECK(g.glyph > 0);                     // glyph 0 is .notdef
        CHECK(g.glyph < 2 * program.glyphs.size());  // renumbered: compact (plus accent parts)
        glyph_ids.insert(g.glyph);
    }
    CHECK(glyph_ids.size() == program.glyphs.size());

    std::string tmp = std::string(std::getenv("DECKPRESS_TEST_TMP") ? std::getenv("DECKPRESS_TEST_TMP") : "/tmp");
    std::filesystem::create_directories(tmp);
    std::string out = tmp + "/text-subset-test.ttf";
    std::ofstream(out, std::ios::binary) << bytes;
    FontLibrary lib;
    const Face& subset = lib.face(lib.load(out));
    for (char32_t cp : wanted) {
        CAPTURE(static_cast<unsigned>(cp));
        CHECK(subset.has(cp));
        CHECK(subset.width(cp) == full.width(cp));
    }
    CHECK_FALSE(subset.has('z'));
    CHECK_FALSE(subset.has('Q'));
    std::remove(out.c_str());
}

TEST_CASE("the subset tag is six capitals that depend on the font and its glyphs only") {
    const std::string path = font_path("NotoSans-Regular.ttf");
    FontProgram a = subset_for_pdf(path, {'a', 'b'});
    FontProgram again = subset_for_pdf(path, {'a', 'b'});
    FontProgram other = subset_for_pdf(path, {'a', 'c'});
    std::string tag = subset_tag(a);
    REQUIRE(tag.size() == 6);
    for (char c : tag) CHECK((c >= 'A' && c <= 'Z'));
    CHECK(subset_tag(again) == tag);
    CHECK(again.truetype == a.truetype);
    CHECK(subset_tag(other) != tag);
}

TEST_CASE("subsetting a missing file throws") {
    CHECK_THROWS_AS(subset_for_pdf("/nonexistent.ttf", {'a'}), std::runtime_error);
}

TEST_CASE("libraries on several threads share one read of each face") {
    const std::vector<std::string> files = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "DejaVuSans.ttf"};
    std::vector<std::vector<const Face*>> faces(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < faces.size(); ++t)
        threads.emplace_back([&, t] {
            FontLibrary lib;  // loads at the same time as the others: one reads, the rest wait
            for (const std::string& file : files) faces[t].push_back(&lib.face(lib.load(font_path(file))));
            CHECK(faces[t][0]->width('a') == 561);
            faces[t].push_back(&lib.face(lib.load(font_path(files[0]))));  // again: the same face
        });
    for (std::thread& t : threads) t.join();
    FontLibrary later;
    FontLibrary::preload(font_path(files[2]));
    const Face* dejavu = &later.face(later.load(font_path(files[2])));
    CHECK(dejavu == faces[0][2]);  // preloaded or not, read once per process
    for (std::size_t t = 0; t < faces.size(); ++t) CHECK(faces[t] == faces[0]);
    CHECK(faces[0][3] == faces[0][0]);
    CHECK(dejavu->width('a') == 612);
}

TEST_CASE("a font file changed on disk is read again; a failed read is not remembered") {
    std::filesystem::path dir = std::filesystem::temp_directory_path() / "deckpress-font-reload";
    std::filesystem::create_directories(dir);
    std::filesystem::path font = dir / "face.ttf";
    std::filesystem::remove(font);
    FontLibrary before;
    CHECK_THROWS_AS(before.load(font.string()), std::runtime_error);  // missing
    std::filesystem::copy_file(font_path("NotoSans-Regular.ttf"), font);
    CHECK(before.face(before.load(font.string())).width('a') == 561);  // now there: read
    std::filesystem::copy_file(font_path("DejaVuSans.ttf"), font, std::filesystem::copy_options::overwrite_existing);
    FontLibrary after;
    CHECK(after.face(after.load(font.string())).width('a') == 612);  // changed: read again
    std::filesystem::remove_all(dir);
}
