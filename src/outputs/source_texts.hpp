// outputs: the bank texts each part sets, so missing glyphs are reported at their exact place.
#pragma once

#include "bank/bank.hpp"
#include "core/source_text.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::outputs {

/// The question line (q) as it is in its file.
SourceText question_text(const bank::Question& q);
/// The text `blocks` were parsed from: the entry's answer or short answer (else none).
SourceText blocks_text(const Entry& e, const doc::Blocks& blocks);
SourceText choice_text(const bank::Choice& choice);
SourceText note_text(const bank::Note& note);

}  // namespace deckpress::outputs
