// tests/text: justified lines by language: long compounds justify looser instead of going ragged.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "fixture.hpp"
#include "text/justify_language.hpp"

using namespace deckpress;
using namespace deckpress::text;
using namespace deckpress::text::testing;

namespace {

/// Prose of long compounds (ASCII, so the fixture's English patterns find points in them).
const char* kCompounds =
    "Die Datenbankverbindung wird von der Verbindungsverwaltung wiederverwendet, damit die Antwortzeiten "
    "der Anwendungsschnittstelle auch unter Hoechstlast gleichmaessig bleiben. Eine "
    "Geschwindigkeitsbegrenzung schuetzt die nachgelagerten Dienstleistungsanbieter vor "
    "Ueberlastungserscheinungen, und die Zusammenarbeit der Entwicklungsabteilungen verbessert die "
    "Fehlerbehandlungsstrategie der Produktionsumgebung erheblich.";

/// The lines of `text` set justified at `width` by a typesetter with `max_stretch`.
std::vector<Line> justified(const char* text, double width, double max_stretch) {
    Typesetter ts = typesetter();
    ts.max_stretch = max_stretch;
    ParagraphParams params;
    params.width = width;
    params.justify = true;
    doc::Span span;
    span.text = text;
    return set_paragraph(ts, {span}, styler(), params, TextSource{});
}

/// How many lines but the last end short of `width`: set ragged inside a justified paragraph.
int ragged(const std::vector<Line>& lines, double width) {
    int count = 0;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i)
        if (lines[i].width < width - 0.01) ++count;
    return count;
}

}  // namespace

TEST_CASE("languages that build long compounds, and Russian, justify up to the line breaker's tolerance") {
    for (const char* language : {"de", "de-CH", "DE_at", "nl", "sv", "da", "nb", "fi", "hu", "ru", "ru-RU"}) {
        CAPTURE(language);
        CHECK(max_stretch_for(language) == kCompoundMaxStretch);
    }
    for (const char* language : {"", "en", "en-GB", "fr", "pt-BR", "es", "pl", "deu"}) {
        CAPTURE(language);
        CHECK(max_stretch_for(language) == kMaxStretch);
    }
}

TEST_CASE("a justified paragraph of long compounds keeps its lines justified, not ragged") {
    int strict = 0, loose = 0, lines = 0;
    for (double width = 200; width <= 360; width += 4) {
        CAPTURE(width);
        std::vector<Line> at_two = justified(kCompounds, width, kMaxStretch);
        std::vector<Line> at_three = justified(kCompounds, width, kCompoundMaxStretch);
        strict += ragged(at_two, width);
        loose += ragged(at_three, width);
        lines += static_cast<int>(at_three.size()) - 1;
        for (const Line& line : at_three) CHECK(line.width <= width + 1e-6);  // never overfull
    }
    MESSAGE("ragged lines at 2: " << strict << ", at 3 with the ragged-aware emergency pass: " << loose << " of "
                                  << lines);
    CHECK(strict > lines / 4);      // the problem: at 2 a quarter or more of the lines go ragged
    CHECK(loose * 2 < strict);      // at 3, keeping lines justified in emergencies: under half as many
}
