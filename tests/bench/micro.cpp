// bench: Google Benchmark micro-benchmarks of the hot paths (measuring, line breaking, cards, subsetting, PDF).
//
// Build: cmake --build <release build> --target deckpress_microbench; run from anywhere
// (fonts, layouts and the bundled bank are found through DECKPRESS_SOURCE_DIR).
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "layout/engine.hpp"
#include "layout/style.hpp"
#include "outputs/cards.hpp"
#include "outputs/job.hpp"
#include "render/render.hpp"
#include "text/embed.hpp"
#include "text/paragraph.hpp"

namespace {

using namespace deckpress;

const std::string kRoot = DECKPRESS_SOURCE_DIR;
const std::string kBank = kRoot + "/content/python-fastapi-interview";

/// One Engine with the default families, as the outputs use them.
struct Setup {
    layout::Engine engine;
    layout::LayoutFile layout;
    layout::Families families;
    Setup() {
        Diagnostics diags;
        layout = layout::load_layout(layout::find_layout("cards-a4"), diags);
        families = layout::load_families(engine, layout.fonts);
    }
};

Setup& setup() {
    static Setup s;
    return s;
}

const std::string kSentence =
    "FastAPI declares dependencies with Depends(get_db); a generator dependency yields the "
    "session and closes it in finally, so every request gets its own transaction. ";

std::vector<doc::Span> paragraph_spans(int sentences) {
    std::string text;
    for (int i = 0; i < sentences; ++i) text += kSentence;
    doc::Span span;
    span.text = text;
    return {span};
}

text::Look plain_look(const text::Family* family, double size) {
    text::Look look;
    look.family = family;
    look.size = size;
    return look;
}

text::Styler plain_styler(const text::Family* family, double size) {
    return [family, size](const doc::Span&) { return plain_look(family, size); };
}

void BM_Measure(benchmark::State& state) {
    Setup& s = setup();
    text::Typesetter ts = s.engine.typesetter();
    text::Look look = plain_look(&s.families.body, 10);
    for (auto _ : state) benchmark::DoNotOptimize(text::measure(ts, kSentence, look));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * kSentence.size()));
}
BENCHMARK(BM_Measure);

void BM_SetParagraph(benchmark::State& state) {
    Setup& s = setup();
    text::Typesetter ts = s.engine.typesetter();
    std::vector<doc::Span> spans = paragraph_spans(static_cast<int>(state.range(0)));
    text::Styler styler = plain_styler(&s.families.body, 10);
    text::ParagraphParams params{300, 0, true, true};
    for (auto _ : state) benchmark::DoNotOptimize(text::set_paragraph(ts, spans, styler, params, {}));
    state.SetItemsProcessed(state.iterations() * state.range(0));  // sentences
}
BENCHMARK(BM_SetParagraph)->Arg(1)->Arg(8)->Arg(64);

void BM_CardsDeck(benchmark::State& state) {
    Setup& s = setup();
    Diagnostics diags;
    auto loaded = outputs::load_prepared(kBank, diags);
    std::vector<const outputs::Entry*> entries = outputs::select(loaded->prepared, {});
    for (auto _ : state) {
        Diagnostics d;
        benchmark::DoNotOptimize(outputs::build_cards(loaded->prepared, entries, s.layout, s.engine, {}, d));
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * entries.size()));  // cards
}
BENCHMARK(BM_CardsDeck)->Unit(benchmark::kMillisecond);

void BM_SubsetFont(benchmark::State& state) {
    std::set<char32_t> codepoints;
    for (char32_t cp = 0x20; cp < 0x7F; ++cp) codepoints.insert(cp);
    codepoints.insert({U'é', U'—', U'“', U'”', U'•'});
    const std::string path = kRoot + "/fonts/NotoSans-Regular.ttf";
    for (auto _ : state) benchmark::DoNotOptimize(text::subset_for_pdf(path, codepoints));
}
BENCHMARK(BM_SubsetFont)->Unit(benchmark::kMicrosecond);

void BM_WritePdf(benchmark::State& state) {
    Setup& s = setup();
    Diagnostics diags;
    auto loaded = outputs::load_prepared(kBank, diags);
    std::vector<const outputs::Entry*> entries = outputs::select(loaded->prepared, {});
    outputs::CardDeck deck = outputs::build_cards(loaded->prepared, entries, s.layout, s.engine, {}, diags);
    layout::Document doc = outputs::duplex_document(deck);
    for (auto _ : state) benchmark::DoNotOptimize(render::write_pdf(doc, s.engine.fonts()));
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * doc.pages.size()));  // pages
}
BENCHMARK(BM_WritePdf)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
