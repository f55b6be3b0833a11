// render/pdf: embedding subset TrueType fonts as Type0/CIDFontType2 dictionaries we build.
#include <fmt/format.h>

#include <stdexcept>
#include <string>
#include <vector>

#include "render/pdf/content.hpp"
#include "render/pdf/haru.hpp"

namespace deckpress::render::pdf {

namespace {

/// A ToUnicode CMap with one bfchar entry per code drawn. CID = BMP code point, so each entry
/// maps <cid> to the same UTF-16 value.
std::string to_unicode_cmap(const std::vector<text::SubsetGlyph>& glyphs) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<char32_t> codes;
    for (const text::SubsetGlyph& g : glyphs)
        if (g.codepoint < 0xD800 || g.codepoint > 0xDFFF) codes.push_back(g.codepoint);
    for (std::size_t i = 0; i < codes.size(); i += 100) {  // at most 100 entries per block
        std::size_t n = std::min<std::size_t>(100, codes.size() - i);
        cmap += fmt::format("{} beginbfchar\n", n);
        for (std::size_t k = i; k < i + n; ++k)
            cmap += fmt::format("<{:04X}> <{:04X}>\n", static_cast<unsigned>(codes[k]), static_cast<unsigned>(codes[k]));
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

/// CID -> glyph id, two bytes big-endian per CID up to the highest drawn (others: glyph 0).
std::string cid_to_gid_map(const std::vector<text::SubsetGlyph>& glyphs) {
    std::string map(glyphs.empty() ? 2 : 2 * (static_cast<std::size_t>(glyphs.back().codepoint) + 1), '\0');
    for (const text::SubsetGlyph& g : glyphs) {
        map[2 * g.codepoint] = static_cast<char>(g.glyph >> 8);
        map[2 * g.codepoint + 1] = static_cast<char>(g.glyph & 0xFF);
    }
    return map;
}

/// The /W array: `first [w w w]` for each run of consecutive CIDs.
HPDF_Array widths_array(HaruDoc& doc, const std::vector<text::SubsetGlyph>& glyphs) {
    HPDF_Array widths = doc.new_array();
    HPDF_Array run = nullptr;
    char32_t next = 0;
    for (const text::SubsetGlyph& g : glyphs) {
        if (!run || g.codepoint != next) {
            doc.check(HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(g.codepoint)), "HPDF_Array_AddNumber(W)");
            run = doc.new_array();
            doc.check(HPDF_Array_Add(widths, run), "HPDF_Array_Add(W)");
        }
        doc.check(HPDF_Array_AddNumber(run, g.width), "HPDF_Array_AddNumber(W)");
        next = g.codepoint + 1;
    }
    return widths;
}

HPDF_Dict font_descriptor(HaruDoc& doc, const text::FontProgram& program, const std::string& name,
                          Deflater& deflater) {
    HPDF_Dict fd = doc.new_dict();
    doc.add_name(fd, "Type", "FontDescriptor");
    doc.add_name(fd, "FontName", name);
    int flags = 32 | (program.fixed_pitch ? 1 : 0) | (program.italic_angle != 0 ? 64 : 0);
    doc.add_number(fd, "Flags", flags);
    HPDF_Array bbox = doc.new_array();
    for (int v : program.bbox) doc.check(HPDF_Array_AddNumber(bbox, v), "HPDF_Array_AddNumber(FontBBox)");
    doc.add(fd, "FontBBox", bbox);
    doc.check(HPDF_Dict_AddReal(fd, "ItalicAngle", static_cast<HPDF_REAL>(program.italic_angle)), "HPDF_Dict_AddReal");
    doc.add_number(fd, "Ascent", program.ascent);
    doc.add_number(fd, "Descent", program.descent);
    doc.add_number(fd, "CapHeight", program.cap_height);
    doc.add_number(fd, "StemV", 80);  // not in TrueType files; only hints substitutes
    HPDF_Dict file = doc.new_stream(deflater.compress(program.truetype));
    doc.add_number(file, "Length1", static_cast<int>(program.truetype.size()));
    doc.add(fd, "FontFile2", file);
    return fd;
}

HPDF_Dict cid_font(HaruDoc& doc, const text::FontProgram& program, const std::string& name, Deflater& deflater) {
    HPDF_Dict cid = doc.new_dict();
    doc.add_name(cid, "Type", "Font");
    doc.add_name(cid, "Subtype", "CIDFontType2");
    doc.add_name(cid, "BaseFont", name);
    HPDF_Dict info = doc.new_direct_dict();
    doc.add_string(info, "Registry", "Adobe");
    doc.add_string(info, "Ordering", "Identity");
    doc.add_number(info, "Supplement", 0);
    doc.add(cid, "CIDSystemInfo", info);
    doc.add(cid, "FontDescriptor", font_descriptor(doc, program, name, deflater));
    doc.add(cid, "W", widths_array(doc, program.glyphs));
    doc.add(cid, "CIDToGIDMap", doc.new_stream(deflater.compress(cid_to_gid_map(program.glyphs))));
    return cid;
}

}  // namespace

HPDF_Font embed_font(HaruDoc& doc, const text::FontProgram& program, Deflater& deflater) {
    const std::string name = text::subset_tag(program) + "+" + program.postscript_name;
    HPDF_Dict font = doc.new_dict();
    doc.add_name(font, "Type", "Font");
    doc.add_name(font, "Subtype", "Type0");
    doc.add_name(font, "BaseFont", name);
    doc.add_name(font, "Encoding", "Identity-H");
    HPDF_Array descendants = doc.new_array();
    doc.check(HPDF_Array_Add(descendants, cid_font(doc, program, name, deflater)), "HPDF_Array_Add(DescendantFonts)");
    doc.add(font, "DescendantFonts", descendants);
    doc.add(font, "ToUnicode", doc.new_stream(deflater.compress(to_unicode_cmap(program.glyphs))));
    return font;
}

}  // namespace deckpress::render::pdf
