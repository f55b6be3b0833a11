// core: a text taken from a file, for finding where one of its characters is in that file.
#pragma once

#include <optional>
#include <string_view>

#include "core/diagnostics.hpp"
#include "core/text_map.hpp"

namespace deckpress {

/// A text (a YAML scalar) with where it starts and where its pieces lie in its file. Views:
/// the text and map must outlive it (they belong to the loaded bank).
struct SourceText {
    std::string_view text;
    const TextMap* map = nullptr;  ///< nullptr: no exact places
    SourceLoc start;
};

/// The exact file position of the first `cp` of `source`'s text that lies at or after `from`
/// (a block's start: what is set from there on; ignored when in another file). Nothing when
/// no such `cp` has an exact place (the text lacks it because an entity or escape made it,
/// or its bytes are in no piece of the map): a caller then keeps a coarser place.
std::optional<SourceLoc> first_place(const SourceText& source, char32_t cp, const SourceLoc& from = {});

}  // namespace deckpress
