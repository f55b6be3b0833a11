// render/pdf: a thin RAII layer over libharu that turns its errors into exceptions.
#pragma once

#include <hpdf.h>

#include <deque>
#include <memory>
#include <string>

#include "render/pdf/haru_streams.hpp"


namespace deckpress::render::pdf {

/// Owns an HPDF_Doc. libharu reports errors through a callback and then refuses every later
/// call; `check` turns a recorded error into std::runtime_error naming the call, and resets it.
/// `utf8` as a PDF text string: UTF-16BE after a byte order mark, cut at a character boundary
/// with a '…' where it would pass 32,767 bytes (the longest string readers must handle).
std::string pdf_text_string(const std::string& utf8);

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
    /// The bytes are not copied: the document keeps them until it is freed and writes them
    /// straight into the saved PDF.
    void set_content(HPDF_Page page, std::shared_ptr<const std::string> deflated);

    /// Objects built through libharu's object API. Indirect objects belong to the document;
    /// direct ones and arrays become owned by what they are added to.
    HPDF_Dict new_dict();         ///< an indirect dictionary
    HPDF_Dict new_direct_dict();
    HPDF_Array new_array();
    /// An indirect /FlateDecode stream of `deflated`, kept (not copied) like set_content's.
    HPDF_Dict new_stream(std::shared_ptr<const std::string> deflated);
    void add(HPDF_Dict dict, const char* key, void* object);
    void add_name(HPDF_Dict dict, const char* key, const std::string& name);
    void add_number(HPDF_Dict dict, const char* key, int value);
    void add_string(HPDF_Dict dict, const char* key, const char* text);
    /// A PDF text string (UTF-16BE with a byte order mark), for any Unicode text: libharu's
    /// own UTF-8 encoder costs 1.4 M instructions to set up in every document. Text longer
    /// than 32,767 bytes in UTF-16 is cut there with a '…' (pdf_text_string).
    void add_text(HPDF_Dict dict, const char* key, const std::string& utf8);
    /// The document catalog (the PDF's /Root), for entries libharu has no call for.
    HPDF_Dict catalog();
    /// Sets an entry of the document information dictionary ("Title", "Subject", ...), which
    /// libharu creates with its first entry (HPDF_SetInfoAttr): set the Producer before.
    void set_info(const char* key, const std::string& utf8);
    /// The page's resource names of a font and an image (added to its resources once).
    const char* font_resource(HPDF_Page page, HPDF_Font font);
    const char* image_resource(HPDF_Page page, HPDF_Image image);

    /// Saves the document into memory and returns its bytes: libharu writes through a stream
    /// that appends to the result (its own memory stream would copy every byte twice more).
    std::string save();

    /// Called by libharu's error handler.
    void record(HPDF_STATUS error, HPDF_STATUS detail);

private:
    /// Makes `deflated` the data of the stream `dict`, marked /FlateDecode.
    void write_deflated(HPDF_Dict dict, std::shared_ptr<const std::string> deflated);

    HPDF_Doc doc_ = nullptr;
    HPDF_STATUS error_ = HPDF_OK;
    HPDF_STATUS detail_ = 0;
    std::deque<StreamSource> sources_;  ///< the data of stream objects (a deque: stable addresses)
    std::size_t source_bytes_ = 0;
};

struct PreparedFont;

/// Embeds `font` as a Type0 font (Identity-H, CID = BMP code point, see AstralCids beyond it) with its subset font
/// file, widths, CIDToGIDMap and a valid ToUnicode map, all built by us: libharu 2.3.0 parses
/// and re-cuts every TrueType file it loads (slow, and it fails to save some subsets).
HPDF_Font embed_font(HaruDoc& doc, std::shared_ptr<const PreparedFont> font);

}  // namespace deckpress::render::pdf
