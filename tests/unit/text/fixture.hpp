// tests/text: shared fonts, families and a styler for the text stage tests.
#pragma once

#include <cstdlib>
#include <string>

#include "text/embed.hpp"
#include "text/paragraph.hpp"

namespace deckpress::text::testing {

inline std::string root() {
    const char* env = std::getenv("DECKPRESS_ROOT");
    return env && *env ? env : DECKPRESS_SOURCE_DIR;
}

inline std::string font_path(const std::string& file) { return root() + "/fonts/" + file; }

/// Loads the test families into `lib` (always in this order, so font ids agree between
/// libraries): Noto Sans with DejaVu Sans as the symbol fallback, DejaVu Sans Mono for code.
inline void load_test_families(FontLibrary& lib, Family& sans, Family& mono) {
    sans.faces[Regular] = lib.load(font_path("NotoSans-Regular.ttf"));
    sans.faces[BoldFace] = lib.load(font_path("NotoSans-Bold.ttf"));
    sans.faces[ItalicFace] = lib.load(font_path("NotoSans-Italic.ttf"));
    sans.faces[BoldItalicFace] = lib.load(font_path("NotoSans-BoldItalic.ttf"));
    FontId dejavu = lib.load(font_path("DejaVuSans.ttf"));
    sans.fallback = {dejavu};
    mono.faces[Regular] = lib.load(font_path("DejaVuSansMono.ttf"));
    mono.faces[BoldFace] = lib.load(font_path("DejaVuSansMono-Bold.ttf"));
    mono.fallback = {dejavu};
}

/// Fonts loaded once for the whole test binary (see load_test_families).
struct Fonts {
    FontLibrary lib;
    Hyphenator hyphenator;
    Family sans;
    Family mono;
    Fonts() { load_test_families(lib, sans, mono); }
    FontId noto() const { return sans.faces[Regular]; }
    FontId dejavu() const { return sans.fallback.front(); }
};

inline Fonts& fonts() {
    static Fonts instance;
    return instance;
}

/// A typesetter over the shared fonts.
inline Typesetter typesetter() { return Typesetter{&fonts().lib, &fonts().hyphenator}; }

inline Styler styler(double size = 10) {
    return [size](const doc::Span& span) {
        Look look;
        bool code = (span.style & doc::Code) != 0;
        look.family = code ? &fonts().mono : &fonts().sans;
        look.face_style = ((span.style & doc::Bold) ? BoldFace : 0) |
                          ((span.style & doc::Italic) ? ItalicFace : 0);
        look.size = code ? size * 0.9 : size;
        look.strike = (span.style & doc::Strike) != 0;
        return look;
    };
}

inline Look plain_look(double size = 10) { return styler(size)(doc::Span{}); }

/// A span without the aggregate's missing-initializer warnings.
inline doc::Span make_span(std::string text, std::uint8_t style = doc::Plain,
                      doc::Token token = doc::Token::Text, std::string link = "") {
    doc::Span s;
    s.text = std::move(text);
    s.style = style;
    s.token = token;
    s.link = std::move(link);
    return s;
}

inline doc::Span hard_break() {
    doc::Span s;
    s.hard_break = true;
    return s;
}

/// Where test text comes from (built field by field: GCC 12 warns on the nested aggregate).
inline TextSource source_at(Diagnostics* diags, int line, const std::string& subject) {
    TextSource source;
    source.diags = diags;
    source.loc.file = "bank.yaml";
    source.loc.line = line;
    source.loc.column = 3;
    source.subject = subject;
    return source;
}

/// All run texts of a line joined.
inline std::string line_text(const Line& line) {
    std::string out;
    for (const Run& run : line.runs) out += run.text;
    return out;
}

}  // namespace deckpress::text::testing
