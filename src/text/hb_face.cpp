// text: opening TrueType files with HarfBuzz and reading their metrics.
#include "text/hb_face.hpp"

#include <cstdint>
#include <stdexcept>

namespace deckpress::text::detail {

HbFace::HbFace(const std::string& path) {
    blob_ = hb_blob_create_from_file_or_fail(path.c_str());
    if (!blob_) throw std::runtime_error("cannot read font file " + path);
    face_ = hb_face_create(blob_, 0);
    font_ = hb_font_create(face_);  // default scale is the face's upem: advances in font units
    upem_ = hb_face_get_upem(face_);
    if (hb_face_get_glyph_count(face_) == 0 || upem_ == 0) {
        release();  // the destructor does not run for a constructor that throws
        throw std::runtime_error("not a TrueType font: " + path);
    }
}

HbFace::~HbFace() { release(); }

void HbFace::release() {
    hb_font_destroy(font_);
    hb_face_destroy(face_);
    hb_blob_destroy(blob_);
    font_ = nullptr;
    face_ = nullptr;
    blob_ = nullptr;
}

int HbFace::advance_per_mille(hb_codepoint_t glyph) const {
    auto advance = static_cast<std::uint32_t>(hb_font_get_glyph_h_advance(font_, glyph));
    return static_cast<int>(advance * 1000u / upem_);
}

int HbFace::metric_per_mille(hb_ot_metrics_tag_t tag, int fallback) const {
    hb_position_t value = 0;
    return hb_ot_metrics_get_position(font_, tag, &value) ? per_mille(value) : fallback;
}

}  // namespace deckpress::text::detail
