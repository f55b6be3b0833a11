// tests: footnotes in answers and short answers reach every output's PDF as numbered notes.
#include <doctest/doctest.h>

#include "all_outputs.hpp"
#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// A bank whose answers and short answers cite notes with words found nowhere else.
fs::path footnote_bank() {
    return bank_of_three("footnotes", "Short claim[^s].\n\n[^s]: Quokkanote short source.",
                         "Claimword one[^a] and two[^b].\n\n[^a]: Zanzibarnote first source.\n"
                         "[^b]: Xylonote second source.");
}

}  // namespace

TEST_CASE("footnotes appear as notes after the answer in the reader, cards, exam key and cheat sheet") {
    fs::path bank = footnote_bank();
    std::vector<OutputPdf> pdfs = render_all_checked(bank, "footnote");
    int with_full = 0, with_short = 0;
    for (const OutputPdf& pdf : pdfs) {
        const PdfText& text = pdf.text;
        const fs::path& path = pdf.path;
        CHECK_MESSAGE(text.all_text().find("[^") == std::string::npos, path);  // no syntax left
        if (const PdfWord* claim = find_word(text, "Claimword")) {
            ++with_full;
            const PdfWord* note = find_word(text, "Zanzibarnote");
            REQUIRE_MESSAGE(note != nullptr, path);
            CHECK(find_word(text, "Xylonote") != nullptr);
            // The note follows its answer (further down the same page here) in smaller type.
            CHECK(note->page == claim->page);
            CHECK(note->y_min > claim->y_max);
            CHECK(note->y_max - note->y_min < claim->y_max - claim->y_min);
        }
        if (find_word(text, "Quokkanote") != nullptr) ++with_short;
    }
    CHECK(pdfs.size() >= 4);
    CHECK(with_full >= 5);   // the four readers and the exam key set full answers
    CHECK(with_short >= 1);  // cards and cheat sheets set short ones
}

TEST_CASE("footnote warnings in a bank are at the exact file line and column") {
    fs::path bank = bank_with_answer("footnote-warnings", "Claim[^x] and[^gone].\n\n  [^y]: unused\n[^x]: used.\n[^X]: twice.");
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    // The answer starts at p.yaml line 9, indented 6 columns.
    CHECK(t.result.err.find("p.yaml:9:20: warning: footnote [^gone] has no definition") != std::string::npos);
    CHECK(t.result.err.find("p.yaml:11:9: warning: footnote [^y] is never referenced: dropped") != std::string::npos);
    CHECK(t.result.err.find("p.yaml:13:7: warning: footnote [^X] is defined twice: the first definition (line 12) is kept") !=
          std::string::npos);
    PdfText text = read_pdf_words(pdf.string(), bank.parent_path().string());
    CHECK(text.all_text().find("[^gone]") != std::string::npos);  // kept as written
    CHECK(text.all_text().find("used.") != std::string::npos);
    CHECK(text.all_text().find("twice") == std::string::npos);
    CHECK(text.all_text().find("unused") == std::string::npos);
}
