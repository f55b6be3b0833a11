// render/pdf: a read-only libharu stream over a string we own, and one that appends to a string.
#include "render/pdf/haru_streams.hpp"

#include <hpdf_error.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstring>

namespace deckpress::render::pdf {

namespace {

StreamSource& source_of(HPDF_Stream stream) { return *static_cast<StreamSource*>(stream->attr); }

HPDF_UINT32 source_size(HPDF_Stream stream) { return static_cast<HPDF_UINT32>(source_of(stream).bytes->size()); }

/// Like libharu's memory streams: a read that gets fewer bytes than asked for says end of stream.
HPDF_STATUS source_read(HPDF_Stream stream, HPDF_BYTE* buffer, HPDF_UINT* size) {
    StreamSource& source = source_of(stream);
    const HPDF_UINT wanted = *size;
    const HPDF_UINT count = std::min(wanted, source_size(stream) - source.pos);
    if (count > 0) std::memcpy(buffer, source.bytes->data() + source.pos, count);
    source.pos += count;
    *size = count;
    return count < wanted ? HPDF_STREAM_EOF : HPDF_OK;
}

HPDF_STATUS source_seek(HPDF_Stream stream, HPDF_INT pos, HPDF_WhenceMode mode) {
    StreamSource& source = source_of(stream);
    long long base = mode == HPDF_SEEK_SET ? 0 : mode == HPDF_SEEK_CUR ? source.pos : source_size(stream);
    long long target = base + pos;
    if (target < 0 || target > static_cast<long long>(source_size(stream)))
        return HPDF_SetError(stream->error, HPDF_STREAM_EOF, 0);
    source.pos = static_cast<HPDF_UINT>(target);
    return HPDF_OK;
}

HPDF_INT32 source_tell(HPDF_Stream stream) { return static_cast<HPDF_INT32>(source_of(stream).pos); }

HPDF_STATUS sink_write(HPDF_Stream stream, const HPDF_BYTE* bytes, HPDF_UINT size) {
    auto& sink = *static_cast<StreamSink*>(stream->attr);
    try {
        sink.out.append(reinterpret_cast<const char*>(bytes), size);
        return HPDF_OK;
    } catch (...) {  // nothing may unwind through libharu's C frames
        sink.failure = std::current_exception();
        return HPDF_SetError(stream->error, HPDF_FAILD_TO_ALLOC_MEM, 0);
    }
}

}  // namespace

HPDF_Stream new_source_stream(HPDF_MMgr mmgr, StreamSource& source) {
    return HPDF_CallbackReader_New(mmgr, source_read, source_seek, source_tell, source_size, &source);
}

HPDF_Stream new_sink_stream(HPDF_MMgr mmgr, StreamSink& sink) {
    return HPDF_CallbackWriter_New(mmgr, sink_write, &sink);
}

}  // namespace deckpress::render::pdf
