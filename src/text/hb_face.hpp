// text: a TrueType file opened with HarfBuzz and its metrics in 1/1000 em (internal to text/).
#pragma once

#include <hb-ot.h>
#include <hb.h>

#include <string>

namespace deckpress::text::detail {

/// Owns the HarfBuzz blob, face and font (scaled to the face's units per em) of one file.
class HbFace {
public:
    /// Throws std::runtime_error naming `path` when it cannot be read or has no glyphs.
    explicit HbFace(const std::string& path);
    ~HbFace();
    HbFace(const HbFace&) = delete;
    HbFace& operator=(const HbFace&) = delete;

    hb_face_t* face() const { return face_; }
    hb_font_t* font() const { return font_; }

    /// The advance of `glyph` in 1/1000 em, truncated as a PDF /W array gives it (advance *
    /// 1000 / unitsPerEm in integers): what layout measures is what the PDF says.
    int advance_per_mille(hb_codepoint_t glyph) const;
    /// An OpenType metric (ascender, cap height...) in 1/1000 em, or `fallback` when absent.
    int metric_per_mille(hb_ot_metrics_tag_t tag, int fallback) const;
    /// Font units in 1/1000 em.
    int per_mille(long units) const { return static_cast<int>(units * 1000 / static_cast<long>(upem_)); }

private:
    void release();

    hb_blob_t* blob_ = nullptr;
    hb_face_t* face_ = nullptr;
    hb_font_t* font_ = nullptr;
    unsigned upem_ = 0;
};

}  // namespace deckpress::text::detail
