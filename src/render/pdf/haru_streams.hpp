// render/pdf: libharu streams over our own memory, so saving copies each byte once.
#pragma once

#include <hpdf.h>

#include <exception>
#include <memory>
#include <string>

namespace deckpress::render::pdf {

/// Bytes that libharu reads, at save time, as the data of a stream object. They stay where they
/// are until then: libharu's own memory streams copy every byte in and out, byte by byte.
struct StreamSource {
    std::shared_ptr<const std::string> bytes;
    HPDF_UINT pos = 0;  ///< the read position
};

/// A read-only libharu stream over `source` (which must outlive it), for a stream object's
/// `stream` member; the dictionary frees the HPDF_Stream, never `source`. Null when out of memory.
HPDF_Stream new_source_stream(HPDF_MMgr mmgr, StreamSource& source);

/// Where a document is saved: every write appends to `out`. A failed append (out of memory) is
/// kept in `failure` and reported to libharu as an error, which ends the save.
struct StreamSink {
    std::string& out;
    std::exception_ptr failure;
};

/// A write-only libharu stream appending to `sink` (which must outlive it). Null when out of memory.
HPDF_Stream new_sink_stream(HPDF_MMgr mmgr, StreamSink& sink);

}  // namespace deckpress::render::pdf
