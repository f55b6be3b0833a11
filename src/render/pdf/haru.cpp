// render/pdf: libharu document lifetime, error handling and memory saving.
#include "render/pdf/haru.hpp"

#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <fmt/format.h>

#include <stdexcept>

namespace deckpress::render::pdf {

namespace {
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    static_cast<HaruDoc*>(user)->record(error, detail);
}
/// Writes the /Filter of a content stream whose bytes are already deflated: libharu removes
/// any /Filter entry of a stream it does not compress itself, so it is written from this hook.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}
}  // namespace

HaruDoc::HaruDoc() {
    doc_ = HPDF_New(on_error, this);
    if (!doc_) throw std::runtime_error("HPDF_New failed: out of memory");
    check(HPDF_UseUTFEncodings(doc_), "HPDF_UseUTFEncodings");
    check(HPDF_SetCurrentEncoder(doc_, "UTF-8"), "HPDF_SetCurrentEncoder");
    check(HPDF_SetCompressionMode(doc_, HPDF_COMP_ALL), "HPDF_SetCompressionMode");
}

HaruDoc::~HaruDoc() {
    if (doc_) HPDF_Free(doc_);
}

void HaruDoc::record(HPDF_STATUS error, HPDF_STATUS detail) {
    error_ = error;
    detail_ = detail;
}

void HaruDoc::check(HPDF_STATUS status, const char* call) {
    if (status == HPDF_OK && error_ == HPDF_OK) return;
    HPDF_STATUS error = error_ != HPDF_OK ? error_ : status;
    HPDF_STATUS detail = detail_;
    error_ = HPDF_OK;
    detail_ = 0;
    HPDF_ResetError(doc_);
    throw std::runtime_error(
        fmt::format("PDF writer: {} failed (libharu error 0x{:04X}, detail {})", call,
                    static_cast<unsigned>(error), static_cast<unsigned>(detail)));
}

void HaruDoc::check_handle(const void* handle, const char* call) {
    check(handle ? HPDF_OK : HPDF_FAILD_TO_ALLOC_MEM, call);
}

void HaruDoc::set_content(HPDF_Page page, const std::string& deflated) {
    auto attr = static_cast<HPDF_PageAttr>(page->attr);
    HPDF_Dict contents = attr->contents;
    contents->filter = HPDF_STREAM_FILTER_NONE;
    contents->write_fn = write_flate_filter;
    check(HPDF_Stream_Write(attr->stream, reinterpret_cast<const HPDF_BYTE*>(deflated.data()),
                            static_cast<HPDF_UINT>(deflated.size())),
          "HPDF_Stream_Write(page contents)");
}

const char* HaruDoc::font_resource(HPDF_Page page, HPDF_Font font) {
    const char* name = HPDF_Page_GetLocalFontName(page, font);
    check_handle(name, "HPDF_Page_GetLocalFontName");
    return name;
}

const char* HaruDoc::image_resource(HPDF_Page page, HPDF_Image image) {
    const char* name = HPDF_Page_GetXObjectName(page, image);
    check_handle(name, "HPDF_Page_GetXObjectName");
    return name;
}

std::string HaruDoc::save() {
    check(HPDF_SaveToStream(doc_), "HPDF_SaveToStream");
    check(HPDF_ResetStream(doc_), "HPDF_ResetStream");
    std::string bytes;
    bytes.reserve(HPDF_GetStreamSize(doc_));  // one allocation, no doubling copies of a big PDF
    HPDF_BYTE buffer[65536];
    for (;;) {
        HPDF_UINT32 size = sizeof buffer;
        HPDF_STATUS status = HPDF_ReadFromStream(doc_, buffer, &size);
        bytes.append(reinterpret_cast<const char*>(buffer), size);
        if (status == HPDF_STREAM_EOF) break;
        check(status, "HPDF_ReadFromStream");
        if (size == 0) break;
    }
    error_ = HPDF_OK;  // libharu reports the normal end of stream through the handler too
    HPDF_ResetError(doc_);
    return bytes;
}

}  // namespace deckpress::render::pdf
