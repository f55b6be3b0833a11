// tests/text: a family with the bundled fallback chain (DejaVu, Droid Sans Fallback, Symbola).
#pragma once

#include "fixture.hpp"

namespace deckpress::text::testing {

/// Noto Sans with the bundled fallback chain: DejaVu Sans, Droid Sans Fallback, Symbola.
struct WideFonts {
    FontLibrary lib;
    Family sans;
    FontId droid = -1;
    FontId symbola = -1;
    WideFonts() {
        sans.faces[Regular] = lib.load(font_path("NotoSans-Regular.ttf"));
        FontId dejavu = lib.load(font_path("DejaVuSans.ttf"), Opening::OnFirstUse);
        droid = lib.load(font_path("DroidSansFallback.ttf"), Opening::OnFirstUse);
        symbola = lib.load(font_path("Symbola_hint.ttf"), Opening::OnFirstUse);
        sans.fallback = {dejavu, droid, symbola};
    }
};

inline WideFonts& wide() {
    static WideFonts instance;
    return instance;
}

inline std::vector<Line> set_wide(const std::string& text, double width, bool justify, Diagnostics* diags) {
    Hyphenator& hyphenator = fonts().hyphenator;
    Typesetter ts{&wide().lib, &hyphenator};
    ParagraphParams params;
    params.width = width;
    params.justify = justify;
    Styler styler = [](const doc::Span&) {
        Look look;
        look.family = &wide().sans;
        look.size = 10;
        return look;
    };
    return set_paragraph(ts, {make_span(text)}, styler, params, source_at(diags, 3, "question q1"));
}

}  // namespace deckpress::text::testing
