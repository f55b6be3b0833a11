// tests/cli: the words deckpress prints around a bank's texts follow its language and its `labels:`.
#include <doctest/doctest.h>

#include <map>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// A German two-question bank (one multiple-choice) with a note, every output rendered into
/// out/; returns the text of each PDF by file name.
std::map<std::string, std::string> german_outputs(const std::string& name, const std::string& labels = "") {
    fs::path bank = bank_with_answer(name, "Eine Datenbankverbindung wird wiederverwendet.",
                                     "    choices:\n      - {text: Ja, correct: true}\n      - {text: Nein}\n");
    write_text_file(bank / "bank.yaml", "title: Fragenkatalog\nlanguage: de\ncategories: [p]\n"
                                        "notes:\n  - title: Vorbereitung\n    body: Gut schlafen.\n" + labels);
    std::map<std::string, std::string> texts;
    for (const fs::path& pdf : render_all(bank))
        texts[pdf.filename().string()] = run_capture("pdftotext -q " + shell_quote(pdf.string()) + " -");
    return texts;
}

/// Whether `text` holds every one of `words`, and none of `absent`.
void check_words(const std::string& text, std::initializer_list<const char*> words,
                 std::initializer_list<const char*> absent = {}) {
    for (const char* w : words) CHECK_MESSAGE(text.find(w) != std::string::npos, w, "\n", text);
    for (const char* w : absent) CHECK_MESSAGE(text.find(w) == std::string::npos, w, "\n", text);
}

}  // namespace

TEST_CASE("a German bank's outputs print German furniture") {
    std::map<std::string, std::string> pdf = german_outputs("labels-de");
    REQUIRE(pdf.count("reader-tablet.pdf"));
    check_words(pdf["reader-tablet.pdf"], {"Inhalt", "Hinweise", "1 Frage in 1 Kategorie", "1 für Einsteiger",
                                           "Frage 1 · P · Einsteiger · Konzept"},
                {"Contents", "Notes", "question", "Beginner"});
    check_words(pdf["reader-tablet-selftest.pdf"], {"Antwort", "↑ Frage"});
    check_words(pdf["cards-a4.pdf"], {"Antwort", "P · Einsteiger", "Beidseitig drucken, an der langen Kante wenden",
                                      "Bogen 1/1"},
                {"Answer", "Print", "sheet"});
    check_words(pdf["cards-fold.pdf"], {"An der gestrichelten Linie falzen"});
    std::string test, key;
    for (const auto& [name, text] : pdf) {
        if (name.starts_with("exam-") && name.ends_with("-key.pdf")) key = text;
        else if (name.starts_with("exam-")) test = text;
    }
    check_words(test, {"Probeprüfung", "Startwert", "1 Frage · ", "Name", "Datum", "Seite 1 / 1"},
                {"Mock test", "Seed", "Date", "page"});
    check_words(key, {"Lösungen", "Lösung: ", "Musterantwort", "Bewertung", "Kategorie", "Summe", "Mehr dazu: Karte 1"},
                {"Answer key", "Model answer", "Scoring", "Total"});
    check_words(pdf["cheatsheet-a4.pdf"], {"1 Frage", "Seite 1 von 1"}, {"question", "page"});
}

TEST_CASE("bank.yaml's labels replace the built-in words in the PDFs") {
    std::map<std::string, std::string> pdf =
        german_outputs("labels-override", "labels:\n  contents: Inhaltsverzeichnis\n  answer: Lösungsvorschlag\n");
    check_words(pdf["reader-tablet.pdf"], {"Inhaltsverzeichnis"});
    check_words(pdf["cards-a4.pdf"], {"Lösungsvorschlag"});
}

TEST_CASE("an unknown label key stops the run at its line and column") {
    fs::path bank = bank_with_answer("labels-unknown", "Text.");
    write_text_file(bank / "bank.yaml", "title: T\ncategories: [p]\nlabels:\n  answr: Antwort\n");
    TimedRun t = run_timed({"check", bank.string()}, source_root());
    CHECK(t.result.exit_code == 1);
    CHECK_MESSAGE(t.result.err.find("bank.yaml:4:3: error: unknown key 'answr' in labels (did you mean 'answer'?)") !=
                      std::string::npos,
                  t.result.err);
}
