// render/pdf: the bit depth libharu 2.3.0 declares for the 16-bit PNGs it reads as 8-bit.
#include "render/pdf/png_depth.hpp"

namespace deckpress::render::pdf {
namespace {

HPDF_STATUS declare_8_bits(HPDF_Dict dict) {
    auto depth = static_cast<HPDF_Number>(HPDF_Dict_GetItem(dict, "BitsPerComponent", HPDF_OCLASS_NUMBER));
    if (depth == nullptr || depth->value != 16) return HPDF_OK;
    return HPDF_Dict_AddNumber(dict, "BitsPerComponent", 8);
}

}  // namespace

HPDF_STATUS declare_stripped_png_depth(HPDF_Image image) {
    if (image == nullptr) return HPDF_OK;
    if (HPDF_STATUS status = declare_8_bits(image); status != HPDF_OK) return status;
    auto mask = static_cast<HPDF_Dict>(HPDF_Dict_GetItem(image, "SMask", HPDF_OCLASS_DICT));
    return mask != nullptr ? declare_8_bits(mask) : HPDF_OK;
}

}  // namespace deckpress::render::pdf
