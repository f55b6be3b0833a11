// outputs: warning about short answers too long for a card.
#include "outputs/short_check.hpp"

#include <fmt/format.h>

#include "core/point_size.hpp"
#include "outputs/cards.hpp"

namespace deckpress::outputs {

int check_short_answers(const Prepared& prepared, const layout::LayoutFile& layout,
                        layout::Engine& engine, Diagnostics& diags) {
    std::vector<const Entry*> with_short;
    for (const Entry& e : prepared.entries)
        if (!e.short_answer.empty()) with_short.push_back(&e);
    if (with_short.empty()) return 0;
    CardDeck deck = build_cards(prepared, with_short, layout, engine, {}, diags);
    int too_long = 0;
    for (const CardRecord& card : deck.cards) {
        if (card.part != 1 || card.parts == 1) continue;
        ++too_long;
        diags.warning(card.entry->question->short_loc,
                      fmt::format("the short answer of '{}' needs {} cards on {} even at {}pt; shorten it",
                                  card.entry->question->id, card.parts, layout.name, point_size(layout.text.min_size)));
    }
    return too_long;
}

}  // namespace deckpress::outputs
