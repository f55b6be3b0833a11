// tests: renders every output of a scratch bank and reads back each PDF's words, checked clean.
#pragma once

#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

namespace deckpress::test {

struct OutputPdf {
    std::filesystem::path path;
    PdfText text;
    bool is_key() const { return path.filename().string().find("-key") != std::string::npos; }
};

/// `deckpress all` on `bank` into a folder beside it; every PDF it writes, with its words. Each
/// must read without a poppler warning and pass `qpdf --check`; `quiet_about` must not appear in
/// what deckpress prints.
inline std::vector<OutputPdf> render_all_checked(const std::filesystem::path& bank, const std::string& quiet_about) {
    const std::filesystem::path out = bank.parent_path() / "out";
    RunResult r = run({deckpress_bin(), "all", "--bank", bank.string(), "--out", out.string(), "--quiet"}, source_root());
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    CHECK(r.err.find(quiet_about) == std::string::npos);
    std::vector<OutputPdf> pdfs;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(out)) {
        if (entry.path().extension() != ".pdf") continue;
        OutputPdf pdf{entry.path(), read_pdf_words(entry.path().string(), bank.parent_path().string())};
        CHECK_MESSAGE(pdf.text.warnings.empty(), pdf.path);
        CHECK(run_capture("qpdf --check " + shell_quote(pdf.path.string()) + " 2>&1").find("No syntax or stream encoding errors") !=
              std::string::npos);
        pdfs.push_back(std::move(pdf));
    }
    return pdfs;
}

}  // namespace deckpress::test
