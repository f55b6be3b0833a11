// render/pdf: formatting content-stream operators and deflating them.
#include "render/pdf/content.hpp"

#include <libdeflate.h>

#include <cmath>
#include <stdexcept>

#include "core/utf8.hpp"

namespace deckpress::render::pdf {

namespace {

/// Appends the decimal digits of `n`.
void append_integer(std::string& out, unsigned long long n) {
    char digits[24];
    int count = 0;
    do {
        digits[count++] = static_cast<char>('0' + n % 10);
        n /= 10;
    } while (n != 0);
    while (count > 0) out += digits[--count];
}

}  // namespace

void ContentStream::number(double v) {
    if (!std::isfinite(v)) v = 0;
    long long thousandths = std::llround(v * 1000.0);
    if (thousandths < 0) {
        out_ += '-';
        thousandths = -thousandths;
    }
    auto magnitude = static_cast<unsigned long long>(thousandths);
    append_integer(out_, magnitude / 1000);
    unsigned fraction = static_cast<unsigned>(magnitude % 1000);
    if (fraction == 0) return;
    out_ += '.';
    char digits[3] = {static_cast<char>('0' + fraction / 100), static_cast<char>('0' + fraction / 10 % 10),
                      static_cast<char>('0' + fraction % 10)};
    int used = digits[2] != '0' ? 3 : digits[1] != '0' ? 2 : 1;
    out_.append(digits, static_cast<std::size_t>(used));
}

void ContentStream::numbers(std::initializer_list<double> values) {
    for (double v : values) {
        number(v);
        out_ += ' ';
    }
}

void ContentStream::op(std::string_view text) {
    out_ += text;
    out_ += '\n';
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
    out_ += "m ";
    numbers({x1, y1});
    op("l S");
}

void ContentStream::begin_text() { op("BT"); }
void ContentStream::end_text() { op("ET"); }

void ContentStream::font(std::string_view resource, double size) {
    out_ += '/';
    out_ += resource;
    out_ += ' ';
    numbers({size});
    op("Tf");
}

void ContentStream::text_at(double x, double y, std::string_view utf8) {
    out_ += "1 0 0 1 ";
    numbers({x, y});
    out_ += "Tm (";
    // At most 4 bytes per UTF-8 byte (an escaped ASCII byte); written through a pointer, not
    // appended char by char: this loop sees every character of every document.
    std::size_t start = out_.size();
    out_.resize(start + 4 * utf8.size());
    char* p = out_.data() + start;
    std::size_t pos = 0;
    while (pos < utf8.size()) {
        char32_t cp = next_codepoint(utf8, pos);
        unsigned cid = cp <= 0xFFFF ? static_cast<unsigned>(cp) : 0;
        p = string_byte(p, static_cast<unsigned char>(cid >> 8));
        p = string_byte(p, static_cast<unsigned char>(cid & 0xFF));
    }
    out_.resize(static_cast<std::size_t>(p - out_.data()));
    op(") Tj");
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

void ContentStream::image(std::string_view resource, double x, double y, double width, double height) {
    out_ += "q ";
    numbers({width, 0, 0, height, x, y});
    out_ += "cm /";
    out_ += resource;
    op(" Do Q");
}

Deflater::Deflater(int level) : compressor_(libdeflate_alloc_compressor(level)) {
    if (!compressor_) throw std::runtime_error("cannot allocate a deflate compressor");
}

Deflater::~Deflater() { libdeflate_free_compressor(compressor_); }

std::string Deflater::compress(std::string_view bytes) {
    std::string out(libdeflate_zlib_compress_bound(compressor_, bytes.size()), '\0');
    std::size_t size = libdeflate_zlib_compress(compressor_, bytes.data(), bytes.size(), out.data(), out.size());
    if (size == 0) throw std::runtime_error("deflate failed");
    out.resize(size);
    return out;
}

}  // namespace deckpress::render::pdf
