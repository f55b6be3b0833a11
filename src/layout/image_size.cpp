// layout: reading image dimensions (PNG IHDR, JPEG SOFn) without decoding pixels.
#include "layout/image_size.hpp"

#include <fstream>
#include <vector>

namespace deckpress::layout {

namespace {

unsigned be16(const unsigned char* p) { return (p[0] << 8) | p[1]; }
unsigned be32(const unsigned char* p) {
    return (static_cast<unsigned>(p[0]) << 24) | (p[1] << 16) | (p[2] << 8) | p[3];
}

Size png_size(const std::vector<unsigned char>& d) {
    if (d.size() < 24 || d[12] != 'I' || d[13] != 'H' || d[14] != 'D' || d[15] != 'R') return {};
    return {static_cast<double>(be32(&d[16])), static_cast<double>(be32(&d[20]))};
}

Size jpeg_size(const std::vector<unsigned char>& d) {
    std::size_t i = 2;
    while (i + 9 < d.size()) {
        if (d[i] != 0xFF) return {};
        unsigned char marker = d[i + 1];
        unsigned length = be16(&d[i + 2]);
        bool sof = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
        if (sof) return {static_cast<double>(be16(&d[i + 7])), static_cast<double>(be16(&d[i + 5]))};
        i += 2 + length;
    }
    return {};
}

}  // namespace

Size image_size(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return {};
    std::vector<unsigned char> head(1 << 16);
    in.read(reinterpret_cast<char*>(head.data()), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (head.size() > 8 && head[0] == 0x89 && head[1] == 'P') return png_size(head);
    if (head.size() > 4 && head[0] == 0xFF && head[1] == 0xD8) return jpeg_size(head);
    return {};
}

}  // namespace deckpress::layout
