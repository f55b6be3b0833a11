// text: subsetting a face with hb-subset and reading the metrics of its PDF font descriptor.
#include "text/embed.hpp"

#include <hb-subset.h>

#include <filesystem>
#include <memory>
#include <stdexcept>

#include "text/hb_face.hpp"

namespace deckpress::text {
namespace {

template <typename T, void (*Destroy)(T*)>
struct HbDeleter {
    void operator()(T* p) const { Destroy(p); }
};
using BlobPtr = std::unique_ptr<hb_blob_t, HbDeleter<hb_blob_t, hb_blob_destroy>>;
using FacePtr = std::unique_ptr<hb_face_t, HbDeleter<hb_face_t, hb_face_destroy>>;
using InputPtr = std::unique_ptr<hb_subset_input_t, HbDeleter<hb_subset_input_t, hb_subset_input_destroy>>;
using PlanPtr = std::unique_ptr<hb_subset_plan_t, HbDeleter<hb_subset_plan_t, hb_subset_plan_destroy>>;

/// Tables a PDF viewer never reads from an embedded TrueType font. Dropping the OpenType
/// layout tables also spares hb-subset their glyph closure, most of its work.
constexpr hb_tag_t kDroppedTables[] = {
    HB_TAG('G', 'S', 'U', 'B'), HB_TAG('G', 'P', 'O', 'S'), HB_TAG('G', 'D', 'E', 'F'),
    HB_TAG('k', 'e', 'r', 'n'), HB_TAG('D', 'S', 'I', 'G'), HB_TAG('h', 'd', 'm', 'x'),
    HB_TAG('V', 'D', 'M', 'X'), HB_TAG('L', 'T', 'S', 'H'), HB_TAG('g', 'a', 's', 'p'),
};

/// Big-endian integer of `bytes` at `offset` in a table (0 when the table is too short).
long read_be(hb_face_t* face, hb_tag_t tag, unsigned offset, unsigned bytes, bool is_signed) {
    BlobPtr table(hb_face_reference_table(face, tag));
    unsigned length = 0;
    const char* data = hb_blob_get_data(table.get(), &length);
    if (!data || offset + bytes > length) return 0;
    unsigned long value = 0;
    for (unsigned i = 0; i < bytes; ++i) value = value << 8 | static_cast<unsigned char>(data[offset + i]);
    if (is_signed && (value >> (8 * bytes - 1)) & 1) return static_cast<long>(value) - (1L << (8 * bytes));
    return static_cast<long>(value);
}

std::string postscript_name(hb_face_t* face, const std::string& path) {
    char buffer[128] = {};
    unsigned size = sizeof buffer;
    hb_ot_name_get_utf8(face, HB_OT_NAME_ID_POSTSCRIPT_NAME, HB_LANGUAGE_INVALID, &size, buffer);
    std::string name;
    for (const char* c = buffer; size > 0 && *c; ++c)
        if ((*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '-')
            name += *c;
    if (name.empty()) name = std::filesystem::path(path).stem().string();
    if (name.size() > 63) name.resize(63);  // PDF names: 127 bytes at most, with the tag
    return name;
}

void read_metrics(const detail::HbFace& hb, FontProgram& out) {
    const hb_tag_t head = HB_TAG('h', 'e', 'a', 'd'), post = HB_TAG('p', 'o', 's', 't');
    out.ascent = hb.metric_per_mille(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, 800);
    out.descent = hb.metric_per_mille(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, -200);
    out.cap_height = hb.metric_per_mille(HB_OT_METRICS_TAG_CAP_HEIGHT, out.ascent);
    for (int i = 0; i < 4; ++i) out.bbox[i] = hb.per_mille(read_be(hb.face(), head, 36 + 2 * i, 2, true));
    out.italic_angle = static_cast<double>(read_be(hb.face(), post, 4, 4, true)) / 65536.0;
    out.fixed_pitch = read_be(hb.face(), post, 12, 4, false) != 0;
}

/// The drawn characters the face has, with their original glyphs and widths.
std::vector<SubsetGlyph> original_glyphs(const detail::HbFace& hb, const std::set<char32_t>& codepoints) {
    std::vector<SubsetGlyph> glyphs;
    for (char32_t cp : codepoints) {
        hb_codepoint_t glyph = 0;
        if (!hb_font_get_nominal_glyph(hb.font(), cp, &glyph)) continue;
        unsigned cid = cp < 0x10000 ? static_cast<unsigned>(cp) : 0;
        glyphs.push_back({cp, static_cast<std::uint16_t>(glyph), hb.advance_per_mille(glyph), cid});
    }
    return glyphs;
}

InputPtr subset_input(const std::vector<SubsetGlyph>& glyphs) {
    InputPtr input(hb_subset_input_create_or_fail());
    if (!input) return input;
    hb_set_t* unicodes = hb_subset_input_unicode_set(input.get());
    for (const SubsetGlyph& g : glyphs) hb_set_add(unicodes, g.codepoint);
    hb_set_t* dropped = hb_subset_input_set(input.get(), HB_SUBSET_SETS_DROP_TABLE_TAG);
    for (hb_tag_t tag : kDroppedTables) hb_set_add(dropped, tag);
    // Hinting instructions are useless in a PDF viewer and make up most of the bytes.
    hb_subset_input_set_flags(input.get(), HB_SUBSET_FLAGS_NO_HINTING);
    return input;
}

std::string blob_bytes(hb_face_t* face) {
    BlobPtr blob(hb_face_reference_blob(face));
    unsigned length = 0;
    const char* data = hb_blob_get_data(blob.get(), &length);
    return data ? std::string(data, length) : std::string();
}

}  // namespace

FontProgram subset_for_pdf(const std::string& path, const std::set<char32_t>& codepoints) {
    detail::HbFace hb(path);
    FontProgram out;
    out.postscript_name = postscript_name(hb.face(), path);
    read_metrics(hb, out);
    out.glyphs = original_glyphs(hb, codepoints);

    InputPtr input = subset_input(out.glyphs);
    PlanPtr plan(input ? hb_subset_plan_create_or_fail(hb.face(), input.get()) : nullptr);
    if (!plan) throw std::runtime_error("hb-subset cannot plan a subset of " + path);
    const hb_map_t* old_to_new = hb_subset_plan_old_to_new_glyph_mapping(plan.get());
    for (SubsetGlyph& g : out.glyphs) {
        hb_codepoint_t renumbered = hb_map_get(old_to_new, g.glyph);
        if (renumbered == HB_MAP_VALUE_INVALID) throw std::runtime_error("hb-subset lost a glyph of " + path);
        g.glyph = static_cast<std::uint16_t>(renumbered);
    }
    FacePtr subset(hb_subset_plan_execute_or_fail(plan.get()));
    if (subset) out.truetype = blob_bytes(subset.get());
    if (out.truetype.empty()) throw std::runtime_error("hb-subset failed for " + path);
    return out;
}

std::string subset_tag(const FontProgram& program) {
    std::uint64_t hash = 1469598103934665603ull;  // FNV-1a
    auto mix = [&](std::uint64_t v) {
        hash ^= v;
        hash *= 1099511628211ull;
    };
    for (char c : program.postscript_name) mix(static_cast<unsigned char>(c));
    for (const SubsetGlyph& g : program.glyphs) mix(g.codepoint);
    std::string tag(6, 'A');
    for (char& c : tag) {
        c = static_cast<char>('A' + hash % 26);
        hash /= 26;
    }
    return tag;
}

}  // namespace deckpress::text
