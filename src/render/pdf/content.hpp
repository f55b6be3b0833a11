// render/pdf: page content streams formatted by us and deflated with libdeflate.
#pragma once

#include <algorithm>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>

#include "core/color.hpp"
#include "render/pdf/astral_cids.hpp"

struct libdeflate_compressor;

namespace deckpress::render::pdf {

/// The operators of one page's content stream, in PDF coordinates (origin bottom-left).
///
/// libharu formats each operator through a byte-by-byte cleared buffer and its own float
/// conversion; for text-heavy pages that was a fifth of a run. Numbers here are written with
/// at most three decimals (1/1000 pt), which no renderer or printer can tell apart.
class ContentStream {
public:
    ContentStream() { reserve(kFirstRoom); }

    void fill_color(const Color& c);
    void stroke_color(const Color& c);
    void fill_rect(double x, double y, double width, double height);
    void stroke_line(double x0, double y0, double x1, double y1, double width, bool dashed);
    void begin_text();
    void end_text();
    /// `Tf` with the page's resource name of the font (e.g. "F1").
    void font(std::string_view resource, double size);
    /// Moves to (x, y) (`Td` from the previous line's start: shorter than a matrix, and
    /// mostly `0 -14.2`, which deflates well) and shows `utf8` as Identity-H CIDs (CID = BMP code point; characters
    /// beyond the BMP take their CIDs from `astral`, or CID 0, the missing glyph, without), two
    /// bytes each in a literal string: half the bytes of hex, so half the deflating.
    void text_at(double x, double y, std::string_view utf8, const AstralCids* astral = nullptr);
    /// Draws the image XObject `resource` scaled into the rectangle.
    void image(std::string_view resource, double x, double y, double width, double height);

    std::string_view bytes() const { return {buffer_.get(), size_}; }

private:
    /// Room a page's stream starts with: most text pages need 8-16 KB.
    static constexpr std::size_t kFirstRoom = 16384;

    /// At least `bytes` of room after the stream's end, returned for writing through; commit()
    /// then ends the stream where the writing stopped. Unlike a string's resize, nothing is
    /// cleared first: text_at writes every character through this.
    char* room(std::size_t bytes) {
        if (capacity_ - size_ < bytes) reserve(std::max(2 * capacity_, size_ + bytes));
        return buffer_.get() + size_;
    }
    void commit(const char* end) { size_ = static_cast<std::size_t>(end - buffer_.get()); }
    void reserve(std::size_t capacity);
    void append(std::string_view text) { commit(put(room(text.size()), text)); }
    static char* put(char* p, std::string_view text) {
        std::memcpy(p, text.data(), text.size());
        return p + text.size();
    }
    /// Writes each value and a space after it (at most six values).
    void numbers(std::initializer_list<double> values);
    void op(std::string_view text);
    /// Writes `byte` of a literal string at `p` (escaped when needed); returns the new end.
    static char* string_byte(char* p, unsigned char byte);

    std::unique_ptr<char[]> buffer_;
    std::size_t size_ = 0;
    std::size_t capacity_ = 0;
    long long line_x_ = 0;  ///< the text line's start in thousandths of a point, since BT
    long long line_y_ = 0;
    bool dashed_ = false;
    double line_width_ = -1;
};

/// Compresses streams in the zlib format that /FlateDecode expects, with libdeflate: at the same
/// level it gives zlib's size or smaller in about half the time. One per thread.
///
/// Level 1 is the cheapest sensible one. The 665 streams of `deckpress all` on the bundled bank
/// (2.72 MB: content 2.31 MB, fonts 0.15 MB, CIDToGIDMaps 0.23 MB, CMaps 0.03 MB), compressed
/// with libdeflate 1.14 under callgrind: level 0 (stored) 1.7 M instructions and 2.73 MB out;
/// 1: 107 M, 834 KB; 2: 166 M, 820 KB; 3: 167 M, 813 KB; 4: 170 M, 809 KB; 6: 201 M, 794 KB.
/// About 30,000 instructions of every call are fixed (clearing the hash table, building the
/// Huffman codes): a fifth of the total, as most content streams are 1-8 KB.
class Deflater {
public:
    /// `level` 1-12; 6 matches zlib's default. Level 1 costs 2.6 % in size against 6 on the
    /// default outputs and saves 6 % of a run's instructions.
    explicit Deflater(int level = 1);
    ~Deflater();
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    /// The zlib stream of `bytes`, in a string of exactly its size.
    std::string compress(std::string_view bytes);

    /// This thread's Deflater at the default level, made on first use: a compressor is a few
    /// hundred KB to allocate, so each thread reuses one for every stream it writes.
    static Deflater& of_this_thread();

private:
    libdeflate_compressor* compressor_;
    /// Room for the worst case, reused by every call: a string of the worst-case size, zeroed
    /// and then cut to the (~5x smaller) stream, wrote and kept ~5x the bytes it needed.
    std::unique_ptr<char[]> scratch_;
    std::size_t scratch_size_ = 0;
};

}  // namespace deckpress::render::pdf
