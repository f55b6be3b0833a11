// render/pdf: embedding subset TrueType fonts with a valid ToUnicode CMap.
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_objects.h>

#include <fmt/format.h>

#include <atomic>
#include <cstdio>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "render/pdf/haru.hpp"
#include "text/fonts.hpp"

namespace deckpress::render::pdf {

namespace {

/// A ToUnicode CMap with one bfchar entry per code used. In libharu's UTF-8 mode the CID of a
/// character is its BMP code point, so each entry maps <cid> to the same UTF-16 value.
/// (libharu writes `begincidrange`, which is invalid in a ToUnicode CMap; poppler warns.)
std::string to_unicode_cmap(const std::set<char32_t>& codepoints) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<char32_t> codes;
    for (char32_t cp : codepoints)
        if (cp <= 0xFFFF && (cp < 0xD800 || cp > 0xDFFF)) codes.push_back(cp);
    for (std::size_t i = 0; i < codes.size(); i += 100) {  // at most 100 entries per block
        std::size_t n = std::min<std::size_t>(100, codes.size() - i);
        cmap += fmt::format("{} beginbfchar\n", n);
        for (std::size_t k = i; k < i + n; ++k)
            cmap += fmt::format("<{:04X}> <{:04X}>\n", static_cast<unsigned>(codes[k]),
                                static_cast<unsigned>(codes[k]));
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

void replace_to_unicode(HaruDoc& doc, HPDF_Font font, const std::set<char32_t>& codepoints) {
    HPDF_Doc pdf = doc.get();
    HPDF_Dict stream = HPDF_DictStream_New(pdf->mmgr, pdf->xref);
    doc.check_handle(stream, "HPDF_DictStream_New");
    std::string cmap = to_unicode_cmap(codepoints);
    doc.check(HPDF_Stream_Write(stream->stream, reinterpret_cast<const HPDF_BYTE*>(cmap.data()),
                                static_cast<HPDF_UINT>(cmap.size())),
              "HPDF_Stream_Write(ToUnicode)");
    stream->filter = HPDF_STREAM_FILTER_FLATE_DECODE;
    doc.check(HPDF_Dict_Add(font, "ToUnicode", stream), "HPDF_Dict_Add(ToUnicode)");
}

/// libharu writes a CIDToGIDMap over the whole BMP (2 bytes per CID, 128 KB to deflate per
/// font) although in UTF-8 mode a document only draws the CIDs (= code points) it uses.
/// Rewrites the map up to the highest used code point, with the same glyph ids libharu chose;
/// CIDs past the end of the map are never drawn.
void trim_cid_to_gid_map(HaruDoc& doc, HPDF_Font font, const std::set<char32_t>& codepoints) {
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (!attr || !attr->map_stream || codepoints.empty()) return;
    char32_t highest = std::min<char32_t>(*codepoints.rbegin(), 0xFFFE);
    std::vector<HPDF_BYTE> map(2 * (static_cast<std::size_t>(highest) + 1), 0);
    for (char32_t cp : codepoints) {
        if (cp > highest) break;
        HPDF_UINT16 gid = HPDF_TTFontDef_GetGlyphid(attr->fontdef, static_cast<HPDF_UINT16>(cp));
        map[2 * cp] = static_cast<HPDF_BYTE>(gid >> 8);
        map[2 * cp + 1] = static_cast<HPDF_BYTE>(gid & 0xFF);
    }
    HPDF_Stream stream = attr->map_stream->stream;
    HPDF_MemStream_FreeData(stream);
    doc.check(HPDF_Stream_Write(stream, map.data(), static_cast<HPDF_UINT>(map.size())),
              "HPDF_Stream_Write(CIDToGIDMap)");
}

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write temporary font file " + path);
}

}  // namespace

HPDF_Font embed_font(HaruDoc& doc, const std::string& path, const std::set<char32_t>& codepoints,
                     const std::string& scratch_dir) {
    static std::atomic<int> counter{0};
    std::string temp = fmt::format("{}/font-{}.ttf", scratch_dir, counter++);
    write_bytes(temp, text::subset_font(path, codepoints));
    const char* name = HPDF_LoadTTFontFromFile(doc.get(), temp.c_str(), HPDF_TRUE);
    std::remove(temp.c_str());
    doc.check_handle(name, "HPDF_LoadTTFontFromFile");
    HPDF_Font font = HPDF_GetFont(doc.get(), name, "UTF-8");
    doc.check_handle(font, "HPDF_GetFont");
    trim_cid_to_gid_map(doc, font, codepoints);
    replace_to_unicode(doc, font, codepoints);
    return font;
}

}  // namespace deckpress::render::pdf
