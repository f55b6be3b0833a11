// render/pdf: the bit depth libharu 2.3.0 declares for the 16-bit PNGs it reads as 8-bit.
#pragma once

#include <hpdf.h>

namespace deckpress::render::pdf {

/// libharu 2.3.0 reads a 16-bit PNG with libpng's png_set_strip_16, so it stores 8 bits per
/// component, but declares BitsPerComponent 16 on the image and on its soft mask: viewers
/// read twice the data there is and draw stripes of noise. Declares 8 where it says 16, and
/// returns libharu's status (HPDF_OK, or the error of the first change it refused).
HPDF_STATUS declare_stripped_png_depth(HPDF_Image image);

}  // namespace deckpress::render::pdf
