// render/pdf: formatting content-stream operators and deflating them.
#include "render/pdf/content.hpp"

#include <libdeflate.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <stdexcept>

#include "core/utf8.hpp"

namespace deckpress::render::pdf {

namespace {

/// Writes the decimal digits of `n` at `p`; returns the new end (std::to_chars writes two
/// digits per step from a table, half the work of a digit at a time).
char* write_integer(char* p, unsigned long long n) {
    constexpr int kMaxDigits = 20;
    return std::to_chars(p, p + kMaxDigits, n).ptr;
}

/// `magnitude` (>= 0) rounded half away from zero, as std::llround rounds, without its library
/// call: the fraction `magnitude - whole` is exact in binary floating point. Clamped at 10^18
/// (thousandths: 10^15 pt, far beyond any page), below where llround would overflow.
unsigned long long round_half_away(double magnitude) {
    magnitude = std::min(magnitude, 1e18);
    auto whole = static_cast<unsigned long long>(magnitude);
    return magnitude - static_cast<double>(whole) >= 0.5 ? whole + 1 : whole;
}

/// Room for the longest number: a sign, 16 digits, a point, three decimals and a space.
constexpr std::size_t kMaxNumber = 25;
/// The most operands of one operator we write (`cm`).
constexpr std::size_t kMaxOperands = 6;

/// `v` in thousandths, rounded half away from zero (non-finite values: 0).
long long thousandths(double v) {
    if (!std::isfinite(v)) return 0;
    const double scaled = v * 1000.0;
    const auto magnitude = static_cast<long long>(round_half_away(std::fabs(scaled)));
    return scaled < 0 ? -magnitude : magnitude;
}

/// Writes a number of thousandths without trailing zeros or a point for whole numbers, and
/// a space after it; returns the new end.
char* write_thousandths(char* p, long long value) {
    if (value < 0) *p++ = '-';
    const unsigned long long magnitude = value < 0 ? 0ull - static_cast<unsigned long long>(value)
                                                   : static_cast<unsigned long long>(value);
    p = write_integer(p, magnitude / 1000);
    if (const auto fraction = static_cast<unsigned>(magnitude % 1000); fraction != 0) {
        *p++ = '.';
        *p++ = static_cast<char>('0' + fraction / 100);
        if (fraction % 100 != 0) *p++ = static_cast<char>('0' + fraction / 10 % 10);
        if (fraction % 10 != 0) *p++ = static_cast<char>('0' + fraction % 10);
    }
    *p++ = ' ';
    return p;
}

/// Writes `v` rounded to thousandths (see write_thousandths).
char* write_number(char* p, double v) { return write_thousandths(p, thousandths(v)); }

}  // namespace

void ContentStream::numbers(std::initializer_list<double> values) {
    // Written through a pointer into room made once: appending char by char cost more than the digits.
    if (values.size() > kMaxOperands) throw std::logic_error("ContentStream: too many operands");
    char* p = room(kMaxOperands * kMaxNumber);
    for (double v : values) p = write_number(p, v);
    commit(p);
}

void ContentStream::op(std::string_view text) {
    char* p = put(room(text.size() + 1), text);
    *p++ = '\n';
    commit(p);
}

void ContentStream::fill_color(const Color& c) {
    numbers({c.r, c.g, c.b});
    op("rg");
}

void ContentStream::stroke_color(const Color& c) {
    numbers({c.r, c.g, c.b});
    op("RG");
}

void ContentStream::fill_rect(double x, double y, double width, double height) {
    numbers({x, y, width, height});
    op("re f");
}

void ContentStream::stroke_line(double x0, double y0, double x1, double y1, double width, bool dashed) {
    if (width != line_width_) {
        numbers({width});
        op("w");
        line_width_ = width;
    }
    if (dashed != dashed_) {
        op(dashed ? "[3 2] 0 d" : "[] 0 d");
        dashed_ = dashed;
    }
    numbers({x0, y0});
    append("m ");
    numbers({x1, y1});
    op("l S");
}

void ContentStream::begin_text() {
    op("BT");
    line_x_ = line_y_ = 0;  // BT starts at the identity matrix
}
void ContentStream::end_text() { op("ET"); }

void ContentStream::font(std::string_view resource, double size) {
    append("/");
    append(resource);
    append(" ");
    numbers({size});
    op("Tf");
}

void ContentStream::text_at(double x, double y, std::string_view utf8, const AstralCids* astral) {
    // Written through a pointer into room made once, not appended piece by piece: this sees
    // every character of every document. The room: the move, at most 4 bytes per UTF-8 byte
    // (an escaped ASCII byte), the operator. The move is from the last line's start, in whole
    // thousandths, so the positions add up exactly to the rounded (x, y).
    constexpr std::string_view show = "Td (", end = ") Tj\n";
    char* p = room(2 * kMaxNumber + show.size() + 4 * utf8.size() + end.size());
    const long long to_x = thousandths(x), to_y = thousandths(y);
    p = write_thousandths(write_thousandths(p, to_x - line_x_), to_y - line_y_);
    line_x_ = to_x;
    line_y_ = to_y;
    p = put(p, show);
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[pos]);
        if (lead < 0x80) {  // ASCII, most text: CID 00xx without decoding
            *p++ = '\0';
            p = string_byte(p, lead);
            ++pos;
            continue;
        }
        char32_t cp = next_codepoint(utf8, pos);
        unsigned cid = cp <= 0xFFFF ? static_cast<unsigned>(cp) : astral ? astral->cid(cp) : 0;
        p = string_byte(p, static_cast<unsigned char>(cid >> 8));
        p = string_byte(p, static_cast<unsigned char>(cid & 0xFF));
    }
    commit(put(p, end));
}

char* ContentStream::string_byte(char* p, unsigned char byte) {
    switch (byte) {
        case '(': case ')': case '\\': *p++ = '\\'; *p++ = static_cast<char>(byte); break;
        case '\r': *p++ = '\\'; *p++ = 'r'; break;  // a raw CR would be read as a line end (LF)
        case '\n': *p++ = '\\'; *p++ = 'n'; break;
        default: *p++ = static_cast<char>(byte);
    }
    return p;
}

void ContentStream::reserve(std::size_t capacity) {
    auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
    if (size_ > 0) std::memcpy(bigger.get(), buffer_.get(), size_);
    buffer_ = std::move(bigger);
    capacity_ = capacity;
}

void ContentStream::image(std::string_view resource, double x, double y, double width, double height) {
    append("q ");
    numbers({width, 0, 0, height, x, y});
    append("cm /");
    append(resource);
    op(" Do Q");
}

Deflater::Deflater(int level) : compressor_(libdeflate_alloc_compressor(level)) {
    if (!compressor_) throw std::runtime_error("cannot allocate a deflate compressor");
}

Deflater::~Deflater() { libdeflate_free_compressor(compressor_); }

Deflater& Deflater::of_this_thread() {
    thread_local Deflater deflater;
    return deflater;
}

std::string Deflater::compress(std::string_view bytes) {
    std::size_t bound = libdeflate_zlib_compress_bound(compressor_, bytes.size());
    if (bound > scratch_size_) {
        scratch_ = std::make_unique_for_overwrite<char[]>(bound);
        scratch_size_ = bound;
    }
    std::size_t size = libdeflate_zlib_compress(compressor_, bytes.data(), bytes.size(), scratch_.get(), bound);
    if (size == 0) throw std::runtime_error("deflate failed");
    return {scratch_.get(), size};
}

}  // namespace deckpress::render::pdf
