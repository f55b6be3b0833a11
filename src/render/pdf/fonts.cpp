// render/pdf: embedding subset TrueType fonts with a valid ToUnicode CMap.
#include <hpdf_doc.h>
#include <hpdf_encoder.h>
#include <hpdf_font.h>
#include <hpdf_fontdef.h>
#include <hpdf_objects.h>

#include <fmt/format.h>

#include <array>
#include <atomic>
#include <cstring>
#include <memory>
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

/// While alive, libharu's UTF-8 encoder lists only `codepoints` (plus one CID above them).
///
/// For each font, libharu 2.3.0 (CIDFontType2_New) builds the /W array and the CIDToGIDMap:
/// with the UTF-8 encoder, which it recognises by its to_unicode_fn, it looks up all 65,536 BMP
/// code points in the font (a linear scan of the cmap each) and writes a 128 KB map to deflate;
/// with any other CMap encoder it walks the encoder's cid_map instead. So while the font is
/// created the encoder poses as a generic CMap encoder whose cid_map holds the used code points
/// (CID = code point, as in UTF-8 mode). libharu leaves the highest CID out of both entries
/// (`i < max`), hence one CID more. Everything is restored afterwards: text drawing goes
/// through the UTF-8 functions and writes UTF-8 bytes, mapped to CIDs by the Encoding CMap.
class UsedCidsOnly {
public:
    UsedCidsOnly(HPDF_Encoder encoder, const std::set<char32_t>& codepoints)
        : encoder_(encoder), attr_(static_cast<HPDF_CMapEncoderAttr>(encoder->attr)) {
        std::memcpy(saved_unicode_.data(), attr_->unicode_map, sizeof attr_->unicode_map);
        std::memcpy(saved_cid_.data(), attr_->cid_map, sizeof attr_->cid_map);
        std::memset(attr_->cid_map, 0, sizeof attr_->cid_map);
        char32_t highest = 0;
        for (char32_t cp : codepoints)
            if (cp > 0 && cp <= 0xFFFF) add(highest = cp);
        if (highest < 0xFFFF) add(highest + 1);
        saved_fn_ = encoder_->to_unicode_fn;
        encoder_->to_unicode_fn = HPDF_CMapEncoder_ToUnicode;
    }
    ~UsedCidsOnly() {
        encoder_->to_unicode_fn = saved_fn_;
        std::memcpy(attr_->unicode_map, saved_unicode_.data(), sizeof attr_->unicode_map);
        std::memcpy(attr_->cid_map, saved_cid_.data(), sizeof attr_->cid_map);
    }
    UsedCidsOnly(const UsedCidsOnly&) = delete;
    UsedCidsOnly& operator=(const UsedCidsOnly&) = delete;

private:
    void add(char32_t cp) {
        auto code = static_cast<HPDF_UINT16>(cp);
        attr_->cid_map[code >> 8][code & 0xFF] = code;
        attr_->unicode_map[code >> 8][code & 0xFF] = code;
    }

    HPDF_Encoder encoder_;
    HPDF_CMapEncoderAttr attr_;
    HPDF_Encoder_ToUnicode_Func saved_fn_ = nullptr;
    std::array<HPDF_BYTE, sizeof(HPDF_CMapEncoderAttr_Rec::unicode_map)> saved_unicode_;
    std::array<HPDF_BYTE, sizeof(HPDF_CMapEncoderAttr_Rec::cid_map)> saved_cid_;
};

/// HPDF_GetFont with the encoder's CIDs limited to `codepoints` (see UsedCidsOnly).
HPDF_Font get_font(HaruDoc& doc, const char* name, const std::set<char32_t>& codepoints) {
    HPDF_Encoder encoder = HPDF_GetEncoder(doc.get(), "UTF-8");
    doc.check_handle(encoder, "HPDF_GetEncoder(UTF-8)");
    auto keep = std::make_unique<UsedCidsOnly>(encoder, codepoints);
    HPDF_Font font = HPDF_GetFont(doc.get(), name, "UTF-8");
    keep.reset();
    doc.check_handle(font, "HPDF_GetFont");
    return font;
}

/// Marks the glyphs of `codepoints` as used: libharu embeds only the glyph outlines that its
/// own text functions touched, and the painter writes content streams without them.
void mark_used_glyphs(HPDF_Font font, const std::set<char32_t>& codepoints) {
    HPDF_FontDef fontdef = static_cast<HPDF_FontAttr>(font->attr)->fontdef;
    for (char32_t cp : codepoints)
        if (cp <= 0xFFFF) HPDF_TTFontDef_GetCharWidth(fontdef, static_cast<HPDF_UINT16>(cp));
}

void write_bytes(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out) throw std::runtime_error("cannot write temporary font file " + path);
}

}  // namespace

HPDF_Font embed_font(HaruDoc& doc, const std::string& path, const std::set<char32_t>& codepoints,
                     const std::string& scratch_dir, bool subset) {
    static std::atomic<int> counter{0};
    std::string temp = fmt::format("{}/font-{}.ttf", scratch_dir, counter++);
    if (subset) write_bytes(temp, text::subset_font(path, codepoints));
    const char* file = subset ? temp.c_str() : path.c_str();
    const char* name = HPDF_LoadTTFontFromFile(doc.get(), file, HPDF_TRUE);
    if (subset) std::remove(temp.c_str());
    doc.check_handle(name, "HPDF_LoadTTFontFromFile");
    HPDF_Font font = get_font(doc, name, codepoints);
    mark_used_glyphs(font, codepoints);
    replace_to_unicode(doc, font, codepoints);
    return font;
}

}  // namespace deckpress::render::pdf
