// render/pdf: libharu document lifetime, error handling, stream data and saving into memory.
#include "render/pdf/haru.hpp"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>

#include <fmt/format.h>

#include <cstdlib>
#include <stdexcept>

#include "core/utf8.hpp"

namespace deckpress::render::pdf {

namespace {
void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user) {
    static_cast<HaruDoc*>(user)->record(error, detail);
}
/// libharu's memory, zeroed: it leaves bytes of some buffers unwritten and copies them into the
/// PDF (libpng keeps the padding bits at the end of each row of a 1, 2 or 4-bit PNG as they
/// were), which made the bytes of a PDF differ from run to run.
void* zeroed_alloc(HPDF_UINT size) { return std::calloc(1, size); }
void release(void* memory) { std::free(memory); }
/// Writes the /Filter of a content stream whose bytes are already deflated: libharu removes
/// any /Filter entry of a stream it does not compress itself, so it is written from this hook.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}
}  // namespace

HaruDoc::HaruDoc() {
    doc_ = HPDF_NewEx(on_error, zeroed_alloc, release, 0, this);
    if (!doc_) throw std::runtime_error("HPDF_New failed: out of memory");
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

void HaruDoc::write_deflated(HPDF_Dict dict, std::shared_ptr<const std::string> deflated) {
    if (deflated->size() > 0x7FFFFFFF) throw std::length_error("PDF writer: a stream of 2 GB or more");
    StreamSource& source = sources_.emplace_back(StreamSource{std::move(deflated)});
    source_bytes_ += source.bytes->size();
    HPDF_Stream stream = new_source_stream(doc_->mmgr, source);
    check_handle(stream, "HPDF_CallbackReader_New");
    HPDF_Stream_Free(dict->stream);  // the empty memory stream HPDF_DictStream_New made
    dict->stream = stream;
    dict->filter = HPDF_STREAM_FILTER_NONE;
    dict->write_fn = write_flate_filter;
}

void HaruDoc::set_content(HPDF_Page page, std::shared_ptr<const std::string> deflated) {
    write_deflated(static_cast<HPDF_PageAttr>(page->attr)->contents, std::move(deflated));
}

HPDF_Dict HaruDoc::new_dict() {
    HPDF_Dict dict = HPDF_Dict_New(doc_->mmgr);
    check_handle(dict, "HPDF_Dict_New");
    check(HPDF_Xref_Add(doc_->xref, dict), "HPDF_Xref_Add");
    return dict;
}

HPDF_Dict HaruDoc::new_direct_dict() {
    HPDF_Dict dict = HPDF_Dict_New(doc_->mmgr);
    check_handle(dict, "HPDF_Dict_New");
    return dict;
}

HPDF_Array HaruDoc::new_array() {
    HPDF_Array array = HPDF_Array_New(doc_->mmgr);
    check_handle(array, "HPDF_Array_New");
    return array;
}

HPDF_Dict HaruDoc::new_stream(std::shared_ptr<const std::string> deflated) {
    HPDF_Dict stream = HPDF_DictStream_New(doc_->mmgr, doc_->xref);
    check_handle(stream, "HPDF_DictStream_New");
    write_deflated(stream, std::move(deflated));
    return stream;
}

void HaruDoc::add(HPDF_Dict dict, const char* key, void* object) {
    check(HPDF_Dict_Add(dict, key, object), "HPDF_Dict_Add");
}

void HaruDoc::add_name(HPDF_Dict dict, const char* key, const std::string& name) {
    check(HPDF_Dict_AddName(dict, key, name.c_str()), "HPDF_Dict_AddName");
}

void HaruDoc::add_number(HPDF_Dict dict, const char* key, int value) {
    check(HPDF_Dict_AddNumber(dict, key, value), "HPDF_Dict_AddNumber");
}

/// The longest string PDF readers must handle (PDF 1.7, Annex C: 32,767 bytes). libharu
/// refuses more than 65,535, so the Keywords of a bank with 600 categories failed every PDF.
constexpr std::size_t kMaxTextBytes = 32767;

/// `utf8` as a PDF text string (UTF-16BE after a byte order mark), cut at a character
/// boundary with a '…' when it would pass kMaxTextBytes.
std::string pdf_text_string(const std::string& utf8) {
    std::string utf16 = "\xFE\xFF";
    auto unit = [&](unsigned u) {
        utf16 += static_cast<char>(u >> 8);
        utf16 += static_cast<char>(u & 0xFF);
    };
    bool cut = false;
    for_each_codepoint(utf8, [&](char32_t cp) {
        std::size_t bytes = cp < 0x10000 ? 2 : 4;
        if (cut || utf16.size() + bytes + 2 > kMaxTextBytes) {  // + 2: room for the '…'
            cut = true;
            return;
        }
        if (cp < 0x10000) return unit(static_cast<unsigned>(cp));
        unit(0xD800 + ((cp - 0x10000) >> 10));  // a surrogate pair
        unit(0xDC00 + ((cp - 0x10000) & 0x3FF));
    });
    if (cut) unit(0x2026);
    return utf16;
}

void HaruDoc::add_text(HPDF_Dict dict, const char* key, const std::string& utf8) {
    std::string utf16 = pdf_text_string(utf8);
    HPDF_Binary text = HPDF_Binary_New(doc_->mmgr, reinterpret_cast<HPDF_BYTE*>(utf16.data()),
                                       static_cast<HPDF_UINT>(utf16.size()));
    check_handle(text, "HPDF_Binary_New");
    add(dict, key, text);
}

HPDF_Dict HaruDoc::catalog() { return doc_->catalog; }

void HaruDoc::set_info(const char* key, const std::string& utf8) {
    if (!doc_->info) throw std::logic_error("PDF writer: set the Producer (which creates the Info dictionary) first");
    add_text(doc_->info, key, utf8);
}

void HaruDoc::add_string(HPDF_Dict dict, const char* key, const char* text) {
    HPDF_String string = HPDF_String_New(doc_->mmgr, text, nullptr);
    check_handle(string, "HPDF_String_New");
    add(dict, key, string);
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
    std::string bytes;
    // The streams' data plus the text of every object and its cross-reference entry: 123 to
    // 178 bytes an object on average in the outputs of the bundled and a 600-question bank.
    bytes.reserve(source_bytes_ + 192 * static_cast<std::size_t>(doc_->xref->entries->count) + 16384);
    StreamSink sink{bytes, nullptr};
    HPDF_Stream stream = new_sink_stream(doc_->mmgr, sink);
    check_handle(stream, "HPDF_CallbackWriter_New");
    // HPDF_SaveToStream writes into the document's `stream`, a memory stream it creates when
    // there is none; given a writer, it writes there instead (the memory stream is the only
    // kind it clears first). Put back at once: the writer points at this frame.
    HPDF_Stream previous = doc_->stream;
    doc_->stream = stream;
    HPDF_STATUS status = HPDF_SaveToStream(doc_);
    doc_->stream = previous;
    HPDF_Stream_Free(stream);
    if (sink.failure) {
        error_ = HPDF_OK;
        HPDF_ResetError(doc_);
        std::rethrow_exception(sink.failure);
    }
    check(status, "HPDF_SaveToStream");
    return bytes;
}

}  // namespace deckpress::render::pdf
