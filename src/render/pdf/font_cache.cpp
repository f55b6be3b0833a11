// render/pdf: preparing subset fonts and their CMaps, cached per process.
#include "render/pdf/font_cache.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <mutex>
#include <set>

#include "render/pdf/astral_cids.hpp"
#include "render/pdf/content.hpp"

namespace deckpress::render::pdf {

namespace {

/// About 30 KB each; a run of every output of a bank prepares a few dozen.
constexpr std::size_t kMaxCachedFonts = 512;

/// Appends `<XXXX>`: a 16-bit code in hexadecimal, as CMaps write them.
void append_code(std::string& out, unsigned code) {
    static constexpr char kHex[] = "0123456789ABCDEF";
    out += '<';
    for (int shift = 12; shift >= 0; shift -= 4) out += kHex[(code >> shift) & 0xF];
    out += '>';
}

/// Appends `cp` in UTF-16 as a CMap destination: `<XXXX>`, or `<XXXXXXXX>` for a surrogate pair.
void append_utf16(std::string& out, char32_t cp) {
    if (cp < 0x10000) return append_code(out, static_cast<unsigned>(cp));
    append_code(out, 0xD800 + ((cp - 0x10000) >> 10));
    out.pop_back();  // one hex string of both halves
    std::string low;
    append_code(low, 0xDC00 + ((cp - 0x10000) & 0x3FF));
    out.append(low, 1);
}

/// A ToUnicode CMap with one bfchar entry per code drawn. CID = BMP code point, so each such
/// entry maps <cid> to the same UTF-16 value (surrogate code points have no UTF-16 form: left
/// out); a character beyond the BMP maps its numbered CID to its surrogate pair.
std::string to_unicode_cmap(const std::vector<text::SubsetGlyph>& glyphs) {
    std::string cmap =
        "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    std::vector<const text::SubsetGlyph*> codes;
    for (const text::SubsetGlyph& g : glyphs)
        if (g.codepoint < 0xD800 || g.codepoint > 0xDFFF) codes.push_back(&g);
    for (std::size_t i = 0; i < codes.size(); i += 100) {  // at most 100 entries per block
        std::size_t n = std::min<std::size_t>(100, codes.size() - i);
        cmap += fmt::format("{} beginbfchar\n", n);
        for (std::size_t k = i; k < i + n; ++k) {
            append_code(cmap, codes[k]->cid);
            cmap += ' ';
            append_utf16(cmap, codes[k]->codepoint);
            cmap += '\n';
        }
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    return cmap;
}

/// CID -> glyph id, two bytes big-endian per CID up to the highest drawn (others: glyph 0).
/// `glyphs` are sorted by CID.
std::string cid_to_gid_map(const std::vector<text::SubsetGlyph>& glyphs) {
    std::string map(glyphs.empty() ? 2 : 2 * (static_cast<std::size_t>(glyphs.back().cid) + 1), '\0');
    for (const text::SubsetGlyph& g : glyphs) {
        map[2 * g.cid] = static_cast<char>(g.glyph >> 8);
        map[2 * g.cid + 1] = static_cast<char>(g.glyph & 0xFF);
    }
    return map;
}

/// Gives the glyphs beyond the BMP their CIDs, drops those without one (more than free CIDs)
/// and sorts the glyphs by CID, as the /W array and the CIDToGIDMap list them.
void number_glyphs(std::vector<text::SubsetGlyph>& glyphs, const std::vector<char32_t>& codepoints) {
    if (glyphs.empty() || glyphs.back().codepoint < 0x10000) return;  // the BMP only: CID = code point
    AstralCids astral(codepoints);
    for (text::SubsetGlyph& g : glyphs) g.cid = astral.cid(g.codepoint);
    std::erase_if(glyphs, [](const text::SubsetGlyph& g) { return g.cid == 0; });
    std::sort(glyphs.begin(), glyphs.end(),
              [](const text::SubsetGlyph& a, const text::SubsetGlyph& b) { return a.cid < b.cid; });
}

std::shared_ptr<const PreparedFont> prepare(const std::string& path, const std::vector<char32_t>& codepoints) {
    Deflater& deflater = Deflater::of_this_thread();
    auto font = std::make_shared<PreparedFont>();
    font->program = text::subset_for_pdf(path, std::set<char32_t>(codepoints.begin(), codepoints.end()));
    number_glyphs(font->program.glyphs, codepoints);
    font->truetype_size = font->program.truetype.size();
    font->truetype_deflated = deflater.compress(font->program.truetype);
    font->program.truetype = std::string();
    font->cid_to_gid_deflated = deflater.compress(cid_to_gid_map(font->program.glyphs));
    font->to_unicode_deflated = deflater.compress(to_unicode_cmap(font->program.glyphs));
    return font;
}

/// The file (with its size and time, so that an edited font is prepared again in `watch`) and
/// the code points.
std::string cache_key(const std::string& path, const std::vector<char32_t>& codepoints) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    auto time = std::filesystem::last_write_time(path, ec).time_since_epoch().count();
    std::string key = fmt::format("{}\0{}\0{}\0", path, ec ? 0 : size, ec ? 0 : time);
    for (char32_t cp : codepoints) key.append(reinterpret_cast<const char*>(&cp), sizeof cp);
    return key;
}

}  // namespace

std::vector<char32_t> CodepointSet::sorted() const {
    std::vector<char32_t> out;
    for (std::size_t w = 0; w < words_.size(); ++w)
        for (std::uint64_t bits = words_[w]; bits != 0; bits &= bits - 1)
            out.push_back(static_cast<char32_t>(w * 64 + static_cast<std::size_t>(__builtin_ctzll(bits))));
    out.insert(out.end(), astral_.begin(), astral_.end());
    return out;
}

std::shared_ptr<const PreparedFont> prepare_font(const std::string& path, const std::vector<char32_t>& codepoints) {
    static std::mutex mutex;
    static std::map<std::string, std::shared_ptr<const PreparedFont>> cache;
    const std::string key = cache_key(path, codepoints);
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(key); it != cache.end()) return it->second;
    }
    std::shared_ptr<const PreparedFont> font = prepare(path, codepoints);  // unlocked: slow
    std::lock_guard lock(mutex);
    if (cache.size() >= kMaxCachedFonts) cache.clear();  // bounds a long `watch` session
    return cache.emplace(key, std::move(font)).first->second;
}

}  // namespace deckpress::render::pdf
