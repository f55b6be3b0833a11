// tests: pipe tables in answers reach every output's PDF as table text, cleanly.
#include <doctest/doctest.h>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// A bank whose answers (and short answers) hold pipe tables with words found nowhere else.
fs::path table_bank() {
    fs::path dir = scratch_dir("tables") / "bank";
    write_text_file(dir / "bank.yaml", "title: Tables\ncategories: [t]\n");
    std::string body = "title: T\nquestions:\n";
    for (int i = 1; i <= 3; ++i)
        body += "  - id: q" + std::to_string(i) + "\n    q: Compare stores " + std::to_string(i) +
                "?\n    level: beginner\n    kind: concept\n    short: |\n"
                "      | Store | Kind |\n      |---|---|\n      | Zebrastore | shortcell |\n"
                "    a: |\n      Intro line.\n\n"
                "      | Feature | SQL | NoSQL |\n      |:---|:---:|---:|\n"
                "      | **Schema** | Fixedschema | `flexschema` |\n"
                "      | Docs | [linkcell](https://example.com) | Rightcell |\n";
    write_text_file(dir / "t.yaml", body);
    return dir;
}

bool has_word(const PdfText& text, const std::string& word) { return find_word(text, word) != nullptr; }

}  // namespace

TEST_CASE("tables in answers appear as table text in the reader, cards, exam key and cheat sheet") {
    fs::path bank = table_bank();
    fs::path out = bank.parent_path() / "out";
    RunResult r = run({deckpress_bin(), "all", "--bank", bank.string(), "--out", out.string(), "--quiet"}, source_root());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.err.find("table") == std::string::npos);
    int pdfs = 0, with_full = 0, with_short = 0;
    bool key_has_table = false;
    for (const auto& entry : fs::recursive_directory_iterator(out)) {
        if (entry.path().extension() != ".pdf") continue;
        ++pdfs;
        PdfText text = read_pdf_words(entry.path().string(), bank.parent_path().string());
        CHECK_MESSAGE(text.warnings.empty(), entry.path());
        CHECK(run_capture("qpdf --check " + shell_quote(entry.path().string()) + " 2>&1").find("No syntax or stream encoding errors") != std::string::npos);
        CHECK_MESSAGE(text.all_text().find('|') == std::string::npos, entry.path());  // no pipes left
        if (has_word(text, "Fixedschema")) {
            ++with_full;
            if (entry.path().filename().string().find("-key") != std::string::npos) key_has_table = true;
            CHECK(has_word(text, "flexschema"));
            CHECK(has_word(text, "linkcell"));
            CHECK(has_word(text, "Rightcell"));
        }
        if (has_word(text, "Zebrastore")) ++with_short;
    }
    CHECK(pdfs >= 4);
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
