// outputs: the bank texts each part sets (for exact missing-glyph places).
#include "outputs/source_texts.hpp"

namespace deckpress::outputs {

SourceText question_text(const bank::Question& q) { return {q.q, &q.q_map, q.q_loc}; }

SourceText blocks_text(const Entry& e, const doc::Blocks& blocks) {
    const bank::Question& q = *e.question;
    if (&blocks == &e.answer) return {q.a, &q.a_map, q.a_loc};
    if (&blocks == &e.short_answer) return {q.short_a, &q.short_map, q.short_loc};
    return {};
}

SourceText choice_text(const bank::Choice& choice) { return {choice.text, &choice.text_map, choice.text_loc}; }

SourceText note_text(const bank::Note& note) { return {note.body, &note.body_map, note.loc}; }

}  // namespace deckpress::outputs
