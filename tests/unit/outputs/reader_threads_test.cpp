// tests: the reader set on one thread or with helpers: the same pages and the same warnings.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include "layout/setting_tasks.hpp"
#include "outputs/job.hpp"
#include "outputs/reader.hpp"
#include "render/render.hpp"
#include "support/diagnostics.hpp"
#include "support/forced_helpers.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

/// A bank of two categories whose answers warn: characters no font has (the same one in
/// several questions, each reported for its own), raw HTML, long text to spread the work.
std::string warning_bank() {
    auto dir = test::scratch_dir("reader-threads") / "bank";
    test::write_text_file(dir / "bank.yaml", "title: Threads\ncategories: [one, two]\n");
    for (const char* cat : {"one", "two"}) {
        std::string yaml = fmt::format("title: Category {}\nquestions:\n", cat);
        for (int i = 1; i <= 14; ++i) {
            yaml += fmt::format("  - id: {}-{}\n    q: Question {} of {}, with \ua007?\n    level: beginner\n"
                                "    kind: concept\n    a: |\n", cat, i, i, cat);
            for (int p = 0; p < 4; ++p)
                yaml += fmt::format("      Paragraph {} explains hyphenation, microservices and {} <b>bold</b> "
                                    "in a sentence long enough to be broken over several lines.\n\n",
                                    p, i % 3 == 0 ? "\ua001" : "idempotency");
            yaml += "      ```python\n      def f(x):\n          return x * 2  # \ua001\n      ```\n";
        }
        test::write_text_file(dir / (std::string(cat) + ".yaml"), yaml);
    }
    return dir.string();
}

struct Rendered {
    std::string trace;
    std::vector<std::string> diagnostics;
};

Rendered render_reader(const outputs::LoadedBank& bank, int helpers) {
    test::ForcedHelpers forced(helpers);
    Diagnostics diags;
    layout::LayoutFile layout = layout::load_layout(test::source_root() + "/layouts/reader-tablet.yaml", diags);
    layout::Engine engine;
    layout::Document doc =
        outputs::build_reader(bank.prepared, outputs::select(bank.prepared, {}), layout, engine, diags);
    return {render::write_trace(doc, engine.fonts()), test::formatted_lines(diags)};
}

}  // namespace

TEST_CASE("a reader set with helper threads is the one set on a single thread, warnings in order") {
    Diagnostics load_diags;
    auto bank = outputs::load_prepared(warning_bank(), load_diags);
    REQUIRE(bank);
    Rendered alone = render_reader(*bank, 0);
    REQUIRE(alone.diagnostics.size() > 28);  // every question warns at least once
    CHECK(alone.trace.find("Question 14 of two") != std::string::npos);
    for (int helpers : {1, 3}) {
        CAPTURE(helpers);
        Rendered shared = render_reader(*bank, helpers);
        CHECK(shared.trace == alone.trace);
        CHECK(shared.diagnostics == alone.diagnostics);
    }
}
