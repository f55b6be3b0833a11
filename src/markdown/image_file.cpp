// markdown: checking that an image file is a PNG or JPEG the PDF writer can embed.
// libharu hands PNGs to libpng with an error handler that returns, so libpng aborts the
// process on a damaged file; it fails on every interlaced PNG and decodes PNGs whole into
// memory; its JPEG reader only knows SOF0, SOF1, SOF2 and SOF9.
#include "markdown/image_file.hpp"

#include <array>
#include <cstdint>
#include <fstream>
#include <iterator>
#include <string_view>

#include <fmt/format.h>

namespace deckpress::markdown::detail {
namespace {

using Bytes = std::string;

/// libharu decodes a PNG whole into memory (20000 x 20000 RGB: 1.2 GB and a minute); a page
/// needs far fewer pixels (a 6 in wide image at 600 dpi has 3600), and cameras make 50 to 100
/// megapixels at most.
constexpr std::uint64_t kMaxPngPixels = 100'000'000;

std::uint32_t be32(const Bytes& d, std::size_t i) {
    auto b = [&](std::size_t k) { return static_cast<std::uint32_t>(static_cast<unsigned char>(d[i + k])); };
    return (b(0) << 24) | (b(1) << 16) | (b(2) << 8) | b(3);
}

unsigned be16(const Bytes& d, std::size_t i) {
    return (static_cast<unsigned>(static_cast<unsigned char>(d[i])) << 8) | static_cast<unsigned char>(d[i + 1]);
}

unsigned byte(const Bytes& d, std::size_t i) { return static_cast<unsigned char>(d[i]); }

/// CRC-32 as PNG defines it (ISO 3309, the same as zlib's).
std::uint32_t crc32(const Bytes& d, std::size_t from, std::size_t n) {
    static const std::array<std::uint32_t, 256> table = [] {
        std::array<std::uint32_t, 256> t{};
        for (std::uint32_t i = 0; i < 256; ++i) {
            std::uint32_t c = i;
            for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
            t[i] = c;
        }
        return t;
    }();
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::size_t i = from; i < from + n; ++i) crc = table[(crc ^ byte(d, i)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

/// IHDR's width, height, bit depth and colour type as libpng accepts them (its default
/// width and height limit is 1,000,000).
bool header_ok(const Bytes& d, std::size_t data) {
    std::uint32_t width = be32(d, data), height = be32(d, data + 4);
    unsigned depth = byte(d, data + 8), type = byte(d, data + 9);
    bool depth_ok = type == 0 ? (depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16)
                  : type == 3 ? (depth == 1 || depth == 2 || depth == 4 || depth == 8)
                  : (type == 2 || type == 4 || type == 6) && (depth == 8 || depth == 16);
    return width > 0 && height > 0 && width <= 1'000'000 && height <= 1'000'000 && depth_ok &&
           byte(d, data + 10) == 0 && byte(d, data + 11) == 0 && byte(d, data + 12) <= 1;
}

std::optional<std::string> png_problem(const Bytes& d) {
    auto damaged = [](const std::string& why) { return fmt::format("damaged PNG image ({})", why); };
    bool palette_needed = false, has_palette = false, has_data = false;
    for (std::size_t i = 8;; ) {
        if (i + 12 > d.size()) return damaged("a chunk runs past the end of the file");
        std::uint32_t length = be32(d, i);
        if (length > d.size() - i - 12) return damaged("a chunk runs past the end of the file");
        std::string type = d.substr(i + 4, 4);
        if (crc32(d, i + 4, length + 4) != be32(d, i + 8 + length))
            return damaged(fmt::format("chunk {} fails its CRC check", type));
        bool first = i == 8;
        if (first != (type == "IHDR")) return damaged("it does not start with its IHDR header");
        if (first && (length != 13 || !header_ok(d, i + 8))) return damaged("its IHDR header is invalid");
        if (first && byte(d, i + 20) == 1) return "unsupported PNG image (interlaced: save it without interlacing)";
        if (first && std::uint64_t{be32(d, i + 8)} * be32(d, i + 12) > kMaxPngPixels)
            return fmt::format("image too large ({} x {} pixels, more than {} megapixels; scale it down)",
                               be32(d, i + 8), be32(d, i + 12), kMaxPngPixels / 1'000'000);
        if (first) palette_needed = byte(d, i + 17) == 3;
        if (type == "PLTE") has_palette = true;
        if (type == "IDAT") {
            if (palette_needed && !has_palette) return damaged("the palette is missing");
            has_data = true;
        }
        if (type == "IEND") return has_data ? std::nullopt : std::optional(damaged("it holds no image data"));
        i += 12 + length;
    }
}

std::optional<std::string> jpeg_problem(const Bytes& d) {
    const std::string damaged = "damaged JPEG image (its segments run past the end of the file)";
    bool frame = false;
    std::size_t i = 2;
    while (true) {
        while (i + 1 < d.size() && byte(d, i) == 0xFF && byte(d, i + 1) == 0xFF) ++i;  // fill bytes
        if (i + 4 > d.size() || byte(d, i) != 0xFF) return damaged;
        unsigned marker = byte(d, i + 1);
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {  // no length
            i += 2;
            continue;
        }
        unsigned length = be16(d, i + 2);
        if (length < 2 || i + 2 + length > d.size()) return damaged;
        bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) {
            if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2 && marker != 0xC9)
                return "unsupported JPEG image (only baseline and progressive JPEG can be embedded)";
            if (length < 8) return damaged;
            unsigned components = byte(d, i + 9);
            if (be16(d, i + 5) == 0 || be16(d, i + 7) == 0 || (components != 1 && components != 3 && components != 4))
                return "unsupported JPEG image (its size or number of colour components)";
            frame = true;
        }
        if (marker == 0xDA) break;  // start of scan: entropy-coded data follows
        i += 2 + length;
    }
    if (!frame) return "damaged JPEG image (it has no frame header)";
    std::size_t end = d.rfind("\xFF\xD9");
    if (end == std::string::npos || end < i) return "damaged JPEG image (it has no end marker)";
    return std::nullopt;
}

/// The name of a common image format PDF pages cannot embed as it is, from its first bytes
/// ("" when not recognised): the message can then say what the file is, not only what it is not.
std::string_view other_format(const Bytes& d) {
    auto starts = [&](std::string_view magic, std::size_t at = 0) { return d.compare(at, magic.size(), magic) == 0; };
    if (starts("GIF87a") || starts("GIF89a")) return "GIF";
    if (starts("RIFF") && starts("WEBP", 8)) return "WebP";
    if (starts("BM")) return "BMP";
    if (starts(std::string_view("II*\0", 4)) || starts(std::string_view("MM\0*", 4))) return "TIFF";
    if (starts("ftypavif", 4)) return "AVIF";
    if (starts("ftyphei", 4) || starts("ftypmif1", 4)) return "HEIF";
    if (starts("%PDF-")) return "PDF";
    std::size_t text = d.find_first_not_of(" \t\r\n\xEF\xBB\xBF");  // SVG is XML: skip blanks and a BOM
    if (text != std::string::npos && (starts("<svg", text) || starts("<?xml", text) || starts("<!DOCTYPE svg", text)))
        return "SVG";
    return "";
}

}  // namespace

std::optional<std::string> image_file_problem(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    Bytes d((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!in.eof() && in.fail()) return "cannot read image file";
    if (d.size() >= 8 && d.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0) return png_problem(d);
    if (d.size() >= 3 && byte(d, 0) == 0xFF && byte(d, 1) == 0xD8 && byte(d, 2) == 0xFF) return jpeg_problem(d);
    if (std::string_view format = other_format(d); !format.empty())
        return fmt::format("{} image cannot be embedded (only PNG and JPEG can: convert it to PNG)", format);
    return "image is not a PNG or JPEG file";
}

}  // namespace deckpress::markdown::detail
