// tests: a cards layout whose grid does not fit its page says why, in the units cards are given in.
#include <doctest/doctest.h>

#include "core/diagnostics.hpp"
#include "layout/style.hpp"
#include "outputs/cards.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

/// What loading a cards layout with this `page` map and a 2 x 2 grid of 80 x 50 mm cards reports.
std::string messages_for(const std::string& page) {
    const auto path = test::scratch_dir("cards-fit-page") / "cards.yaml";
    test::write_text_file(path, "kind: cards\npage: " + page + "\ncards: {columns: 2, rows: 2, card: [80mm, 50mm]}\n");
    Diagnostics diags;
    const layout::LayoutFile file = layout::load_layout(path.string(), diags);
    outputs::cards_options(file, diags);
    std::string messages;
    for (const Diagnostic& d : diags.items()) messages += format_diagnostic(d) + "\n";
    return messages;
}

}  // namespace

TEST_CASE("cards that fit the margins in size but not centred name the margin they cross") {
    // A5 is 148 x 210 mm; the 160 x 100 mm grid does not fit across it, but a5 landscape
    // (210 x 148 mm) with a 30 mm left and 5 mm right margin has 175 mm between them: centring
    // leaves 25 mm at the left, less than its 30 mm margin.
    std::string m = messages_for("{size: a5, orientation: landscape, margins: {left: 30mm, right: 5mm, top: 5mm, "
                                 "bottom: 5mm}}");
    CHECK(m.find("cards.yaml:3:36: error: the cards") != std::string::npos);  // at its card size
    CHECK(m.find("(160.0 x 100.0 mm)") != std::string::npos);
    CHECK(m.find("(175.0 x 138.0 mm)") != std::string::npos);
    CHECK(m.find("leave 25.0 mm at the left (margin 30.0 mm): make") != std::string::npos);
}

TEST_CASE("cards too large for the margins say so without blaming the centring") {
    std::string m = messages_for("{size: a5, margins: 5mm}");
    CHECK(m.find("the cards (160.0 x 100.0 mm) do not fit the page inside its margins (138.0 x 200.0 mm)\n") !=
          std::string::npos);
    CHECK(m.find("centred") == std::string::npos);
}

TEST_CASE("cards inside equal margins are accepted") {
    CHECK(messages_for("{size: a5, orientation: landscape, margins: 10mm}") == "");
}
