// outputs: the reader PDF (cover, clickable contents, bookmarks, every question and answer).
#pragma once

#include "layout/engine.hpp"
#include "layout/frame.hpp"
#include "layout/style.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::outputs {

/// Options of the `reader:` section of a layout file.
struct ReaderOptions {
    bool contents = true;        ///< a clickable table of contents after the cover
    bool self_test = false;      ///< per category: questions first, linked to their answers
    bool category_new_page = true;
};

/// Reads the `reader:` section (unknown keys and bad values go to `diags`).
ReaderOptions reader_options(const layout::LayoutFile& layout, Diagnostics& diags);

/// Lays out the reader for `entries` (a selection of `prepared`, in bank order).
layout::Document build_reader(const Prepared& prepared, const std::vector<const Entry*>& entries,
                              const layout::LayoutFile& layout, layout::Engine& engine,
                              Diagnostics& diags);

}  // namespace deckpress::outputs
