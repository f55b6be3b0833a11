// layout: reading layout files strictly (every unknown key and bad value is reported).
#include "layout/style.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string_view>

#include "bank/yaml_tree.hpp"
#include "core/point_size.hpp"
#include "layout/contrast.hpp"
#include "core/ascii.hpp"

namespace fs = std::filesystem;

namespace deckpress::layout {

namespace {

using yaml::Node;

const std::map<std::string, Size>& named_sizes() {
    static const std::map<std::string, Size> sizes = {
        {"a3", {841.89, 1190.55}}, {"a4", {595.28, 841.89}}, {"a5", {419.53, 595.28}},
        {"a6", {297.64, 419.53}},  {"letter", {612, 792}},   {"legal", {612, 1008}},
        {"index-3x5", {360, 216}}, {"index-4x6", {432, 288}}};
    return sizes;
}

std::string lower(std::string_view s) { return ascii_lower(s); }

void read_size(const Node& node, PageStyle& page, Diagnostics& diags) {
    if (node.is_scalar()) {
        auto it = named_sizes().find(lower(node.scalar));
        if (it != named_sizes().end()) {
            page.size = it->second;
            return;
        }
        std::vector<std::string> names;
        for (const auto& [name, size] : named_sizes()) names.push_back(name);
        // A did-you-mean for a misspelt name ("leter"), not for a short one: 'b5' is no typo of 'a5'.
        std::string hint = node.scalar.size() > 3 ? yaml::closest_match(lower(node.scalar), names) : "";
        if (!hint.empty())
            diags.error(node.loc, fmt::format("unknown page size '{}' (did you mean '{}'?)", node.scalar, hint));
        else
            diags.error(node.loc, fmt::format("unknown page size '{}' (known: {}; or [width, height])",
                                              node.scalar, fmt::join(names, ", ")));
        return;
    }
    if (!node.is_sequence() || node.items.size() != 2) {
        diags.error(node.loc, "page size must be a name or [width, height]");
        return;
    }
    auto w = as_length(node.items[0], diags, "page width", 36, 14400);
    auto h = as_length(node.items[1], diags, "page height", 36, 14400);
    if (w && h) page.size = {*w, *h};
}

void read_margins(const Node& node, Insets& m, Diagnostics& diags) {
    if (node.is_scalar()) {
        if (auto v = as_length(node, diags, "margins", 0, 1000)) m = {*v, *v, *v, *v};
        return;
    }
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'margins'")) return;
    yaml::check_keys(node, {"top", "right", "bottom", "left"}, diags, "margins");
    double* sides[] = {&m.top, &m.right, &m.bottom, &m.left};
    const char* names[] = {"top", "right", "bottom", "left"};
    for (int i = 0; i < 4; ++i)
        if (const Node* v = node.find(names[i]))
            if (auto len = as_length(*v, diags, fmt::format("margin '{}'", names[i]), 0, 1000))
                *sides[i] = *len;
}

void read_page(const Node& node, LayoutFile& file, Diagnostics& diags) {
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'page'")) return;
    yaml::check_keys(node, {"size", "orientation", "margins", "columns", "column_gap"}, diags, "page");
    PageStyle& page = file.page;
    if (const Node* v = node.find("size")) read_size(*v, page, diags);
    if (const Node* v = node.find("orientation"); v && yaml::expect_kind(*v, yaml::NodeKind::Scalar, diags, "'orientation'")) {
        std::string o = ascii_lower(v->scalar);  // "Landscape" too, as page sizes take any case
        if (o == "landscape") {
            if (page.size.width < page.size.height) std::swap(page.size.width, page.size.height);
        } else if (o != "portrait") {
            diags.error(v->loc, fmt::format("orientation must be portrait or landscape, not '{}'", v->scalar));
        }
    }
    if (const Node* v = node.find("margins")) read_margins(*v, page.margins, diags);
    if (const Node* v = node.find("columns"))
        if (auto n = yaml::as_int(*v, diags, "'columns'", 1, 12)) page.columns = static_cast<int>(*n);
    if (const Node* v = node.find("column_gap"))
        if (auto g = as_length(*v, diags, "'column_gap'", 0, 500)) page.column_gap = *g;
    double content_w = page.size.width - page.margins.left - page.margins.right;
    double content_h = page.size.height - page.margins.top - page.margins.bottom;
    if (content_w <= 0 || content_h <= 0) {
        const bool across = content_w <= 0;
        diags.error(node.loc, fmt::format("margins are wider than the page: {} = {:.0f} pt on a page {:.0f} pt {}",
                                          across ? "left + right" : "top + bottom",
                                          across ? page.margins.left + page.margins.right : page.margins.top + page.margins.bottom,
                                          across ? page.size.width : page.size.height, across ? "wide" : "high"));
        return;
    }
    if (content_w < 36 || content_h < 36) {
        diags.error(node.loc, fmt::format("margins leave no room on the page ({:.0f} x {:.0f} pt; the text needs "
                                          "at least 36 x 36 pt)", content_w, content_h));
        return;
    }
    // Like the content area, a column must be at least 36pt (half an inch) wide.
    double column_w = (content_w - (page.columns - 1) * page.column_gap) / page.columns;
    if (column_w < 36) {
        const Node* at = node.find("columns") ? node.find("columns") : &node;
        const Node* gap = node.find("column_gap");  // named as written ("4mm"), not as 11.3386pt
        std::string written = gap && gap->is_scalar() ? gap->scalar : fmt::format("{:g}", page.column_gap);
        if (!written.empty() && (std::isdigit(static_cast<unsigned char>(written.back())) || written.back() == '.')) written += "pt";
        diags.error(at->loc, fmt::format("{} columns with a {} gap leave no room for text "
                                         "({:.0f}pt per column, at least 36pt)",
                                         page.columns, written, column_w));
    }
}

struct ColorField {
    const char* key;
    Color Theme::*member;
};

const std::vector<ColorField>& color_fields() {
    static const std::vector<ColorField> fields = {
        {"background", &Theme::background}, {"text", &Theme::text},
        {"muted", &Theme::muted},           {"accent", &Theme::accent},
        {"link", &Theme::link},             {"rule", &Theme::rule},
        {"quote_bar", &Theme::quote_bar},   {"code_background", &Theme::code_background},
        {"code_text", &Theme::code_text},   {"code_label", &Theme::code_label},
        {"band_background", &Theme::band_background}, {"band_text", &Theme::band_text},
        {"panel_background", &Theme::panel_background}, {"keyword", &Theme::keyword},
        {"string", &Theme::string},         {"comment", &Theme::comment},
        {"number", &Theme::number},         {"builtin", &Theme::builtin}};
    return fields;
}

void read_theme(const Node& node, Theme& theme, const std::string& kind, Diagnostics& diags) {
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'theme'")) return;
    std::vector<std::string> keys;
    for (const ColorField& f : color_fields()) keys.push_back(f.key);
    yaml::check_keys(node, keys, diags, "theme");
    for (const ColorField& f : color_fields())
        if (const Node* v = node.find(f.key))
            if (auto c = as_color(*v, diags, fmt::format("'{}'", f.key))) theme.*f.member = *c;
    check_theme_contrast(node, theme, kind, diags);
}

std::uint32_t be32(const std::string& d, std::size_t i) {
    std::uint32_t v = 0;
    for (std::size_t k = 0; k < 4; ++k) v = (v << 8) | static_cast<unsigned char>(d[i + k]);
    return v;
}

/// What is wrong with the table directory of a single TrueType font (`head` holds its first
/// 12 bytes, `in` is positioned after them), or "": every table inside the file, and the
/// tables text needs present. HarfBuzz opens a cut file with an empty character map, which
/// silently set every character in the fallback fonts.
std::string table_problem(const std::string& head, std::ifstream& in, std::uintmax_t size) {
    std::size_t count = (static_cast<unsigned char>(head[4]) << 8) | static_cast<unsigned char>(head[5]);
    std::string dir(16 * count, '\0');
    if (!in.read(dir.data(), static_cast<std::streamsize>(dir.size())))
        return "is damaged (its table directory runs past the end of the file)";
    std::set<std::string> tags;
    for (std::size_t i = 0; i < dir.size(); i += 16) {
        std::string tag = dir.substr(i, 4);
        if (std::uintmax_t{be32(dir, i + 8)} + be32(dir, i + 12) > size)
            return fmt::format("is damaged (table '{}' runs past the end of the file)", tag);
        tags.insert(tag);
    }
    for (const char* needed : {"cmap", "glyf", "loca"})
        if (!tags.contains(needed))
            return fmt::format("has no '{}' table (a TrueType font needs cmap, glyf and loca)", needed);
    return "";
}

/// Why the font file at `path` cannot be embedded, or "" when it can: PDFs embed its glyphs as
/// TrueType outlines (CIDFontType2), so a CFF-outline OpenType font would make a broken PDF.
std::string unusable_font(const fs::path& path) {
    std::string head(12, '\0');
    std::ifstream in(path, std::ios::binary);
    in.read(head.data(), 12);
    std::string_view sfnt(head.data(), std::min<std::size_t>(4, static_cast<std::size_t>(in.gcount())));
    if (sfnt == "ttcf") return "";
    if (sfnt == "OTTO") return "has CFF (PostScript) outlines; use a TrueType-outline font (.ttf)";
    if (sfnt != std::string_view("\0\1\0\0", 4) && sfnt != "true") return "is not a TrueType font";
    std::error_code ec;
    std::uintmax_t size = fs::file_size(path, ec);
    if (in.gcount() < 12 || ec) return "is damaged (its table directory runs past the end of the file)";
    return table_problem(head, in, size);
}

std::string resolve_font(const Node& node, const std::string& layout_dir, Diagnostics& diags) {
    if (!node.is_scalar()) {
        diags.error(node.loc, "a font must be a file name");
        return {};
    }
    for (const fs::path& dir : {fs::path(layout_dir), fs::path(data_dir()) / "fonts"}) {
        fs::path p = dir / node.scalar;
        std::error_code ec;
        if (!fs::is_regular_file(p, ec)) {
            if (!ec || ec == std::errc::no_such_file_or_directory) continue;
            diags.error(node.loc, fmt::format("font file '{}' cannot be read: {}", node.scalar, ec.message()));
            return {};
        }
        if (std::string why = unusable_font(p); !why.empty()) {
            diags.error(node.loc, fmt::format("font file '{}' {}", node.scalar, why));
            return {};
        }
        return fs::absolute(p).lexically_normal().string();
    }
    diags.error(node.loc, fmt::format("font file '{}' not found (looked in fonts/ and next to the layout)",
                                      node.scalar));
    return {};
}

void read_family(const Node& node, std::string (&faces)[4], const std::string& dir,
                 Diagnostics& diags, const std::string& what) {
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'" + what + "'")) return;
    static const std::vector<std::string> keys = {"regular", "bold", "italic", "bold_italic"};
    yaml::check_keys(node, keys, diags, what);
    for (std::size_t i = 0; i < keys.size(); ++i)
        if (const Node* v = node.find(keys[i])) faces[i] = resolve_font(*v, dir, diags);
    if (faces[0].empty() && !node.find("regular"))
        diags.error(node.loc, fmt::format("font family '{}' needs a 'regular' face", what));
}

void read_fonts(const Node& node, LayoutFile& file, const std::string& dir, Diagnostics& diags) {
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'fonts'")) return;
    yaml::check_keys(node, {"body", "mono", "fallback"}, diags, "fonts");
    if (const Node* v = node.find("body")) read_family(*v, file.fonts.body, dir, diags, "body");
    if (const Node* v = node.find("mono")) read_family(*v, file.fonts.mono, dir, diags, "mono");
    if (const Node* v = node.find("fallback")) {
        if (!yaml::expect_kind(*v, yaml::NodeKind::Sequence, diags, "'fallback'")) return;
        file.fonts.fallback.clear();
        for (const Node& item : v->items) file.fonts.fallback.push_back(resolve_font(item, dir, diags));
    }
}

void read_number(const Node& parent, const char* key, double& out, double min, double max,
                 Diagnostics& diags) {
    if (const Node* v = parent.find(key))
        if (auto d = yaml::as_double(*v, diags, fmt::format("'{}'", key), min, max)) out = *d;
}

/// A font size: points, as a number or a length ("14", "14pt", "5mm"), from 3 to 96 pt.
void read_font_size(const Node& parent, const char* key, double& out, Diagnostics& diags) {
    if (const Node* v = parent.find(key))
        if (auto pt = as_length(*v, diags, fmt::format("'{}'", key), 3, 96)) out = *pt;
}

void read_text(const Node& node, TextStyle& text, Diagnostics& diags) {
    if (!yaml::expect_kind(node, yaml::NodeKind::Map, diags, "'text'")) return;
    yaml::check_keys(node, {"size", "min_size", "leading", "justify", "hyphenate", "code_scale",
                            "small_scale", "paragraph_gap", "list_indent", "code_padding",
                            "table_scale", "table_padding", "table_rule", "footnote_scale", "heading_scale"},
                     diags, "text");
    read_font_size(node, "size", text.size, diags);  // "14pt" was "expected a number", though lengths take units
    read_font_size(node, "min_size", text.min_size, diags);
    read_number(node, "leading", text.leading, 0.8, 3, diags);
    read_number(node, "code_scale", text.code_scale, 0.4, 2, diags);
    read_number(node, "small_scale", text.small_scale, 0.4, 2, diags);
    read_number(node, "paragraph_gap", text.paragraph_gap, 0, 5, diags);
    read_number(node, "list_indent", text.list_indent, 0.5, 6, diags);
    read_number(node, "code_padding", text.code_padding, 0, 3, diags);
    read_number(node, "table_scale", text.table_scale, 0.4, 2, diags);
    read_number(node, "table_padding", text.table_padding, 0, 3, diags);
    read_number(node, "footnote_scale", text.footnote_scale, 0.4, 2, diags);
    if (const Node* v = node.find("table_rule"))
        if (auto w = as_length(*v, diags, "'table_rule'", 0, 10)) text.table_rule = *w;
    if (const Node* v = node.find("justify"))
        if (auto b = yaml::as_bool(*v, diags, "'justify'")) text.justify = *b;
    if (const Node* v = node.find("hyphenate"))
        if (auto b = yaml::as_bool(*v, diags, "'hyphenate'")) text.hyphenate = *b;
    if (const Node* v = node.find("heading_scale")) {
        if (!v->is_sequence() || v->items.size() != 3) {
            diags.error(v->loc, "'heading_scale' must be a list of 3 numbers");
        } else {
            for (int i = 0; i < 3; ++i)
                if (auto d = yaml::as_double(v->items[static_cast<std::size_t>(i)], diags, "'heading_scale'", 0.5, 4))
                    text.heading_scale[i] = *d;
        }
    }
    if (text.min_size > text.size)
        diags.error(node.loc, fmt::format("'min_size' ({}) is larger than 'size' ({})", text.min_size, text.size));
}

void default_fonts(FontFiles& fonts) {
    std::string dir = (fs::path(data_dir()) / "fonts").string();
    const char* body[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf",
                          "NotoSans-BoldItalic.ttf"};
    const char* mono[] = {"DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf",
                          "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-Bold.ttf"};
    for (int i = 0; i < 4; ++i) {
        fonts.body[i] = dir + "/" + body[i];
        fonts.mono[i] = dir + "/" + mono[i];
    }
    // DejaVu for arrows and symbols; Droid Sans Fallback for Chinese, Japanese and Korean;
    // Symbola for emoji and the symbols DejaVu lacks. Each is opened when a character needs it.
    fonts.fallback = {dir + "/DejaVuSans.ttf", dir + "/DejaVuSansMono.ttf", dir + "/DroidSansFallback.ttf",
                      dir + "/Symbola_hint.ttf"};
}

const std::vector<std::string>& kinds() {
    static const std::vector<std::string> k = {"reader", "cards", "exam", "cheatsheet"};
    return k;
}

}  // namespace

bool parse_length(const std::string& text, double& points) {
    const char* begin = text.c_str();
    char* end = nullptr;
    double value = std::strtod(begin, &end);
    if (end == begin || !std::isfinite(value)) return false;
    std::string unit = lower(std::string(end));
    unit.erase(0, unit.find_first_not_of(' '));
    static const std::map<std::string, double> units = {
        {"", 1}, {"pt", 1}, {"mm", kPointsPerMm}, {"cm", 10 * kPointsPerMm}, {"in", kPointsPerInch}};
    auto it = units.find(unit);
    if (it == units.end()) return false;
    points = value * it->second;
    return true;
}

namespace {

/// A length as the layout wrote it, with its points when its unit is another one: "144pt" for
/// "144", "-3mm (-8.5pt)" for "-3mm".
std::string length_as_written(const std::string& text, double points) {
    std::string points_text = point_size(points) + "pt";
    char* end = nullptr;
    std::strtod(text.c_str(), &end);
    std::string unit = lower(std::string(end));
    unit.erase(0, unit.find_first_not_of(' '));
    if (unit.empty() || unit == "pt") return points_text;
    return fmt::format("{} ({})", text, points_text);
}

}  // namespace

std::optional<double> as_length(const yaml::Node& node, Diagnostics& diags, const std::string& what,
                                double min, double max) {
    double pt = 0;
    if (!node.is_scalar() || !parse_length(node.scalar, pt)) {
        diags.error(node.loc, fmt::format("{} must be a length such as 12pt, 5mm or 1in, {}", what,
                                          node.is_scalar() ? "not '" + node.scalar + "'"
                                                           : std::string("found ") + yaml::describe(node.kind)));
        return std::nullopt;
    }
    if (pt < min || pt > max) {
        diags.error(node.loc, fmt::format("{} must be between {:g}pt and {:g}pt, not {}", what, min, max,
                                          length_as_written(node.scalar, pt)));
        return std::nullopt;
    }
    return pt;
}

std::optional<Color> as_color(const yaml::Node& node, Diagnostics& diags, const std::string& what) {
    auto c = node.is_scalar() ? parse_color(node.scalar) : std::nullopt;
    if (node.is_null())  // mostly `text: #1a2b3c`: an unquoted '#' starts a YAML comment
        diags.error(node.loc, fmt::format("{} has no colour: write it in quotes, \"#1a2b3c\" (unquoted, YAML reads "
                                          "'#' as the start of a comment)",
                                          what));
    else if (!node.is_scalar())
        diags.error(node.loc, fmt::format("{} must be a colour like \"#1a2b3c\", found {}", what, yaml::describe(node.kind)));
    else if (!c)
        diags.error(node.loc, fmt::format("{} must be a colour like \"#1a2b3c\", not '{}'", what, node.scalar));
    return c;
}

LayoutFile load_layout(const std::string& path, Diagnostics& diags) {
    LayoutFile file;
    file.path = path;
    file.name = fs::path(path).stem().string();
    default_fonts(file.fonts);
    std::shared_ptr<Node> tree = yaml::parse_file(path, diags);
    if (!tree) return file;
    file.tree = tree;
    if (!yaml::expect_kind(*tree, yaml::NodeKind::Map, diags, "a layout file")) return file;
    std::vector<std::string> keys = {"kind", "page", "theme", "fonts", "text"};
    keys.insert(keys.end(), kinds().begin(), kinds().end());
    yaml::check_keys(*tree, keys, diags, "layout file");
    yaml::require_keys(*tree, {"kind"}, diags, file.name);
    if (const Node* v = tree->find("kind"); v && yaml::expect_kind(*v, yaml::NodeKind::Scalar, diags, "'kind'")) {
        if (std::find(kinds().begin(), kinds().end(), v->scalar) != kinds().end()) {
            file.kind = v->scalar;
            file.section = tree->find(file.kind);
        } else if (std::string hint = yaml::closest_match(v->scalar, kinds()); !hint.empty()) {
            diags.error(v->loc, fmt::format("unknown layout kind '{}' (did you mean '{}'?)", v->scalar, hint));
        } else {
            diags.error(v->loc, fmt::format("unknown layout kind '{}' (expected one of: {})", v->scalar,
                                            fmt::join(kinds(), ", ")));
        }
    }
    for (const std::string& k : kinds())  // with no known kind, the error above is the one to fix
        if (k != file.kind && !file.kind.empty())
            if (const Node* key = tree->find_key(k))
                diags.error(key->loc, fmt::format("section '{}' does not apply to a {} layout", k, file.kind));
    std::string dir = fs::path(path).parent_path().string();
    if (const Node* v = tree->find("page")) read_page(*v, file, diags);
    if (const Node* v = tree->find("theme")) read_theme(*v, file.theme, file.kind, diags);
    if (const Node* v = tree->find("fonts")) read_fonts(*v, file, dir, diags);
    if (const Node* v = tree->find("text")) read_text(*v, file.text, diags);
    return file;
}

std::string data_dir() {
    if (const char* home = std::getenv("DECKPRESS_HOME")) return home;
    if (fs::is_directory("layouts") && fs::is_directory("fonts")) return fs::current_path().string();
    return DECKPRESS_SOURCE_DIR;
}

std::string find_layout(const std::string& name_or_path) {
    if (name_or_path.ends_with(".yaml") || name_or_path.find('/') != std::string::npos)
        return name_or_path;
    return (fs::path(data_dir()) / "layouts" / (name_or_path + ".yaml")).string();
}

std::vector<std::string> layouts_of_kind(const std::string& kind) {
    std::vector<std::string> found;
    fs::path dir = fs::path(data_dir()) / "layouts";
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        std::string stem = entry.path().stem().string();
        if (entry.path().extension() == ".yaml" && stem.starts_with(kind + "-"))
            found.push_back(entry.path().string());
    }
    std::sort(found.begin(), found.end());
    return found;
}

}  // namespace deckpress::layout
