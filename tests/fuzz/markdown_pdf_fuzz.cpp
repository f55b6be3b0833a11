// fuzz: Markdown -> document blocks -> layout -> pages -> PDF bytes in memory.
//
// Input: Markdown. Its first byte also picks the column width (40 to 320 points), so narrow
// columns where every word must break are exercised too.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "layout/blocks.hpp"
#include "layout/engine.hpp"
#include "layout/flow.hpp"
#include "layout/style.hpp"
#include "markdown/markdown.hpp"
#include "render/render.hpp"

#ifndef DECKPRESS_SOURCE_DIR
#error "DECKPRESS_SOURCE_DIR must name the source tree (set by CMake)"
#endif

using namespace deckpress;

namespace {

/// Fonts, hyphenation and a real layout file, loaded once for the whole run.
struct Setup {
    layout::Engine engine;
    layout::LayoutFile file;
    layout::Families families;

    Setup() {
        Diagnostics diags;
        file = layout::load_layout(std::string(DECKPRESS_SOURCE_DIR) + "/layouts/reader-tablet.yaml", diags);
        if (diags.has_errors()) __builtin_trap();
        families = layout::load_families(engine, file.fonts);
    }
};

Setup& setup() {
    static Setup instance;
    return instance;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Setup& s = setup();
    const double width = size > 0 ? 40.0 + (data[0] % 8) * 40.0 : 220.0;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    // Images resolve against a folder without images: every image path is refused cleanly.
    markdown::Context ctx{{"fuzz.md", 1, 1}, std::string(DECKPRESS_SOURCE_DIR) + "/tests/fuzz", "fuzz"};
    doc::Blocks blocks = markdown::parse_blocks(text, ctx, diags);
    layout::SetterEnv env{s.engine.typesetter(), &s.families, &s.file.theme, &s.file.text, 10};
    layout::BlockSetter setter(env, {&diags, {"fuzz.md", 1, 1}, "fuzz"});
    layout::Stack stack;
    setter.blocks(blocks, width, stack);
    layout::PageStyle page;
    page.size = {width + 40, 400};
    page.margins = {20, 20, 20, 20};
    layout::Document doc;
    doc.pages = layout::flow_pages(stack, page);
    if (doc.pages.empty()) return 0;  // nothing to set (e.g. an empty list): write_pdf needs a page
    std::string pdf = render::write_pdf(doc, s.engine.fonts());
    if (pdf.size() < 8 || pdf.compare(0, 5, "%PDF-") != 0) __builtin_trap();
    return 0;
}
