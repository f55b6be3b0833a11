// tests: pipe tables in answers reach every output's PDF as table text, cleanly.
#include <doctest/doctest.h>

#include "all_outputs.hpp"
#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// A bank whose answers (and short answers) hold pipe tables with words found nowhere else.
fs::path table_bank() {
    return bank_of_three("tables", "| Store | Kind |\n|---|---|\n| Zebrastore | shortcell |",
                         "Intro line.\n\n| Feature | SQL | NoSQL |\n|:---|:---:|---:|\n"
                         "| **Schema** | Fixedschema | `flexschema` |\n"
                         "| Docs | [linkcell](https://example.com) | Rightcell |");
}

bool has_word(const PdfText& text, const std::string& word) { return find_word(text, word) != nullptr; }

}  // namespace

TEST_CASE("tables in answers appear as table text in the reader, cards, exam key and cheat sheet") {
    fs::path bank = table_bank();
    std::vector<OutputPdf> pdfs = render_all_checked(bank, "table");
    int with_full = 0, with_short = 0;
    bool key_has_table = false;
    for (const OutputPdf& pdf : pdfs) {
        const PdfText& text = pdf.text;
        CHECK_MESSAGE(text.all_text().find('|') == std::string::npos, pdf.path);  // no pipes left
        if (has_word(text, "Fixedschema")) {
            ++with_full;
            if (pdf.is_key()) key_has_table = true;
            CHECK(has_word(text, "flexschema"));
            CHECK(has_word(text, "linkcell"));
            CHECK(has_word(text, "Rightcell"));
        }
        if (has_word(text, "Zebrastore")) ++with_short;
    }
    CHECK(pdfs.size() >= 4);
    CHECK(with_full >= 5);   // the four readers and the exam key set full answers
    CHECK(key_has_table);
    CHECK(with_short >= 1);  // cards and cheat sheets set short ones
}

TEST_CASE("a table row with extra cells warns at its file, line and column") {
    fs::path bank = bank_with_answer("table-extra", "| a | b |\n|---|---|\n| 1 | 2 | lost |");
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    // The answer's third line is p.yaml line 11; "lost" starts at column 6 + 11.
    CHECK(t.result.err.find("p.yaml:11:17") != std::string::npos);
    CHECK(t.result.err.find("extra cells are left out") != std::string::npos);
}
