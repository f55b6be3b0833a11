// tests: every PDF of the default build opens without a warning in poppler, MuPDF and qpdf.
#include <doctest/doctest.h>

#include <filesystem>
#include <set>

#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// Runs a shell command; returns its stderr plus a note when it exits non-zero.
std::string complaints_of(const std::string& command, const fs::path& scratch) {
    const fs::path err = scratch / "engine-stderr.txt";
    int status = std::system((command + " >/dev/null 2>" + shell_quote(err.string())).c_str());
    std::string text = read_text_file(err);
    if (status != 0) text += "(exit status " + std::to_string(status) + ")\n";
    return text;
}

std::vector<fs::path> pdfs_under(const fs::path& dir) {
    std::vector<fs::path> files;
    for (const auto& e : fs::recursive_directory_iterator(dir))
        if (e.path().extension() == ".pdf") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

TEST_CASE("the default build: every PDF is clean in pdftotext, pdftoppm, mutool and qpdf") {
    fs::path work = scratch_dir("engines");
    RunResult build = run({deckpress_bin()}, work.string());
    REQUIRE_MESSAGE(build.exit_code == 0, build.err);
    CHECK_MESSAGE(build.err.empty(), build.err);
    std::vector<fs::path> pdfs = pdfs_under(work / "out");
    CHECK(pdfs.size() >= 10);  // readers, cards, cheat sheets, a test and its key
    std::set<std::string> kinds;
    for (const fs::path& pdf : pdfs) {
        CAPTURE(pdf.string());
        const std::string p = shell_quote(pdf.string());
        kinds.insert(pdf.filename().string().substr(0, pdf.filename().string().find('-')));
        CHECK(complaints_of("pdftotext " + p + " -", work) == "");
        // Low resolution keeps the rasterisers fast; warnings do not depend on it.
        CHECK(complaints_of("pdftoppm -r 12 -gray " + p + " " + shell_quote((work / "page").string()), work) == "");
        // -N: no colour management (Debian's MuPDF is built without ICC support and would
        // say so on every run); -q: no progress lines, warnings still go to stderr.
        CHECK(complaints_of("mutool draw -q -N -r 12 -o /dev/null " + p, work) == "");
        CHECK(complaints_of("qpdf --check " + p, work) == "");
        for (const auto& e : fs::directory_iterator(work))
            if (e.path().filename().string().starts_with("page")) fs::remove(e.path());
    }
    for (const char* kind : {"reader", "cards", "cheatsheet"}) CHECK(kinds.count(kind) == 1);
}
