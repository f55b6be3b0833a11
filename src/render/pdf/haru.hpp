// render/pdf: a thin RAII layer over libharu that turns its errors into exceptions.
#pragma once

#include <hpdf.h>

#include <set>
#include <string>

namespace deckpress::render::pdf {

/// Owns an HPDF_Doc. libharu reports errors through a callback and then refuses every later
/// call; `check` turns a recorded error into std::runtime_error naming the call, and resets it.
class HaruDoc {
public:
    HaruDoc();
    ~HaruDoc();
    HaruDoc(const HaruDoc&) = delete;
    HaruDoc& operator=(const HaruDoc&) = delete;

    HPDF_Doc get() const { return doc_; }
    /// Throws if the last libharu call failed (status != HPDF_OK or the handler fired).
    void check(HPDF_STATUS status, const char* call);
    void check_handle(const void* handle, const char* call);

    /// Makes `deflated` (a zlib stream) the whole content stream of `page`, marked /FlateDecode.
    void set_content(HPDF_Page page, const std::string& deflated);
    /// The page's resource names of a font and an image (added to its resources once).
    const char* font_resource(HPDF_Page page, HPDF_Font font);
    const char* image_resource(HPDF_Page page, HPDF_Image image);

    /// Saves the document into memory and returns its bytes.
    std::string save();

    /// Called by libharu's error handler.
    void record(HPDF_STATUS error, HPDF_STATUS detail);

private:
    HPDF_Doc doc_ = nullptr;
    HPDF_STATUS error_ = HPDF_OK;
    HPDF_STATUS detail_ = 0;
};

/// Loads the TrueType font at `path`, subset to `codepoints` (the whole font when `subset` is
/// false), as a UTF-8 (Identity-H) font whose ToUnicode map is valid, and returns it.
HPDF_Font embed_font(HaruDoc& doc, const std::string& path, const std::set<char32_t>& codepoints,
                     const std::string& scratch_dir, bool subset = true);

}  // namespace deckpress::render::pdf
