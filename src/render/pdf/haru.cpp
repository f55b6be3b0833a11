// render/pdf: libharu document lifetime, error handling and memory saving.
#include "render/pdf/haru.hpp"

#include <fmt/format.h>

#include <stdexcept>

namespace deckpress::render::pdf {

namespace {
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    static_cast<HaruDoc*>(user)->record(error, detail);
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
