// tests/cli: a bank's 'language' decides whether its words are hyphenated with the English patterns.
#include <doctest/doctest.h>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// French prose that the English patterns cut where French does not ("atom-ique", "supplé-
/// mentaires") in the narrow columns of a tablet reader.
const char* kFrench =
    "Une transaction est une unité de travail atomique : elle réussit entièrement ou échoue "
    "entièrement. Une implémentation élémentaire nécessite également des vérifications "
    "supplémentaires, et les caractéristiques d'internationalisation sont à considérer. ";

/// Lines of the reader's pages that end in a hyphen (pdftotext -raw keeps them).
int hyphenated_lines(const fs::path& bank) {
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    std::string text = run_capture("pdftotext -q -raw " + shell_quote(pdf.string()) + " -");
    int n = 0;
    for (std::size_t at = text.find("-\n"); at != std::string::npos; at = text.find("-\n", at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a bank in another language is not hyphenated with the English patterns") {
    std::string answer;
    for (int i = 0; i < 12; ++i) answer += kFrench;
    fs::path english = bank_with_answer("lang-en", answer);
    CHECK(hyphenated_lines(english) > 0);  // the same text in a bank without 'language' is

    fs::path french = bank_with_answer("lang-fr", answer);
    write_text_file(french / "bank.yaml", "title: Pathological\nlanguage: fr\ncategories: [p]\n");
    CHECK(hyphenated_lines(french) == 0);

    write_text_file(french / "bank.yaml", "title: Pathological\nlanguage: en-GB\ncategories: [p]\n");
    CHECK(hyphenated_lines(french) > 0);
}

TEST_CASE("every output tells PDF viewers the bank's language") {
    fs::path bank = bank_with_answer("lang-pdf", "Olá.");
    write_text_file(bank / "bank.yaml", "title: Pathological\nlanguage: pt_BR\ncategories: [p]\n");
    fs::path out = bank.parent_path() / "out";
    TimedRun t = run_timed({"all", bank.string(), "--quiet", "--out", out.string()}, source_root());
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    int pdfs = 0;
    for (const auto& entry : fs::directory_iterator(out)) {
        if (entry.path().extension() != ".pdf") continue;
        ++pdfs;
        CHECK_MESSAGE(read_text_file(entry.path()).find("/Lang (pt-BR)") != std::string::npos, entry.path());
    }
    CHECK(pdfs >= 10);
    fs::path english = bank_with_answer("lang-pdf-en", "Hello.");
    TimedRun reader = render_reader(english, out / "en.pdf");
    REQUIRE(reader.result.exit_code == 0);
    CHECK(read_text_file(out / "en.pdf").find("/Lang (en)") != std::string::npos);
}
