// tests: images resolve against the bank folder; missing or escaping paths are errors.
#include <fstream>

#include <doctest/doctest.h>

#include "md_test_util.hpp"

namespace fs = std::filesystem;
using deckpress::Diagnostics;
using deckpress::test::dump_md;
using deckpress::test::golden;
using deckpress::test::md_context;

namespace {

std::string be32(std::uint32_t v) {
    return {static_cast<char>(v >> 24), static_cast<char>(v >> 16), static_cast<char>(v >> 8), static_cast<char>(v)};
}

/// A PNG chunk with its length and CRC-32 (bitwise, as the PNG specification gives it).
std::string chunk(const std::string& type, const std::string& data) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (unsigned char c : type + data) {
        crc ^= c;
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return be32(static_cast<std::uint32_t>(data.size())) + type + data + be32(~crc);
}

/// A valid 1 x 1 grey PNG (Adam7-interlaced when `interlaced`: one pixel is pass 1 alone);
/// with another `width` and `height` its header says so (the pixel data stays one pixel).
std::string tiny_png(bool interlaced = false, std::uint32_t width = 1, std::uint32_t height = 1) {
    const std::string ihdr = be32(width) + be32(height) + std::string("\x08\x00\x00\x00", 4) + (interlaced ? '\x01' : '\x00');
    const std::string idat("\x78\x01\x01\x02\x00\xfd\xff\x00\x80\x00\x81\x00\x81", 13);  // stored: 00 80
    return std::string("\x89PNG\r\n\x1a\n", 8) + chunk("IHDR", ihdr) + chunk("IDAT", idat) + chunk("IEND", "");
}

/// A minimal baseline JPEG header (SOI, SOF0 1 x 1 grey, SOS) and its end marker.
std::string tiny_jpeg() {
    return std::string("\xFF\xD8\xFF\xC0\x00\x0B\x08\x00\x01\x00\x01\x01\x01\x11\x00"
                       "\xFF\xDA\x00\x08\x01\x01\x00\x00\x3F\x00\x12\x34\xFF\xD9", 29);
}

/// The error message for a reference to `bytes` saved as `name` ("" when none), without the
/// "(in question q1)" every message ends with.
std::string image_error(const fs::path& dir, const std::string& name, const std::string& bytes) {
    std::ofstream(dir / name, std::ios::binary) << bytes;
    Diagnostics diags;
    dump_md("![x](" + name + ")", diags, md_context(dir));
    if (diags.items().empty()) return "";
    const std::string suffix = " (in question q1)";
    std::string message = diags.items()[0].message;
    return message.ends_with(suffix) ? message.substr(0, message.size() - suffix.size()) : message;
}

fs::path bank_with_image() {
    const fs::path dir = deckpress::test::scratch_dir("images");
    fs::create_directories(dir / "img");
    std::ofstream(dir / "img" / "arch.png", std::ios::binary) << tiny_png();
    std::ofstream(dir.parent_path() / "markdown-outside.png") << "outside";
    return dir;
}

}  // namespace

TEST_CASE("a present image becomes an image block between the paragraph's text") {
    const fs::path dir = bank_with_image();
    Diagnostics diags;
    const std::string out =
        dump_md("Before ![The *arch*](img/arch.png \"title\") after.", diags, md_context(dir));
    CHECK(diags.items().empty());
    CHECK(out == golden(R"g(
paragraph @1:1
  span "Before"
image path=")g" + (dir / "img" / "arch.png").string() + R"g(" @1:8
  span "The "
  span "arch" italic
paragraph @1:1
  span "after."
)g"));
}

TEST_CASE("a missing image is an error naming the file; its alt text stays") {
    const fs::path dir = bank_with_image();
    Diagnostics diags;
    const std::string out = dump_md("text\n\n![diagram](img/missing.png)", diags, md_context(dir));
    CHECK(out == golden(R"g(
paragraph @1:1
  span "text"
paragraph @3:1
  span "diagram"
)g"));
    REQUIRE(diags.error_count() == 1);
    const std::string message = format_diagnostic(diags.items()[0]);
    CHECK(message.find("bank.yaml:3:1: error: image not found: img/missing.png") == 0);
    CHECK(message.find("(in question q1)") != std::string::npos);
}

TEST_CASE("an image path that names a folder says so") {
    const fs::path dir = bank_with_image();
    fs::create_directories(dir / "img" / "folder.png");
    Diagnostics diags;
    dump_md("![diagram](img/folder.png)", diags, md_context(dir));
    REQUIRE(diags.error_count() == 1);
    CHECK(format_diagnostic(diags.items()[0]).find("error: image is a folder, not a file: img/folder.png") !=
          std::string::npos);
}

TEST_CASE("image paths that leave the bank folder are refused even when the file exists") {
    const fs::path dir = bank_with_image();
    for (const std::string& url : std::vector<std::string>{
             "../markdown-outside.png", "img/../../markdown-outside.png",
          (dir.parent_path() / "markdown-outside.png").string()}) {
        CAPTURE(url);
        Diagnostics diags;
        const std::string out = dump_md("![x](" + url + ")", diags, md_context(dir));
        CHECK(out.find("image ") == std::string::npos);
        REQUIRE(diags.error_count() == 1);
        const std::string message = diags.items()[0].message;
        CHECK(message.find(url) != std::string::npos);
        const bool refused = message.find("leaves the bank folder") != std::string::npos ||
                             message.find("must be relative") != std::string::npos;
        CHECK(refused);
    }
}

TEST_CASE("a symlink pointing outside the bank folder is refused") {
    const fs::path dir = bank_with_image();
    std::error_code ec;
    fs::create_symlink(dir.parent_path() / "markdown-outside.png", dir / "link.png", ec);
    if (ec) return;  // file system without symlinks: nothing to check
    Diagnostics diags;
    dump_md("![x](link.png)", diags, md_context(dir));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].message.find("through a link: link.png") != std::string::npos);
}

TEST_CASE("remote images are an error, not a silent drop") {
    Diagnostics diags;
    const std::string out = dump_md("![logo](https://example.com/l.png)", diags);
    CHECK(out == "paragraph @1:1\n  span \"logo\"\n");
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].message.find("remote image not supported: https://example.com/l.png") ==
          0);
}

TEST_CASE("an image inside a heading keeps its alt text in the heading") {
    Diagnostics diags;
    CHECK(dump_md("# See ![the chart](c.png) now", diags) == golden(R"g(
heading level=1 @1:1
  span "See the chart now"
)g"));
}

TEST_CASE("an image file that is not a sound PNG or JPEG is an error naming it") {
    // libharu aborts the process on a damaged PNG (its libpng error handler returns), and
    // fails without a location on other files: check them where the reference is.
    const fs::path dir = deckpress::test::scratch_dir("image-files");
    const std::string png = tiny_png();
    CHECK(image_error(dir, "ok.png", png) == "");
    CHECK(image_error(dir, "ok.jpg", tiny_jpeg()) == "");
    CHECK(image_error(dir, "png-named.jpg", png) == "");  // the content decides, not the name
    CHECK(image_error(dir, "a.gif", "GIF89a\x01\x00\x01\x00") ==
          "GIF image cannot be embedded (only PNG and JPEG can: convert it to PNG): a.gif");
    CHECK(image_error(dir, "d.svg", "\n  <svg xmlns=\"http://www.w3.org/2000/svg\"/>") ==
          "SVG image cannot be embedded (only PNG and JPEG can: convert it to PNG): d.svg");
    CHECK(image_error(dir, "w.png", std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)) ==
          "WebP image cannot be embedded (only PNG and JPEG can: convert it to PNG): w.png");
    CHECK(image_error(dir, "notes.png", "just some text") == "image is not a PNG or JPEG file: notes.png");
    CHECK(image_error(dir, "cut.png", png.substr(0, png.size() - 20)) ==
          "damaged PNG image (a chunk runs past the end of the file): cut.png");
    std::string flipped = png;
    flipped[45] ^= 0x01;  // a byte of IDAT's data: the CRC no longer matches
    CHECK(image_error(dir, "crc.png", flipped) == "damaged PNG image (chunk IDAT fails its CRC check): crc.png");
    const std::string jpeg = tiny_jpeg();
    CHECK(image_error(dir, "cut.jpg", jpeg.substr(0, jpeg.size() - 4)) ==
          "damaged JPEG image (it has no end marker): cut.jpg");
    std::string lossless = jpeg;
    lossless[3] = '\xC3';
    CHECK(image_error(dir, "lossless.jpg", lossless) ==
          "unsupported JPEG image (only baseline and progressive JPEG can be embedded): lossless.jpg");
}

TEST_CASE("an interlaced PNG is an error at its reference, not a PDF writer failure") {
    // libharu 2.3.0 fails on every Adam7-interlaced PNG (libpng error 0x1043, no location).
    const fs::path dir = deckpress::test::scratch_dir("image-interlaced");
    CHECK(image_error(dir, "interlaced.png", tiny_png(true)) ==
          "unsupported PNG image (interlaced: save it without interlacing): interlaced.png");
}

TEST_CASE("a PNG of more than 100 megapixels is an error at its reference, not minutes and gigabytes") {
    // libharu decodes the whole image into memory: 20000 x 20000 RGB took 1.2 GB and a minute,
    // or failed with 'HPDF_LoadPngImageFromFile failed (libharu error 0x1015)', no location.
    const fs::path dir = deckpress::test::scratch_dir("image-huge");
    CHECK(image_error(dir, "huge.png", tiny_png(false, 20000, 20000)) ==
          "image too large (20000 x 20000 pixels, more than 100 megapixels; scale it down): huge.png");
    CHECK(image_error(dir, "wide.png", tiny_png(false, 1'000'000, 100)) == "");
    CHECK(image_error(dir, "photo.png", tiny_png(false, 12000, 8000)) == "");
}
