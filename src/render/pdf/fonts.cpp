// render/pdf: embedding subset TrueType fonts as Type0/CIDFontType2 dictionaries we build.
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "render/pdf/font_cache.hpp"
#include "render/pdf/haru.hpp"

namespace deckpress::render::pdf {

namespace {

/// The /W array: `first [w w w]` for each run of consecutive CIDs.
HPDF_Array widths_array(HaruDoc& doc, const std::vector<text::SubsetGlyph>& glyphs) {
    HPDF_Array widths = doc.new_array();
    HPDF_Array run = nullptr;
    unsigned next = 0;
    for (const text::SubsetGlyph& g : glyphs) {
        if (!run || g.cid != next) {
            doc.check(HPDF_Array_AddNumber(widths, static_cast<HPDF_INT32>(g.cid)), "HPDF_Array_AddNumber(W)");
            run = doc.new_array();
            doc.check(HPDF_Array_Add(widths, run), "HPDF_Array_Add(W)");
        }
        doc.check(HPDF_Array_AddNumber(run, g.width), "HPDF_Array_AddNumber(W)");
        next = g.cid + 1;
    }
    return widths;
}

/// `font`'s stream `member`, sharing its ownership: the document keeps it until it is saved.
std::shared_ptr<const std::string> stream_data(const std::shared_ptr<const PreparedFont>& font,
                                               const std::string PreparedFont::*member) {
    return {font, &((*font).*member)};
}

HPDF_Dict font_descriptor(HaruDoc& doc, const std::shared_ptr<const PreparedFont>& font, const std::string& name) {
    const text::FontProgram& program = font->program;
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
    HPDF_Dict file = doc.new_stream(stream_data(font, &PreparedFont::truetype_deflated));
    doc.add_number(file, "Length1", static_cast<int>(font->truetype_size));
    doc.add(fd, "FontFile2", file);
    return fd;
}

HPDF_Dict cid_font(HaruDoc& doc, const std::shared_ptr<const PreparedFont>& font, const std::string& name) {
    HPDF_Dict cid = doc.new_dict();
    doc.add_name(cid, "Type", "Font");
    doc.add_name(cid, "Subtype", "CIDFontType2");
    doc.add_name(cid, "BaseFont", name);
    HPDF_Dict info = doc.new_direct_dict();
    doc.add_string(info, "Registry", "Adobe");
    doc.add_string(info, "Ordering", "Identity");
    doc.add_number(info, "Supplement", 0);
    doc.add(cid, "CIDSystemInfo", info);
    doc.add(cid, "FontDescriptor", font_descriptor(doc, font, name));
    doc.add(cid, "W", widths_array(doc, font->program.glyphs));
    doc.add(cid, "CIDToGIDMap", doc.new_stream(stream_data(font, &PreparedFont::cid_to_gid_deflated)));
    return cid;
}

}  // namespace

HPDF_Font embed_font(HaruDoc& doc, std::shared_ptr<const PreparedFont> prepared) {
    const std::string name = text::subset_tag(prepared->program) + "+" + prepared->program.postscript_name;
    HPDF_Dict font = doc.new_dict();
    doc.add_name(font, "Type", "Font");
    doc.add_name(font, "Subtype", "Type0");
    doc.add_name(font, "BaseFont", name);
    doc.add_name(font, "Encoding", "Identity-H");
    HPDF_Array descendants = doc.new_array();
    doc.check(HPDF_Array_Add(descendants, cid_font(doc, prepared, name)), "HPDF_Array_Add(DescendantFonts)");
    doc.add(font, "DescendantFonts", descendants);
    doc.add(font, "ToUnicode", doc.new_stream(stream_data(prepared, &PreparedFont::to_unicode_deflated)));
    return font;
}

}  // namespace deckpress::render::pdf
