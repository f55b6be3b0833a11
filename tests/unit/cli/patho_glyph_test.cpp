// tests: a character no font has: a warning at file:line:col; --strict makes it an error, no PDF.
#include <doctest/doctest.h>

#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

TEST_CASE("missing glyph: warning and a PDF; with --strict an error, exit 1 and no PDF") {
    fs::path bank = bank_with_answer("glyph", "The sign \u6f22 is in no bundled font.");
    const std::string where = (bank / "p.yaml").string() + ":9:";
    fs::path out = bank.parent_path() / "out";

    TimedRun warn = render_reader(bank, out / "warn.pdf");
    CHECK(warn.result.exit_code == 0);
    CHECK_MESSAGE(warn.result.err.find(where) != std::string::npos, warn.result.err);
    CHECK(warn.result.err.find("warning:") != std::string::npos);
    CHECK(warn.result.err.find("U+6F22") != std::string::npos);
    CHECK(fs::exists(out / "warn.pdf"));

    TimedRun strict = render_reader(bank, out / "strict.pdf", {"--strict"});
    CHECK(strict.result.exit_code == 1);
    CHECK_MESSAGE(strict.result.err.find(where) != std::string::npos, strict.result.err);
    CHECK(strict.result.err.find("error:") != std::string::npos);
    CHECK(strict.result.err.find("U+6F22") != std::string::npos);
    CHECK_FALSE(fs::exists(out / "strict.pdf"));
    CHECK(no_temp_files(out));
}
