// text: per-character font resolution, missing-glyph reports, line building.
#include "text/glyphs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "core/utf8.hpp"

namespace deckpress::text::detail {
namespace {
/// Runs per line to reserve room for: a line seldom changes font or style more often.
constexpr std::size_t kTypicalRuns = 4;

/// Why character `cp` was not drawn.
std::string missing_message(char32_t cp) {
    const auto code = static_cast<std::uint32_t>(cp);
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
        // Made by an escape in a double-quoted YAML string: "\b" meant as a regex is a backspace.
        static constexpr std::string_view kEscapes = "0......abtnvfr";
        std::string escape = cp < kEscapes.size() && kEscapes[cp] != '.' ? fmt::format("\\{}", kEscapes[cp])
                             : cp == 0x1B                                  ? "\\e"
                                                                           : fmt::format("\\x{:02X}", code);
        return fmt::format("control character U+{:04X} ({} in a double-quoted string; write \\\\ for a "
                           "backslash) is not text; it was not drawn",
                           code, escape);
    }
    std::string shown;  // the character itself, when printable
    if (cp < 0xD800 || cp > 0xDFFF) {
        shown = " '";
        deckpress::append_utf8(shown, cp);
        shown += "'";
    }
    return fmt::format("character U+{:04X}{} is in none of the fonts; it was not drawn", code, shown);
}

/// Where to report `cp`: its first exact place in the texts being set from the block being set
/// on (source.loc), else that block's place.
SourceLoc place_of(const TextSource& source, char32_t cp) {
    for (const SourceText& text : source.texts)
        if (std::optional<SourceLoc> at = first_place(text, cp, source.loc)) return *at;
    return source.loc;
}

}  // namespace

void report_missing(const Typesetter& ts, const TextSource& source, char32_t cp) {
    if (!source.diags) return;
    // A probe (discarding diagnostics) reports what a final setting would, but records nothing:
    // the final setting reports it.
    bool first = source.diags->discards() ? !ts.fonts->missing_reported(source.subject, cp)
                                          : ts.fonts->first_missing_report(source.subject, cp);
    if (!first) return;
    std::string prefix = source.subject.empty() ? "" : source.subject + ": ";
    source.diags->warning(place_of(source, cp), prefix + missing_message(cp));
}

void decode(const Typesetter& ts, const Look& look, std::string_view text,
            const TextSource* source, std::vector<Glyph>& out) {
    if (!look.family) throw std::invalid_argument("text: a Look without a font family");
    out.clear();
    out.reserve(text.size());  // at most one glyph per byte
    const FontLibrary& lib = *ts.fonts;
    // Nearly every character is in the look's own face: one width lookup there settles it,
    // and only the others go through the fallback chain (Family::resolve tries it first too).
    const FontId primary = look.family->primary(look.face_style);
    const Face* primary_face = primary >= 0 ? &lib.face(primary) : nullptr;
    for (std::size_t i = 0; i < text.size();) {
        Glyph g;
        g.begin = static_cast<int>(i);
        g.cp = next_codepoint(text, i);
        g.end = static_cast<int>(i);
        if (g.cp >= 0xAD && (invisible(g.cp) || (emoji_modifier(g.cp) && !out.empty() && !out.back().silent))) {
            g.silent = true;
            out.push_back(g);
            continue;
        }
        int units = primary_face ? primary_face->width(g.cp) : -1;
        if (units >= 0) {
            g.font = primary;
            g.units = units;
        } else {
            g.font = look.family->resolve(lib, g.cp, look.face_style);
            if (g.font >= 0) g.units = lib.face(g.font).width(g.cp);
            else if (source) report_missing(ts, *source, g.cp);
        }
        out.push_back(g);
    }
}

std::pair<double, double> look_extent(const Typesetter& ts, const Look& look) {
    FontId id = look.family ? look.family->primary(look.face_style) : -1;
    if (id < 0) return {0.8 * look.size, 0.2 * look.size};
    const Face& face = ts.fonts->face(id);
    return {to_points(face.ascender(), look.size), to_points(face.descender(), look.size)};
}

bool LineBuilder::continues(FontId font, const Look& look, const std::string& link) const {
    if (line_.runs.empty()) return false;
    const Run& last = line_.runs.back();
    return last.font == font && last.size == look.size && last.color == look.color &&
           last.strike == look.strike && last.rise == look.rise && last.link == link &&
           std::abs(last.x + last.width - x_) < 1e-9;
}

void LineBuilder::add(FontId font, const Look& look, const std::string& link,
                      std::string_view text, double width) {
    if (text.empty()) return;
    if (continues(font, look, link)) extend(text, width);
    else start_run(font, look, link, text, width);
}

void LineBuilder::extend(std::string_view text, double width) {
    Run& last = line_.runs.back();
    last.text.append(text);
    last.width += width;
    advance(text.size(), width);
}

void LineBuilder::start_run(FontId font, const Look& look, const std::string& link,
                            std::string_view text, double width) {
    Run run;
    run.font = font;
    run.size = look.size;
    run.color = look.color;
    run.x = x_;
    run.width = width;
    if (expected_ > text.size()) run.text.reserve(expected_);
    run.text.assign(text);
    run.link = link;
    run.strike = look.strike;
    run.rise = look.rise;
    const Face& face = lib_.face(font);
    line_.ascent = std::max(line_.ascent, look.rise + to_points(face.ascender(), look.size));
    line_.descent = std::max(line_.descent, to_points(face.descender(), look.size) - look.rise);
    if (line_.runs.empty()) line_.runs.reserve(kTypicalRuns);
    line_.runs.push_back(std::move(run));
    advance(text.size(), width);
}

void LineBuilder::advance(std::size_t bytes, double width) {
    expected_ -= std::min(expected_, bytes);
    x_ += width;
}

Line LineBuilder::finish(std::pair<double, double> extent) {
    if (line_.runs.empty()) {
        line_.ascent = extent.first;
        line_.descent = extent.second;
        line_.width = 0;
    } else {
        const Run& last = line_.runs.back();
        line_.width = last.x + last.width;
    }
    return std::move(line_);
}

}  // namespace deckpress::text::detail
