// outputs: what cards would report, for check: fronts that do not fit, short answers too long for a card.
#include "outputs/short_check.hpp"

#include <fmt/format.h>

#include "core/point_size.hpp"
#include "outputs/cards.hpp"

namespace deckpress::outputs {

int check_short_answers(const Prepared& prepared, const layout::LayoutFile& layout,
                        layout::Engine& engine, Diagnostics& diags) {
    // Every question: one without a short answer gets a card front too, and a question too
    // long for it is an error of the cards output.
    std::vector<const Entry*> entries;
    for (const Entry& e : prepared.entries) entries.push_back(&e);
    if (entries.empty()) return 0;
    CardDeck deck = build_cards(prepared, entries, layout, engine, {}, diags);
    int too_long = 0;
    for (const CardRecord& card : deck.cards) {
        if (card.part != 1 || card.parts == 1 || card.entry->short_answer.empty()) continue;
        ++too_long;
        diags.warning(card.entry->question->short_loc,
                      fmt::format("the short answer of '{}' needs {} cards on {} even at {}pt; shorten it",
                                  card.entry->question->id, card.parts, layout.name, point_size(layout.text.min_size)));
    }
    return too_long;
}

}  // namespace deckpress::outputs
