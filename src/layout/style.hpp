// layout: layout files (`layouts/*.yaml`): page, columns, fonts, sizes and colours.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/color.hpp"
#include "core/diagnostics.hpp"
#include "core/geometry.hpp"

namespace deckpress::yaml {
struct Node;
}

namespace deckpress::layout {

struct PageStyle {
    Size size{595.28, 841.89};  ///< A4 portrait by default
    Insets margins{54, 54, 54, 54};
    int columns = 1;
    double column_gap = 14;
};

/// Every colour a painter uses. Code token colours are paired with weight/style so that
/// highlighting survives grayscale printing.
struct Theme {
    Color background{1, 1, 1};
    Color text{0.1, 0.1, 0.1};
    Color muted{0.42, 0.42, 0.42};
    Color accent{0.12, 0.31, 0.47};
    Color link{0.1, 0.33, 0.65};
    Color rule{0.78, 0.78, 0.78};
    Color quote_bar{0.75, 0.75, 0.75};
    Color code_background{0.95, 0.95, 0.95};
    Color code_text{0.1, 0.1, 0.1};
    Color code_label{0.45, 0.45, 0.45};
    Color band_background{0.12, 0.31, 0.47};
    Color band_text{1, 1, 1};
    Color panel_background{0.93, 0.95, 0.98};
    Color keyword{0.05, 0.2, 0.55};
    Color string{0.1, 0.42, 0.1};
    Color comment{0.42, 0.42, 0.42};
    Color number{0.55, 0.2, 0.05};
    Color builtin{0.35, 0.1, 0.5};
};

/// Font files (resolved to absolute paths) for the body and code families, and the
/// per-character fallback chain tried when the styled face lacks a character.
struct FontFiles {
    std::string body[4];  ///< regular, bold, italic, bold-italic
    std::string mono[4];
    std::vector<std::string> fallback;
};

/// Text sizes; everything but `size` is relative to it, so a fit search scales one number.
struct TextStyle {
    double size = 11;          ///< base size in points
    double min_size = 0;       ///< smallest size a fit search may use (0: no search)
    double leading = 1.35;     ///< line height as a multiple of the size
    bool justify = true;
    bool hyphenate = true;
    /// The language of the text as a BCP 47 tag, for its hyphenation patterns ("": English).
    /// Set from the bank (outputs::layouts_for_bank), not read from the layout file.
    std::string language;
    double code_scale = 0.85;  ///< code size / base size
    double small_scale = 0.8;  ///< labels, headers, footers
    double paragraph_gap = 0.6;  ///< space between blocks, in ems
    double list_indent = 1.4;    ///< in ems
    double code_padding = 0.5;   ///< in ems
    double table_scale = 0.9;    ///< table text size / base size (tables are dense)
    double table_padding = 0.4;  ///< space left and right of a cell's text, in ems (half above and below)
    double table_rule = 0.5;     ///< width of the rules between table rows, in points
    double footnote_scale = 0.8;  ///< size of the notes after a text / base size
    double heading_scale[3] = {1.35, 1.2, 1.08};
};

/// A parsed layout file. Output-specific settings live in the section named after the
/// output (`reader:`, `cards:`, `exam:`, `cheatsheet:`), read by that output.
struct LayoutFile {
    std::string path;
    std::string name;  ///< file stem, e.g. "reader-tablet"
    std::string kind;  ///< reader | cards | exam | cheatsheet
    PageStyle page;
    Theme theme;
    FontFiles fonts;
    TextStyle text;
    std::shared_ptr<const yaml::Node> tree;  ///< the whole file, for the output's section
    const yaml::Node* section = nullptr;      ///< the output's own section, or nullptr
};

/// Loads and validates a layout file; every problem (unknown keys, bad lengths, sizes,
/// colours, missing fonts) goes to `diags` at file:line:col.
LayoutFile load_layout(const std::string& path, Diagnostics& diags);

/// The folder that holds `layouts/` and `fonts/`: $DECKPRESS_HOME, else the current
/// directory when it has them, else the source tree deckpress was built from.
std::string data_dir();

/// Resolves a layout name ("cards-a4") or path to a file path.
std::string find_layout(const std::string& name_or_path);

/// Every layout of a kind in `layouts/`, sorted by name.
std::vector<std::string> layouts_of_kind(const std::string& kind);

/// Parses a length: a number (points) or a number with pt, mm, cm or in.
bool parse_length(const std::string& text, double& points);

}  // namespace deckpress::layout

namespace deckpress::layout {

/// A length value (see parse_length) that must be within [min, max]; reports at the node.
std::optional<double> as_length(const yaml::Node& node, Diagnostics& diags, const std::string& what,
                                double min = 0, double max = 1e5);
/// A "#rrggbb" colour; reports at the node.
std::optional<Color> as_color(const yaml::Node& node, Diagnostics& diags, const std::string& what);

}  // namespace deckpress::layout
