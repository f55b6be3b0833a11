// text: a letter and its combining marks composed into one precomposed character.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "doc/model.hpp"

namespace deckpress::text::detail {

/// Without shaping, a combining mark (U+0300..U+036F) is drawn where its font puts it by
/// default, often beside its letter ("a" + U+0308 shows as "a ̈"), while the precomposed
/// character ("ä") is drawn right. Returns `text` with every letter + marks sequence that
/// Unicode composes replaced by the composed character (NFC composition, marks taken in
/// order), or nullopt when nothing composes.
std::optional<std::string> composed(std::string_view text);

/// `spans`, or `storage` holding them with composed texts when any text composes.
const std::vector<doc::Span>& composed(const std::vector<doc::Span>& spans, std::vector<doc::Span>& storage);

}  // namespace deckpress::text::detail
