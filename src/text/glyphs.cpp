// text: UTF-8 decoding, per-character font resolution, missing-glyph reports, line building.
#include "text/glyphs.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace deckpress::text::detail {
namespace {

constexpr char32_t kReplacement = 0xFFFD;

bool continuation(unsigned char c) { return (c & 0xC0) == 0x80; }

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& i) {
    const auto lead = static_cast<unsigned char>(text[i]);
    int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                 : (lead >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) {
        ++i;
        return kReplacement;
    }
    char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        const auto c = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
        if (!continuation(c)) {
            ++i;
            return kReplacement;
        }
        cp = (cp << 6) | (c & 0x3F);
    }
    i += static_cast<std::size_t>(length);
    return cp;
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

void report_missing(const Typesetter& ts, const TextSource& source, char32_t cp) {
    if (!source.diags) return;
    if (!ts.fonts->first_missing_report(source.subject, cp)) return;
    std::string shown;  // the character itself, when printable
    if (cp >= 0x20 && cp != 0x7F && (cp < 0xD800 || cp > 0xDFFF)) {
        shown = " '";
        append_utf8(shown, cp);
        shown += "'";
    }
    std::string prefix = source.subject.empty() ? "" : source.subject + ": ";
    source.diags->warning(source.loc, fmt::format("{}character U+{:04X}{} is in none of the fonts; "
                                                  "it was not drawn",
                                                  prefix, static_cast<std::uint32_t>(cp), shown));
}

void decode(const Typesetter& ts, const Look& look, std::string_view text,
            const TextSource* source, std::vector<Glyph>& out) {
    if (!look.family) throw std::invalid_argument("text: a Look without a font family");
    out.clear();
    const FontLibrary& lib = *ts.fonts;
    for (std::size_t i = 0; i < text.size();) {
        Glyph g;
        g.begin = static_cast<int>(i);
        g.cp = next_code_point(text, i);
        g.end = static_cast<int>(i);
        if (invisible(g.cp)) {
            out.push_back(g);
            continue;
        }
        g.font = look.family->resolve(lib, g.cp, look.face_style);
        if (g.font >= 0) g.units = lib.face(g.font).width(g.cp);
        else if (source) report_missing(ts, *source, g.cp);
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
           last.underline == look.underline && last.link == link &&
           std::abs(last.x + last.width - x_) < 1e-9;
}

void LineBuilder::add(FontId font, const Look& look, const std::string& link,
                      std::string_view text, double width) {
    if (text.empty()) return;
    if (continues(font, look, link)) {
        Run& last = line_.runs.back();
        last.text.append(text);
        last.width += width;
    } else {
        Run run;
        run.font = font;
        run.size = look.size;
        run.color = look.color;
        run.x = x_;
        run.width = width;
        run.text.assign(text);
        run.link = link;
        run.underline = look.underline;
        const Face& face = lib_.face(font);
        line_.ascent = std::max(line_.ascent, to_points(face.ascender(), look.size));
        line_.descent = std::max(line_.descent, to_points(face.descender(), look.size));
        line_.runs.push_back(std::move(run));
    }
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
