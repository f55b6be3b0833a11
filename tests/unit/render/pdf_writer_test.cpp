// tests: the PDF painter: extractable text, subset fonts, determinism, libharu errors as exceptions.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/atomic_file.hpp"
#include "layout/engine.hpp"
#include "render/pdf/write_tasks.hpp"
#include "render/render.hpp"
#include "support/forced_helpers.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

struct Fixture {
    layout::Engine engine;
    text::FontId noto = engine.fonts().load(test::source_root() + "/fonts/NotoSans-Regular.ttf");
    text::FontId dejavu = engine.fonts().load(test::source_root() + "/fonts/DejaVuSans.ttf");

    layout::Document hello() const {
        layout::Document doc;
        layout::Frame page;
        page.size = {300, 200};
        page.push(layout::TextItem{{20, 40}, noto, 12, {}, "Hello"});
        page.push(layout::TextItem{{55, 40}, dejavu, 12, {}, "\u2192"});
        page.push(layout::TextItem{{70, 40}, noto, 12, {}, "world"});
        page.push(layout::AnchorItem{"top", {0, 0}});
        page.push(layout::LinkItem{{20, 30, 80, 14}, "#top"});
        doc.pages.push_back(page);
        doc.outlines.push_back({"Top", "top", 0});
        doc.meta.title = "Hello";
        return doc;
    }

    /// `count` pages, each with its own text in both fonts, a fill, a rule, an anchor, a link to
    /// the next page and a bookmark: enough for the writer to paint on two threads.
    layout::Document many_pages(int count) const {
        layout::Document doc;
        for (int p = 1; p <= count; ++p) {
            layout::Frame page;
            page.size = {300, 200};
            page.push(layout::FillItem{{10, 10, 280, 20}, {0.9, 0.9, 1}});
            page.push(layout::TextItem{{20, 40}, noto, 12, {}, fmt::format("Page {} of {}", p, count)});
            page.push(layout::TextItem{{20, 60}, dejavu, 10, {0.2, 0.2, 0.6}, fmt::format("\u2192 step {}", p * 7)});
            page.push(layout::LineItem{{20, 70}, {280, 70}, 0.5, {}, p % 2 == 0});
            page.push(layout::AnchorItem{fmt::format("p{}", p), {0, 0}});
            page.push(layout::LinkItem{{20, 30, 80, 14}, fmt::format("#p{}", p % count + 1)});
            doc.pages.push_back(page);
            doc.outlines.push_back({fmt::format("Page {}", p), fmt::format("p{}", p), 0});
        }
        return doc;
    }
};

std::string save(const std::string& name, const std::string& bytes) {
    auto path = test::scratch_dir("pdf-writer") / name;
    write_file_atomic(path.string(), bytes);
    return path.string();
}

}  // namespace

TEST_CASE("text drawn in two fonts extracts exactly, with subset fonts and no warnings") {
    Fixture f;
    std::string path = save("hello.pdf", render::write_pdf(f.hello(), f.engine.fonts()));
    auto text = test::run({"pdftotext", path, "-"});
    CHECK(text.err.empty());
    CHECK(text.out.find("Hello \u2192 world") != std::string::npos);
    auto fonts = test::run({"pdffonts", path});
    CHECK(fonts.err.empty());
    CHECK(fonts.out.find("+NotoSans-Regular") != std::string::npos);  // a subset tag
    CHECK(fonts.out.find("+DejaVuSans") != std::string::npos);
    auto check = test::run({"qpdf", "--check", path});
    CHECK(check.exit_code == 0);
}

TEST_CASE("the same document gives the same bytes; SOURCE_DATE_EPOCH adds a creation date") {
    Fixture f;
    std::string a = render::write_pdf(f.hello(), f.engine.fonts());
    std::string b = render::write_pdf(f.hello(), f.engine.fonts());
    CHECK(a == b);
    CHECK(a.find("/CreationDate") == std::string::npos);
    render::PdfOptions dated;
    dated.creation_time = 86400 * 365;
    CHECK(render::write_pdf(f.hello(), f.engine.fonts(), dated).find("/CreationDate (D:19710101") != std::string::npos);
}

TEST_CASE("SOURCE_DATE_EPOCH is whole seconds up to the end of the year 9999, nothing else") {
    // strtoll took '99999999999999999999' as LLONG_MAX, and every PDF then failed with
    // 'HPDF_SetInfoDateAttr failed'; 253402300800 (year 10000) was written as the year 0000.
    CHECK(render::parse_source_date_epoch("0") == 0);
    CHECK(render::parse_source_date_epoch("1700000000") == 1700000000);
    CHECK(render::parse_source_date_epoch("253402300799") == render::kLastPdfSecond);
    for (const char* bad : {"", "abc", "-5", "+5", "1.5", " 12", "12 ", "253402300800", "99999999999999999999"})
        CHECK_MESSAGE(!render::parse_source_date_epoch(bad), bad);
    Fixture f;
    render::PdfOptions last;
    last.creation_time = render::kLastPdfSecond;
    CHECK(render::write_pdf(f.hello(), f.engine.fonts(), last).find("/CreationDate (D:99991231235959Z") !=
          std::string::npos);
}

TEST_CASE("metadata and bookmarks longer than libharu's strings are cut, not an error") {
    // 600 category titles in the Keywords (72 KB in UTF-16) failed with 'HPDF_Binary_New failed'.
    Fixture f;
    layout::Document doc = f.hello();
    doc.meta.keywords = std::string(40000, 'k');
    doc.outlines.at(0).title = std::string(40000, 't');
    std::string pdf;
    REQUIRE_NOTHROW(pdf = render::write_pdf(doc, f.engine.fonts()));
    CHECK(pdf.find("%%EOF") != std::string::npos);
}

TEST_CASE("a document of more than 32,767 pages gets a page tree") {
    // libharu's one /Pages node holds at most 32,767 kids: 16,400 questions on single cards
    // (fronts and backs) failed with 'HPDF_AddPage failed (libharu error 0x1001)'.
    Fixture f;
    layout::Document doc = f.hello();
    layout::Frame blank;  // empty pages after the first: the tree is what matters
    blank.size = doc.pages.at(0).size;
    doc.pages.resize(32770, blank);
    const auto path = test::scratch_dir("page-tree") / "many.pdf";
    std::string pdf;
    REQUIRE_NOTHROW(pdf = render::write_pdf(doc, f.engine.fonts()));
    write_file_atomic(path.string(), pdf);
    test::RunResult info = test::run({"pdfinfo", path.string()});
    CHECK_MESSAGE(info.out.find("Pages:           32770\n") != std::string::npos, std::string(info.out + info.err));
    CHECK(test::run({"qpdf", "--check", path.string()}).exit_code == 0);
}

TEST_CASE("libharu errors become exceptions naming the failed call") {
    Fixture f;
    layout::Document doc = f.hello();
    doc.pages[0].size = {0, 200};
    try {
        (void)render::write_pdf(doc, f.engine.fonts());
        FAIL("expected an exception");
    } catch (const std::runtime_error& e) {
        CHECK(std::string(e.what()).find("HPDF_Page_SetWidth failed") != std::string::npos);
    }
    layout::Document dangling = f.hello();
    dangling.pages[0].push(layout::LinkItem{{0, 0, 10, 10}, "#nowhere"});
    CHECK_THROWS_WITH_AS((void)render::write_pdf(dangling, f.engine.fonts()), "link to unknown anchor #nowhere",
                         std::runtime_error);
    CHECK_THROWS_AS((void)render::write_pdf(layout::Document{}, f.engine.fonts()), std::runtime_error);
}

TEST_CASE("a glyph set whose subset libharu 2.3.0 failed to re-cut and save is written (fuzz regression)") {
    Fixture f;
    layout::Document doc;
    layout::Frame page;
    page.size = {120, 200};
    double y = 30;
    for (const char* run : {"ApKkdIhb,ft", "l*Pimy Ug:", "Czources[-\uFFFDwv.", "Ena", "\u2022"}) {
        page.push(layout::TextItem{{20, y}, f.noto, 10, {}, run});
        y += 14;
    }
    doc.pages.push_back(page);
    std::string pdf;
    CHECK_NOTHROW(pdf = render::write_pdf(doc, f.engine.fonts()));
    auto text = test::run({"pdftotext", save("regression.pdf", pdf), "-"});
    CHECK(text.err.empty());
    CHECK(text.out.find("Czources[-\uFFFDwv.") != std::string::npos);
}

TEST_CASE("metadata and bookmark titles keep any Unicode text, beyond the BMP too") {
    Fixture f;
    layout::Document doc = f.hello();
    doc.meta.title = "Café – naïve → ✓";
    doc.meta.subject = "plain ASCII (with parentheses)";
    doc.outlines = {{"Ünïcode → 😀", "top", 0}, {"child (a\\b)", "top", 1}};
    std::string path = save("unicode-titles.pdf", render::write_pdf(doc, f.engine.fonts()));
    auto info = test::run({"pdfinfo", path});
    CHECK(info.err.empty());
    CHECK(info.out.find("Title:           Café – naïve → ✓\n") != std::string::npos);
    CHECK(info.out.find("Subject:         plain ASCII (with parentheses)\n") != std::string::npos);
    auto outline = test::run({"mutool", "show", path, "outline"});
    CHECK(outline.out.find("\"Ünïcode → 😀\"") != std::string::npos);
    CHECK(outline.out.find("\"child (a\\\\b)\"") != std::string::npos);  // mutool escapes the backslash
    CHECK(test::run({"qpdf", "--check", path}).out.find("No syntax or stream encoding errors") != std::string::npos);
}

TEST_CASE("fonts prepared and pages painted on two threads give the bytes of one thread") {
    Fixture f;
    const layout::Document doc = f.many_pages(40);
    CHECK(render::pdf::WriteTasks::helpers_for(0, 3) == 0);  // too small for a thread
    std::string parallel;
    {
        test::ForcedHelpers forced(1);
        CHECK(render::pdf::WriteTasks::helpers_for(2, doc.pages.size()) == 1);  // the parallel path
        // Two threads first: fonts are cached per process, so only the first write subsets them.
        parallel = render::write_pdf(doc, f.engine.fonts());
        for (int run = 0; run < 4; ++run) CHECK(render::write_pdf(doc, f.engine.fonts()) == parallel);
        std::vector<std::string> paths{f.engine.fonts().face(f.noto).path(), f.engine.fonts().face(f.dejavu).path()};
        CHECK(render::write_pdf(layout::Document(doc), paths) == parallel);  // consuming the pages
    }
    test::ForcedHelpers alone(0);
    CHECK(render::pdf::WriteTasks::helpers_for(2, doc.pages.size()) == 0);
    CHECK(render::write_pdf(doc, f.engine.fonts()) == parallel);
    auto text = test::run({"pdftotext", save("threads.pdf", parallel), "-"});
    CHECK(text.err.empty());
    std::size_t at = 0;
    for (int p = 1; p <= 40 && at != std::string::npos; ++p) {
        CAPTURE(p);
        at = text.out.find(fmt::format("Page {} of 40", p), at);
        CHECK(at != std::string::npos);  // every page's own text, in page order
    }
}

TEST_CASE("a font that fails on either thread fails the write, which joins its helper") {
    Fixture f;
    std::vector<std::string> paths{f.engine.fonts().face(f.noto).path(), test::source_root() + "/fonts/zz-missing.ttf"};
    test::ForcedHelpers forced(1);
    for (int run = 0; run < 3; ++run)
        CHECK_THROWS_WITH_AS((void)render::write_pdf(f.many_pages(40), paths),
                             doctest::Contains("cannot read font file"), std::runtime_error);
}

TEST_CASE("viewers are asked to show the title, and told the language when the document has one") {
    Fixture f;
    std::string path = save("lang.pdf", render::write_pdf(f.hello(), f.engine.fonts()));
    std::string root = test::run({"qpdf", "--show-object=trailer", path}).out;
    std::string id = root.substr(root.find("/Root ") + 6);
    std::string catalog = test::run({"qpdf", "--show-object=" + id.substr(0, id.find(' ')), path}).out;
    CHECK_MESSAGE(catalog.find("/ViewerPreferences << /DisplayDocTitle true >>") != std::string::npos, catalog);
    CHECK(catalog.find("/Lang") == std::string::npos);
    layout::Document german = f.hello();
    german.meta.language = "de-CH";
    CHECK(render::write_pdf(german, f.engine.fonts()).find("/Lang (de-CH)") != std::string::npos);
}

TEST_CASE("a link's URI is written as ASCII: other bytes and spaces are percent-encoded") {
    // PDF URIs are 7-bit ASCII; 'https://例え.jp/a b' went in as raw UTF-8 bytes (a hex string).
    Fixture f;
    layout::Document doc = f.hello();
    doc.pages[0].push(layout::LinkItem{{0, 0, 10, 10}, "https://\u4f8b.jp/a b?q=\u00fc&r=%41"});
    const std::string bytes = render::write_pdf(doc, f.engine.fonts());
    // https://%E4%BE%8B.jp/a%20b?q=%C3%BC&r=%41, with libharu's octal escapes of '/' and '%'
    CHECK(bytes.find("/URI (https:\\057\\057\\045E4\\045BE\\0458B.jp\\057a\\04520b?q=\\045C3\\045BC&r=\\04541)") !=
          std::string::npos);
}

namespace {

std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

/// A PNG chunk with its length and CRC-32 (bitwise, as the PNG specification gives it).
std::string png_chunk(const std::string& type, const std::string& data) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char c : type + data) {
        crc ^= c;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(~crc);
}

/// A 4 x 4 PNG of 16 bits per component, of PNG colour type `type` (0 grey, 2 RGB, 4 grey +
/// alpha, 6 RGBA) with `channels` components, its rows in one stored (uncompressed) deflate block.
std::string png16(char type, int channels) {
    const int width = 4, height = 4;
    std::string rows;
    for (int y = 0; y < height; ++y) {
        rows += '\0';  // filter: none
        for (int i = 0; i < width * channels; ++i) rows += std::string{static_cast<char>(0x40 * y), '\x7f'};
    }
    std::uint32_t a = 1, b = 0;  // Adler-32 of the rows
    for (unsigned char c : rows) a = (a + c) % 65521, b = (b + a) % 65521;
    const auto n = static_cast<std::uint16_t>(rows.size());
    std::string idat = std::string("\x78\x01\x01", 3) + static_cast<char>(n & 0xFF) + static_cast<char>(n >> 8) +
                       static_cast<char>(~n & 0xFF) + static_cast<char>((~n >> 8) & 0xFF) + rows + be32((b << 16) | a);
    const std::string ihdr = be32(width) + be32(height) + std::string{'\x10', type, '\0', '\0', '\0'};
    return std::string("\x89PNG\r\n\x1a\n", 8) + png_chunk("IHDR", ihdr) + png_chunk("IDAT", idat) + png_chunk("IEND", "");
}

}  // namespace

TEST_CASE("16-bit PNGs, which libharu 2.3.0 reads as 8-bit, are declared 8-bit, soft masks too") {
    Fixture f;
    const auto dir = test::scratch_dir("pdf-writer-png16");
    layout::Document doc = f.hello();
    int k = 0;
    for (auto [type, channels] : {std::pair{'\0', 1}, {'\2', 3}, {'\4', 2}, {'\6', 4}}) {
        const std::string path = (dir / fmt::format("i{}.png", k)).string();
        write_file_atomic(path, png16(type, channels));
        doc.pages[0].push(layout::ImageItem{{10.0 + 40 * k++, 100, 30, 30}, path});
    }
    const std::string pdf = save("png16.pdf", render::write_pdf(doc, f.engine.fonts()));
    const std::string qdf = (dir / "qdf.pdf").string();
    test::run({"qpdf", "--qdf", "--object-streams=disable", pdf, qdf});
    std::ostringstream text_stream;
    text_stream << std::ifstream(qdf, std::ios::binary).rdbuf();
    const std::string text = text_stream.str();
    CHECK(text.find("/BitsPerComponent 16") == std::string::npos);
    CHECK(text.find("/SMask") != std::string::npos);
    const test::RunResult drawn = test::run({"mutool", "draw", "-o", (dir / "p.png").string(), pdf});
    CHECK_MESSAGE(drawn.err.find("truncated") == std::string::npos, drawn.err);
}
