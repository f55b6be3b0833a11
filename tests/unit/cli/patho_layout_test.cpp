// tests: layout files with zero, negative or impossible sizes: an error at file:line:col, no PDF.
#include <doctest/doctest.h>

#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

struct LayoutCase {
    const char* command;  ///< the CLI command whose kind the layout has
    std::string yaml;     ///< the layout file
    std::string error;    ///< expected ":line:col: error: ..." after the file name
};

/// Renders the bundled bank with a scratch layout and expects exit 1 with the error at its
/// position, fast, and no output file.
void expect_layout_error(const LayoutCase& c, int index) {
    fs::path dir = scratch_dir("patho-layout-" + std::to_string(index));
    fs::path file = dir / (std::string(c.command) + "-bad.yaml");
    write_text_file(file, c.yaml);
    fs::path out = dir / "out";
    TimedRun t = run_timed({c.command, "--layout", file.string(), "--out", out.string()}, source_root());
    CHECK(t.seconds < patho_seconds());
    CHECK(t.result.exit_code == 1);
    CHECK_MESSAGE(t.result.err.find(file.string() + c.error) != std::string::npos,
                  "expected " << c.error << " in:\n" << t.result.err);
    CHECK_FALSE(fs::exists(out));
}

}  // namespace

TEST_CASE("zero and negative page and text sizes are errors at their position") {
    const std::vector<LayoutCase> cases = {
        {"reader", "kind: reader\npage:\n  size: [0, 8in]\n",
         ":3:10: error: page width must be between 36pt and 14400pt, not 0pt"},
        {"reader", "kind: reader\npage:\n  size: [6in, -8in]\n",
         ":3:15: error: page height must be between 36pt and 14400pt, not -8in (-576pt)"},
        {"reader", "kind: reader\npage:\n  margins: -1mm\n",
         ":3:12: error: margins must be between 0pt and 1000pt, not -1mm (-2.83pt)"},
        {"reader", "kind: reader\npage:\n  size: [1in, 1in]\n  margins: 0.4in\n",
         ":3:3: error: margins leave no room on the page (14 x 14 pt; the text needs at least 36 x 36 pt)"},
        {"reader", "kind: reader\npage: {size: a5, margins: 75mm}\n",  // was "(-6 x 170 pt)"
         ":2:7: error: margins are wider than the page: left + right = 425 pt on a page 420 pt wide"},
        {"reader", "kind: reader\npage:\n  size: [6in, 2in]\n  margins: {top: 1in, bottom: 1.5in}\n",
         ":3:3: error: margins are wider than the page: top + bottom = 180 pt on a page 144 pt high"},
        {"reader", "kind: reader\ntext:\n  size: 0\n", ":3:9: error:"},
        {"reader", "kind: reader\ntext:\n  size: -11\n", ":3:9: error:"},
        {"cheatsheet", "kind: cheatsheet\npage:\n  columns: 0\n", ":3:12: error:"},
        {"cheatsheet", "kind: cheatsheet\npage:\n  size: a4\n  columns: 12\n  column_gap: 500pt\n",
         ":4:12: error: 12 columns with a 500pt gap leave no room for text"},
        {"cards", "kind: cards\ncards:\n  card: [0mm, 65mm]\n", ":3:10: error:"},
        {"cards", "kind: cards\ncards:\n  rows: -2\n", ":3:9: error:"},
        {"cards", "kind: cards\ncards:\n  padding: -5mm\n", ":3:12: error:"},
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        CAPTURE(cases[i].yaml);
        expect_layout_error(cases[i], static_cast<int>(i));
    }
}

TEST_CASE("an exam quota out of range, or a huge or non-finite number, is an error at its value") {
    // 150% was "must be a percentage like 30%"; 1e300, .inf and .nan were cast to an integer (undefined).
    const std::string message =
        " must be a percentage from 0% to 100%, like 30%, or a whole number of questions, not '";
    const std::vector<LayoutCase> cases = {
        {"exam", "kind: exam\nexam:\n  levels: {beginner: 150%}\n", ":3:22: error: level 'beginner'" + message + "150%'"},
        {"exam", "kind: exam\nexam:\n  levels: {beginner: 1e300}\n", ":3:22: error: level 'beginner'" + message + "1e300'"},
        {"exam", "kind: exam\nexam:\n  levels: {advanced: .inf}\n", ":3:22: error: level 'advanced'" + message + ".inf'"},
        {"exam", "kind: exam\nexam:\n  levels: {advanced: nan%}\n", ":3:22: error: level 'advanced'" + message + "nan%'"},
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        CAPTURE(cases[i].yaml);
        expect_layout_error(cases[i], 100 + static_cast<int>(i));
    }
}
