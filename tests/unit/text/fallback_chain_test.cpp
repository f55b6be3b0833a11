// tests/text: the bundled fallback chain: CJK from Droid Sans Fallback, emoji from Symbola, opened lazily.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "wide_fixture.hpp"

using namespace deckpress;
using namespace deckpress::text;
using namespace deckpress::text::testing;
namespace fs = std::filesystem;

TEST_CASE("emoji and dingbats are drawn in Symbola without a warning; selectors and modifiers draw nothing") {
    Diagnostics diags;
    // ✅ Faster ❌ Stale 💡 🚀 ✅️ 👍🏽 👨‍👩
    std::vector<Line> lines = set_wide(
        "\u2705 Faster \u274c Stale \U0001F4A1 \U0001F680 \u2705\ufe0f \U0001F44D\U0001F3FD \U0001F468\u200d\U0001F469",
        400, false, &diags);
    CHECK(diags.items().empty());
    REQUIRE(lines.size() == 1);
    std::string in_symbola;
    for (const Run& run : lines[0].runs) {
        CHECK(run.text.find("\ufe0f") == std::string::npos);
        CHECK(run.text.find("\u200d") == std::string::npos);
        CHECK(run.text.find("\U0001F3FD") == std::string::npos);  // the base emoji alone, no swatch
        if (run.font == wide().symbola) in_symbola += run.text;
    }
    for (const char* emoji : {"\u2705", "\u274c", "\U0001F4A1", "\U0001F680", "\U0001F44D", "\U0001F468", "\U0001F469"}) {
        CAPTURE(emoji);
        CHECK(in_symbola.find(emoji) != std::string::npos);
    }
}

TEST_CASE("a fallback font is opened only when a character needs it") {
    // A copy of its own: the faces of the other tests are shared by the process.
    fs::path dir = fs::temp_directory_path() / "deckpress-lazy-font";
    fs::create_directories(dir);
    fs::path copy = dir / "LazySymbola.ttf";
    fs::copy_file(font_path("Symbola_hint.ttf"), copy, fs::copy_options::overwrite_existing);
    FontLibrary lib;
    Family family;
    family.faces[Regular] = lib.load(font_path("NotoSans-Regular.ttf"));
    FontId lazy = lib.load(copy.string(), Opening::OnFirstUse);
    family.fallback = {lazy};
    CHECK_FALSE(lib.face(lazy).is_open());
    CHECK(family.resolve(lib, 'a', Regular) == family.faces[Regular]);
    CHECK_FALSE(lib.face(lazy).is_open());  // Noto Sans has it: the chain is not asked
    CHECK(family.resolve(lib, U'\U0001F680', Regular) == lazy);
    CHECK(lib.face(lazy).is_open());
    fs::remove_all(dir);
}

TEST_CASE("a fallback font that cannot be read is reported by the lookup that needs it") {
    fs::path dir = fs::temp_directory_path() / "deckpress-lazy-broken";
    fs::create_directories(dir);
    fs::path broken = dir / "Broken.ttf";
    { std::ofstream(broken) << "not a font"; }
    FontLibrary lib;
    FontId lazy = -1;
    CHECK_NOTHROW(lazy = lib.load(broken.string(), Opening::OnFirstUse));
    CHECK_THROWS_WITH_AS(lib.face(lazy).has(U'x'), doctest::Contains("Broken.ttf"), std::runtime_error);
    CHECK_THROWS_AS(lib.load(broken.string()), std::runtime_error);  // opened now: as before
    fs::remove_all(dir);
}
