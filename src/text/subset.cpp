// text: font subsetting with hb-subset, so the PDF embeds only the glyphs it draws.
#include <hb-subset.h>
#include <hb.h>

#include <stdexcept>

#include "text/fonts.hpp"

namespace deckpress::text {

std::string subset_font(const std::string& path, const std::set<char32_t>& codepoints) {
    hb_blob_t* blob = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob) throw std::runtime_error("cannot read font file " + path);
    hb_face_t* face = hb_face_create(blob, 0);
    hb_blob_destroy(blob);
    hb_subset_input_t* input = hb_subset_input_create_or_fail();
    if (!input) {
        hb_face_destroy(face);
        throw std::runtime_error("hb-subset: out of memory for " + path);
    }
    hb_set_t* unicodes = hb_subset_input_unicode_set(input);
    for (char32_t cp : codepoints) hb_set_add(unicodes, cp);
    // Hinting instructions are useless in a PDF viewer and make up most of the bytes.
    // RETAIN_GIDS keeps every glyph at its original index (unused ones empty). With renumbered
    // glyphs, libharu 2.3.0 mis-walks some subsets while cutting `glyf` again and fails to save
    // (HPDF_INVALID_OBJECT; found by fuzz_markdown_pdf, see tests/fuzz/regressions). The cost is a
    // few hundred bytes of loca/hmtx entries per font.
    hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_NO_HINTING | HB_SUBSET_FLAGS_RETAIN_GIDS);
    hb_face_t* subset = hb_subset_or_fail(face, input);
    hb_subset_input_destroy(input);
    hb_face_destroy(face);
    if (!subset) throw std::runtime_error("hb-subset failed for " + path);
    hb_blob_t* out = hb_face_reference_blob(subset);
    unsigned length = 0;
    const char* data = hb_blob_get_data(out, &length);
    std::string bytes(data ? data : "", data ? length : 0);
    hb_blob_destroy(out);
    hb_face_destroy(subset);
    if (bytes.empty()) throw std::runtime_error("hb-subset produced no data for " + path);
    return bytes;
}

}  // namespace deckpress::text
