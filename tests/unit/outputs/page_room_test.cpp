// tests: a page too small for its text size between header and footer is an error at the layout, not a PDF of overflowing text.
#include <doctest/doctest.h>

#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

TEST_CASE("reader, exam and cheat sheet refuse a page with no room for lines between header and footer") {
    fs::path dir = test::scratch_dir("page-room");
    const std::string page = "page: {size: [2in, 2in], margins: 0.2in}\ntext: {size: 30, min_size: 30}\n";
    for (const char* kind : {"reader", "exam", "cheatsheet"}) {
        fs::path layout = dir / (std::string(kind) + "-small.yaml");
        test::write_text_file(layout, "kind: " + std::string(kind) + "\n" + page);
        fs::path pdf = dir / (std::string(kind) + ".pdf");
        std::vector<std::string> argv{test::deckpress_bin(), kind, "--layout", layout.string(), "--out", pdf.string()};
        if (std::string(kind) == "exam") argv.insert(argv.end(), {"--seed", "1"});
        test::RunResult r = test::run(argv, test::source_root());
        CHECK_MESSAGE(r.exit_code == 1, kind);
        CHECK_MESSAGE(r.err.find(layout.string() + ":3:14: error: the page has no room for text at this size") !=
                          std::string::npos,
                      kind, ": ", r.err);
        CHECK_MESSAGE(!fs::exists(pdf), kind);
    }
}
