// tests/cli: a session reads each layout file once and gives its diagnostics to every reader.
#include <doctest/doctest.h>

#include "cli/render_common.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

TEST_CASE("inside a session a layout is read once; its warnings reach every caller; outside, each call reads") {
    const fs::path dir = test::scratch_dir("session-layout");
    const fs::path path = dir / "reader-x.yaml";
    test::write_text_file(path, "kind: reader\npage:\n  size: a5\ntheme:\n  text: '#fefefe'\n");
    auto read = [&](Diagnostics& diags) { return cli::session_layout(path.string(), diags); };
    {
        cli::SharedSession session;
        Diagnostics first, second;
        const layout::LayoutFile a = read(first);
        REQUIRE(first.items().size() == 1);  // white text on a white page: a contrast warning
        test::write_text_file(path, "kind: reader\npage:\n  size: a4\n");
        const layout::LayoutFile b = read(second);
        CHECK(a.page.size.width == doctest::Approx(419.53).epsilon(0.001));  // A5
        CHECK(b.page.size.width == doctest::Approx(a.page.size.width));  // the file as the session first read it
        REQUIRE(second.items().size() == 1);                    // and its warning, again
        CHECK(second.items()[0].message == first.items()[0].message);
        CHECK(session.finish() == 0);
    }
    Diagnostics outside;
    const layout::LayoutFile c = read(outside);  // no session: the file as it is now
    CHECK(c.page.size.width == doctest::Approx(595.28).epsilon(0.001));
    CHECK(outside.items().empty());
}
