// tests: cheat sheet answers, options and the font-size search (in process).
#include <doctest/doctest.h>


#include "bank/yaml_tree.hpp"
#include "outputs/cheatsheet.hpp"
#include "outputs/job.hpp"
#include "support/run.hpp"
#include "support/timing.hpp"

using namespace deckpress;

namespace {

struct Fixture {
    Diagnostics diags;
    std::unique_ptr<outputs::LoadedBank> bank;
    std::vector<const outputs::Entry*> entries;
    layout::Engine engine;

    Fixture() {
        bank = outputs::load_prepared(test::source_root() + "/content/python-fastapi-interview", diags);
        REQUIRE(bank);
        entries = outputs::select(bank->prepared, {});
    }

    layout::LayoutFile layout(const std::string& name) {
        layout::LayoutFile file = layout::load_layout(test::source_root() + "/layouts/" + name + ".yaml", diags);
        REQUIRE_FALSE(diags.has_errors());
        return file;
    }
};

doc::Block paragraph(const std::string& text) {
    doc::Block b;
    b.spans.push_back(doc::span(text));
    return b;
}

doc::Block code_block() {
    doc::Block b;
    b.kind = doc::BlockKind::Code;
    b.lines.push_back({doc::span("print(1)")});
    return b;
}

}  // namespace

TEST_CASE("cheatsheet answers: short, else the first paragraph; code blocks can be left out") {
    outputs::Entry e;
    e.answer = {code_block(), paragraph("first"), paragraph("second")};
    outputs::CheatsheetOptions o;
    auto shown = outputs::cheat_answer(e, o);  // no short answer: the first paragraph
    REQUIRE(shown.size() == 1);
    CHECK(doc::plain_text(shown[0].spans) == "first");
    e.short_answer = {paragraph("short"), code_block()};
    CHECK(outputs::cheat_answer(e, o).size() == 2);
    o.code_blocks = false;
    shown = outputs::cheat_answer(e, o);
    REQUIRE(shown.size() == 1);
    CHECK(doc::plain_text(shown[0].spans) == "short");
    o.answer = outputs::CheatAnswer::Full;
    CHECK(outputs::cheat_answer(e, o).size() == 2);  // the full answer without its code block
    o.code_blocks = true;
    CHECK(outputs::cheat_answer(e, o).size() == 3);
}

TEST_CASE("cheatsheet options: read strictly from the layout's cheatsheet section") {
    Fixture f;
    layout::LayoutFile a4 = f.layout("cheatsheet-a4");
    Diagnostics diags;
    outputs::CheatsheetOptions o = outputs::cheatsheet_options(a4, diags);
    CHECK_FALSE(diags.has_errors());
    CHECK(o.pages == 2);
    CHECK(o.answer == outputs::CheatAnswer::Short);

    auto tree = yaml::parse_text("cheatsheet: {pages: 0, answer: longest, colour: red}\n", "bad.yaml", diags);
    REQUIRE(tree);
    layout::LayoutFile bad;
    bad.section = tree->find("cheatsheet");
    Diagnostics bad_diags;
    outputs::cheatsheet_options(bad, bad_diags);
    CHECK(bad_diags.error_count() == 3);  // pages out of range, unknown answer, unknown key
}

TEST_CASE("cheatsheet fit: the largest size that fits, to 0.05pt, fast") {
    Fixture f;
    layout::LayoutFile a4 = f.layout("cheatsheet-a4");
    const deckpress::test::CpuStopwatch watch;
    outputs::Cheatsheet sheet = outputs::build_cheatsheet(f.bank->prepared, f.entries, a4, f.engine, f.diags);
    double ms = watch.seconds() * 1000;
    MESSAGE("A4: " << sheet.size << "pt after " << sheet.probes << " probes in " << ms << " ms");
    CHECK(sheet.fits);
    CHECK(sheet.doc.pages.size() == 2);
    CHECK(sheet.size >= a4.text.min_size);
    CHECK(sheet.probes <= 4);  // the minimum, then estimates that land on the answer or next to it
    CHECK(ms < deckpress::test::time_bound(2000));  // Debug build; an optimised build takes a fraction of this

    // One step larger does not fit on two pages: the search did not stop early.
    layout::LayoutFile bigger = a4;
    bigger.text.size = sheet.size + 0.05;
    bigger.text.min_size = sheet.size + 0.05;
    outputs::Cheatsheet over = outputs::build_cheatsheet(f.bank->prepared, f.entries, bigger, f.engine, f.diags);
    CHECK_FALSE(over.fits);
    CHECK(over.doc.pages.size() == 3);
}

TEST_CASE("cheatsheet fit: without a page count the layout's size is used as is") {
    Fixture f;
    layout::LayoutFile a4 = f.layout("cheatsheet-a4");
    a4.section = nullptr;  // no cheatsheet section: no 'pages'
    outputs::Cheatsheet sheet = outputs::build_cheatsheet(f.bank->prepared, f.entries, a4, f.engine, f.diags);
    CHECK(sheet.size == doctest::Approx(a4.text.size));
    CHECK(sheet.probes == 0);
    CHECK(sheet.doc.pages.size() > 2);
}

TEST_CASE("cheatsheet fit: a minimum size between two search steps (given in mm) is never undercut") {
    Fixture f;
    layout::LayoutFile a4 = f.layout("cheatsheet-a4");
    a4.text.min_size = 2 * 72 / 25.4;  // min_size: 2mm, 5.669pt: between the steps 5.65 and 5.70
    // The bundled bank on one page does not fit even at the minimum: the sheet is set at the minimum.
    outputs::Cheatsheet tight = outputs::build_cheatsheet(f.bank->prepared, f.entries, a4, f.engine, f.diags, 1);
    CHECK_FALSE(tight.fits);
    CHECK(tight.size == doctest::Approx(a4.text.min_size));
    // Where it fits, the size found is a step at or above the minimum.
    outputs::Cheatsheet roomy = outputs::build_cheatsheet(f.bank->prepared, f.entries, a4, f.engine, f.diags, 4);
    CHECK(roomy.fits);
    CHECK(roomy.size >= a4.text.min_size);
}
