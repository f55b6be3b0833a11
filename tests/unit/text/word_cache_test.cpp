// tests/text: the word shape cache gives exactly the lines and warnings of setting without it.
#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "fixture.hpp"
#include "support/diagnostics.hpp"
#include "text/word_cache.hpp"

using namespace deckpress;
using namespace deckpress::text;
using namespace deckpress::text::testing;

namespace {

/// A FontLibrary of its own (so its word cache starts empty), with the fixture's faces loaded
/// in the fixture's order: font ids are the same as in the shared library.
struct FreshFonts {
    FontLibrary lib;
    Family sans;
    Family mono;
    FreshFonts() { load_test_families(lib, sans, mono); }
    Styler styler(double size) const {
        return [this, size](const doc::Span& span) {
            Look look;
            bool code = (span.style & doc::Code) != 0;
            look.family = code ? &mono : &sans;
            look.face_style = (span.style & doc::Bold) ? BoldFace : Regular;
            look.size = code ? size * 0.9 : size;
            look.strike = !span.link.empty();
            return look;
        };
    }
    std::vector<Line> set(const std::vector<doc::Span>& spans, double size, double width, bool justify,
                          Diagnostics* diags) {
        ParagraphParams params;
        params.width = width;
        params.first_indent = 7;
        params.justify = justify;
        TextSource source = source_at(diags, 4, "question q-cache");
        return set_paragraph(Typesetter{&lib, &fonts().hyphenator}, spans, styler(size), params, source);
    }
};

/// Hyphenation, compounds, URLs, dotted and snake_case names, soft hyphens, zero-width
/// spaces, symbols from the fallback font, characters no font has, bold and code spans.
std::vector<doc::Span> mixed_spans() {
    return {make_span("Idempotent microservices deduplicate re-delivered events; see "),
            make_span("https://example.com/docs/distributed_systems/idempotency?lang=en&page=2",
                      doc::Plain, doc::Token::Text, "https://example.com"),
            make_span(" and "), make_span("service.handlers.process_event(payload)", doc::Code),
            make_span(" \u2192 "), make_span("containerization", doc::Bold),
            make_span("-aware hy\u00adphen\u00adation, zero\u200bwidth, \u4e2d\u6587 text, "
                      "supercalifragilisticexpialidocious antidisestablishmentarianism \u2603.")};
}

/// Many distinct words: the cache's table grows several times while they are stored.
std::vector<doc::Span> many_words() {
    std::string text;
    for (int i = 0; i < 3000; ++i) text += "w" + std::to_string(i * 7919) + "x ";
    return {make_span(text)};
}

std::vector<doc::Span> many_and_mixed() {
    std::vector<doc::Span> spans = many_words();
    std::vector<doc::Span> mixed = mixed_spans();
    spans.insert(spans.end(), mixed.begin(), mixed.end());
    return spans;
}

void check_same(const std::vector<Line>& a, const std::vector<Line>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].width == b[i].width);  // exact: the cache must not change a single bit
        CHECK(a[i].ascent == b[i].ascent);
        CHECK(a[i].descent == b[i].descent);
        CHECK(a[i].hyphenated == b[i].hyphenated);
        REQUIRE(a[i].runs.size() == b[i].runs.size());
        for (std::size_t k = 0; k < a[i].runs.size(); ++k) {
            const Run& x = a[i].runs[k];
            const Run& y = b[i].runs[k];
            CHECK(x.text == y.text);
            CHECK(x.font == y.font);
            CHECK(x.size == y.size);
            CHECK(x.x == y.x);
            CHECK(x.width == y.width);
            CHECK(x.link == y.link);
            CHECK(x.strike == y.strike);
        }
    }
}

}  // namespace

TEST_CASE("words set from the cache at another size give the lines of a fresh setting") {
    for (const auto& spans : {mixed_spans(), many_words()}) {
        for (double width : {25.0, 60.0, 140.0, 400.0}) {  // 25 pt: breaks anywhere in tokens
            for (bool justify : {false, true}) {
                FreshFonts warm;
                warm.set(spans, 11, width, justify, nullptr);  // fills the cache at 11 pt
                std::vector<Line> cached = warm.set(spans, 8.5, width, justify, nullptr);
                FreshFonts cold;
                std::vector<Line> fresh = cold.set(spans, 8.5, width, justify, nullptr);
                CAPTURE(width);
                CAPTURE(justify);
                check_same(cached, fresh);
                CHECK_FALSE(cached.empty());
            }
        }
    }
}

TEST_CASE("a cached word reports its missing characters as decoding it does") {
    FreshFonts warm;
    Diagnostics first;
    warm.set(mixed_spans(), 10, 120, true, &first);
    REQUIRE(first.warning_count() == 2);  // U+4E2D and U+6587, once each
    // Reports are once per run and subject; a worker forgets them between outputs.
    Diagnostics repeated;
    warm.set(mixed_spans(), 10, 120, true, &repeated);
    CHECK(repeated.warning_count() == 0);
    warm.lib.forget_missing_reports();
    Diagnostics again;
    warm.set(mixed_spans(), 7, 120, true, &again);  // every word from the cache
    CHECK(test::formatted_lines(again) == test::formatted_lines(first));
}

TEST_CASE("a helper thread's library shares its owner's word cache") {
    FreshFonts owner;
    std::vector<Line> fresh = owner.set(mixed_spans(), 10, 120, true, nullptr);
    FontLibrary helper(owner.lib.snapshot());
    CHECK(&helper.word_cache() == &owner.lib.word_cache());
    Hyphenator own_hyphenator;  // a helper Engine's: other instance, the same patterns
    CHECK(own_hyphenator.patterns() == fonts().hyphenator.patterns());
    ParagraphParams params;
    params.width = 120;
    params.first_indent = 7;
    params.justify = true;
    std::vector<Line> shared = set_paragraph(Typesetter{&helper, &own_hyphenator}, mixed_spans(), owner.styler(10),
                                             params, source_at(nullptr, 4, "question q-cache"));
    check_same(shared, fresh);
}

TEST_CASE("threads setting with one shared word cache get the lines of a fresh setting") {
    // Each thread has its own library (from one snapshot) and Hyphenator, as setting helpers
    // do; they shape the same words at once, so lookups race with adds and tables growing.
    constexpr int kThreads = 4;
    FreshFonts owner;
    const FontLibrary::Snapshot snapshot = owner.lib.snapshot();
    std::vector<std::vector<Line>> results(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            FontLibrary lib(snapshot);
            Hyphenator hyphenator;
            ParagraphParams params;
            params.width = 140;
            params.justify = true;
            std::vector<doc::Span> spans = many_and_mixed();
            results[static_cast<std::size_t>(t)] =
                set_paragraph(Typesetter{&lib, &hyphenator}, spans, owner.styler(9 + t), params, {});
        });
    }
    for (std::thread& thread : threads) thread.join();
    for (int t = 0; t < kThreads; ++t) {
        FreshFonts cold;
        ParagraphParams params;
        params.width = 140;
        params.justify = true;
        std::vector<doc::Span> spans = many_and_mixed();
        Hyphenator hyphenator;
        CAPTURE(t);
        check_same(results[static_cast<std::size_t>(t)],
                   set_paragraph(Typesetter{&cold.lib, &hyphenator}, spans, cold.styler(9 + t), params, {}));
    }
}

TEST_CASE("a word added by two threads is stored once, and every thread gets that shape") {
    detail::WordCache cache;
    detail::WordCache::Words& words = cache.words({});
    const std::vector<detail::WordItem> items(3);
    const detail::WordShape shape{{}, items, 42};
    const detail::WordShape* first = cache.add(words, "idempotent", shape);
    CHECK(cache.add(words, "idempotent", shape) == first);
    CHECK(words.find("idempotent") == first);
    CHECK(words.find("idempotence") == nullptr);
    CHECK(first->widest == 42);
    CHECK(first->items.size() == 3);
}
