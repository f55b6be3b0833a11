// outputs: the geometry report of a card deck as JSON (what a test or a print shop checks).
#include <nlohmann/json.hpp>

#include "outputs/cards.hpp"

namespace deckpress::outputs {

namespace {

using Json = nlohmann::ordered_json;

Json rect_json(const Rect& r) { return Json::array({r.x, r.y, r.width, r.height}); }

Json face(int page, const Rect& r) {
    Json j;
    j["page"] = page;
    j["rect"] = rect_json(r);
    return j;
}

}  // namespace

std::string cards_report(const CardDeck& deck, bool manual) {
    const CardsOptions& o = deck.options;
    int sheets = static_cast<int>(deck.fronts.size());
    Json j;
    j["page_size"] = Json::array({o.grid.page.width, o.grid.page.height});
    j["flip"] = o.grid.fold ? "fold" : to_string(o.flip);
    j["back_offset_mm"] = Json::array({o.back_offset_mm.x, o.back_offset_mm.y});
    j["manual_duplex"] = manual;
    j["sheets"] = sheets;
    j["card_size"] = Json::array({o.grid.card.width, o.grid.card.height});
    Json cards = Json::array();
    for (const CardRecord& c : deck.cards) {
        Json card;
        card["id"] = c.entry->question->id;
        card["number"] = c.entry->number;
        card["part"] = c.part;
        card["parts"] = c.parts;
        card["font_size"] = c.font_size;
        card["question_size"] = c.question_size;
        card["front"] = face(manual ? c.sheet + 1 : c.front_page, c.front);
        card["back"] = face(manual ? sheets - c.sheet : c.back_page, c.back);
        cards.push_back(std::move(card));
    }
    j["cards"] = std::move(cards);
    return j.dump(1) + "\n";
}

}  // namespace deckpress::outputs
