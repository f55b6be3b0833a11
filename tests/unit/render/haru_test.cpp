// tests: stream data kept by the document and written straight into the saved PDF; save errors.
#include <doctest/doctest.h>

#include <memory>
#include <stdexcept>
#include <string>

#include "core/atomic_file.hpp"
#include "render/pdf/content.hpp"
#include "render/pdf/haru.hpp"
#include "support/run.hpp"

using namespace deckpress;
using namespace deckpress::render::pdf;

namespace {

/// About 60 KB of operators that deflate to far more than libharu's 4 KB read buffer.
std::string many_rectangles() {
    ContentStream c;
    unsigned state = 12345;
    for (int i = 0; i < 3000; ++i) {
        state = state * 1103515245u + 12345u;
        c.fill_rect(state % 600, state / 7 % 800, state / 11 % 97 + 0.125, state / 13 % 89 + 0.5);
    }
    return std::string(c.bytes());
}

/// The saved PDF with every stream decompressed (qpdf), content streams as written.
std::string uncompressed(const std::string& pdf) {
    auto dir = test::scratch_dir("haru");
    write_file_atomic((dir / "in.pdf").string(), pdf);
    auto run = test::run({"qpdf", "--qdf", "--object-streams=disable", "--normalize-content=n",
                          (dir / "in.pdf").string(), (dir / "out.pdf").string()});
    REQUIRE(run.exit_code == 0);
    CHECK(run.err.empty());
    return test::read_text_file(dir / "out.pdf");
}

std::shared_ptr<const std::string> shared(std::string bytes) {
    return std::make_shared<const std::string>(std::move(bytes));
}

}  // namespace

TEST_CASE("stream data is saved byte for byte, framed by its length, and decompresses back") {
    const std::string content = many_rectangles();
    const std::string cmap = "/CIDInit /ProcSet findresource begin\nend\n";
    Deflater deflater;
    const std::string deflated = deflater.compress(content);
    REQUIRE(deflated.size() > 3 * 4096);
    HaruDoc doc;
    HPDF_Page page = HPDF_AddPage(doc.get());
    doc.check_handle(page, "HPDF_AddPage");
    doc.set_content(page, shared(deflated));
    doc.add(page, "DeckpressData", doc.new_stream(shared(deflater.compress(cmap))));
    const std::string pdf = doc.save();
    CHECK(pdf.find("/Filter /FlateDecode\n>>\nstream\r\n" + deflated + "\nendstream") != std::string::npos);
    CHECK(pdf.find("\n" + std::to_string(deflated.size()) + "\nendobj") != std::string::npos);  // /Length
    const std::string plain = uncompressed(pdf);
    CHECK(plain.find(content) != std::string::npos);
    CHECK(plain.find(cmap) != std::string::npos);
}

TEST_CASE("a failed save throws naming HPDF_SaveToStream, and the document stays usable") {
    HaruDoc doc;
    HPDF_Page page = HPDF_AddPage(doc.get());
    doc.check_handle(page, "HPDF_AddPage");
    doc.set_content(page, shared(Deflater().compress("0 0 10 10 re f\n")));
    HPDF_Dict data = doc.new_stream(shared(Deflater().compress("x")));
    doc.add(page, "DeckpressData", data);
    void* length = HPDF_Dict_GetItem(data, "Length", HPDF_OCLASS_NUMBER);
    doc.check_handle(length, "HPDF_Dict_GetItem");
    doc.check(HPDF_Dict_RemoveElement(data, "Length"), "HPDF_Dict_RemoveElement");  // unwritable
    CHECK_THROWS_WITH_AS((void)doc.save(), doctest::Contains("HPDF_SaveToStream failed (libharu error 0x100A"),
                         std::runtime_error);
    doc.add(data, "Length", length);
    const std::string pdf = doc.save();  // the error was reset
    CHECK(pdf.starts_with("%PDF-1."));
    CHECK(pdf.ends_with("%%EOF\n"));
    CHECK(uncompressed(pdf).find("0 0 10 10 re f\n") != std::string::npos);
}

TEST_CASE("a source stream reads like libharu's memory streams: a short read means end of stream") {
    HaruDoc doc;
    StreamSource source{shared(std::string(5000, 'a') + std::string(3192, 'b'))};
    HPDF_Stream stream = new_source_stream(doc.get()->mmgr, source);
    REQUIRE(stream);
    CHECK(HPDF_Stream_Size(stream) == 8192);
    HPDF_BYTE buffer[4096];
    HPDF_UINT size = sizeof buffer;
    CHECK(HPDF_Stream_Read(stream, buffer, &size) == HPDF_OK);
    CHECK(size == 4096);
    CHECK(HPDF_Stream_Read(stream, buffer, &size) == HPDF_OK);  // exactly the rest: not yet the end
    CHECK(size == 4096);
    CHECK(std::string(reinterpret_cast<char*>(buffer), 904) == std::string(904, 'a'));
    CHECK(buffer[904] == 'b');
    CHECK(HPDF_Stream_Read(stream, buffer, &size) == HPDF_STREAM_EOF);
    CHECK(size == 0);
    CHECK(HPDF_Stream_Seek(stream, -10, HPDF_SEEK_END) == HPDF_OK);
    CHECK(HPDF_Stream_Tell(stream) == 8182);
    size = sizeof buffer;
    CHECK(HPDF_Stream_Read(stream, buffer, &size) == HPDF_STREAM_EOF);
    CHECK(size == 10);
    CHECK(HPDF_Stream_Seek(stream, 1, HPDF_SEEK_END) != HPDF_OK);  // beyond the end: an error
    HPDF_Stream_Free(stream);
    HPDF_ResetError(doc.get());
}

TEST_CASE("a PDF text string is cut at a character with a '…' past 32,767 bytes") {
    // libharu refuses strings over 65,535 bytes: the Keywords of a bank with 600 categories
    // (their titles, about 72 KB in UTF-16) made every reader fail with 'HPDF_Binary_New failed'.
    CHECK(pdf_text_string("aé") == std::string("\xFE\xFF\x00\x61\x00\xE9", 6));
    CHECK(pdf_text_string("\xF0\x9F\x9A\x80") == std::string("\xFE\xFF\xD8\x3D\xDE\x80", 6));  // U+1F680
    const std::string fits(16382, 'a');  // 2 + 2 * 16382 = 32,766 bytes
    CHECK(pdf_text_string(fits).size() == 32766);
    for (const std::string& long_text : {std::string(40000, 'a'), std::string(40000 / 4, 'x') + std::string(
                                                                      10000, '\xF0') /* invalid: U+FFFD each */}) {
        std::string s = pdf_text_string(long_text);
        CHECK(s.size() <= 32767);
        CHECK(s.size() % 2 == 0);
        CHECK(s.substr(s.size() - 2) == "\x20\x26");  // the '…'
    }
    std::string emoji;  // a surrogate pair is never split by the cut
    for (int i = 0; i < 9000; ++i) emoji += "\xF0\x9F\x9A\x80";
    std::string s = pdf_text_string(emoji);
    CHECK(s.size() == 2 + 8190 * 4 + 2);
    CHECK(s.substr(s.size() - 4, 2) == "\xDE\x80");  // the last low surrogate, then the '…'
}
