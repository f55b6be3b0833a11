// tests: a cards section's font sizes take lengths ("14pt", "5mm") as text.size does.
#include <doctest/doctest.h>

#include "layout/style.hpp"
#include "outputs/cards.hpp"
#include "core/diagnostics.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

/// The cards options of a layout whose cards section ends with `sizes`, and what was reported.
std::pair<outputs::CardsOptions, std::string> options_with(const std::string& sizes) {
    const auto path = test::scratch_dir("cards-sizes") / "cards.yaml";
    test::write_text_file(path, "kind: cards\npage: {size: a4, margins: 10mm}\n"
                                "cards: {columns: 2, rows: 2, card: [80mm, 50mm], " + sizes + "}\n");
    Diagnostics diags;
    const layout::LayoutFile file = layout::load_layout(path.string(), diags);
    outputs::CardsOptions options = outputs::cards_options(file, diags);
    std::string messages;
    for (const Diagnostic& d : diags.items()) messages += format_diagnostic(d) + "\n";
    return {options, messages};
}

}  // namespace

TEST_CASE("cards sizes take points as numbers or lengths with a unit") {
    auto [options, messages] = options_with("question_size: 14pt, question_min_size: 3mm, label_size: 7");
    CHECK(messages == "");
    CHECK(options.question_size == doctest::Approx(14));
    CHECK(options.question_min_size == doctest::Approx(3 * 72 / 25.4));
    CHECK(options.label_size == doctest::Approx(7));
}

TEST_CASE("a cards size that is no length, or too large, is an error at its value") {
    auto [options, messages] = options_with("question_size: big, label_size: 1in");
    CHECK(messages.find("cards.yaml:3:") != std::string::npos);
    CHECK(messages.find("'question_size'") != std::string::npos);
    CHECK(messages.find("'label_size'") != std::string::npos);
}
