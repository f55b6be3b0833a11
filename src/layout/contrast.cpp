// layout: contrast of the theme's text colours against the colours they are drawn on (WCAG 2).
#include "layout/contrast.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "bank/yaml_tree.hpp"

namespace deckpress::layout {
namespace {

/// WCAG 2 asks 4.5:1 of body text and 3:1 of large text; below 3:1 text is hard to read in print.
constexpr double kMinContrast = 3;

struct TextOn {
    const char* text;
    Color Theme::*text_color;
    const char* ground;
    Color Theme::*ground_color;
    const char* only_in = nullptr;  ///< the one kind of layout that draws on this ground
};

/// Every text colour with the colour it is drawn on.
constexpr TextOn kPairs[] = {
    {"text", &Theme::text, "background", &Theme::background},
    {"muted", &Theme::muted, "background", &Theme::background},
    {"accent", &Theme::accent, "background", &Theme::background},
    {"link", &Theme::link, "background", &Theme::background},
    {"text", &Theme::text, "panel_background", &Theme::panel_background, "cheatsheet"},
    {"band_text", &Theme::band_text, "band_background", &Theme::band_background},
    {"code_text", &Theme::code_text, "code_background", &Theme::code_background},
    {"code_label", &Theme::code_label, "code_background", &Theme::code_background},
    {"keyword", &Theme::keyword, "code_background", &Theme::code_background},
    {"string", &Theme::string, "code_background", &Theme::code_background},
    {"comment", &Theme::comment, "code_background", &Theme::code_background},
    {"number", &Theme::number, "code_background", &Theme::code_background},
    {"builtin", &Theme::builtin, "code_background", &Theme::code_background},
};

double luminance(const Color& c) {
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

std::string hex(const Color& c) {
    auto byte = [](double v) { return static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255)); };
    return fmt::format("#{:02x}{:02x}{:02x}", byte(c.r), byte(c.g), byte(c.b));
}

}  // namespace

double contrast_ratio(const Color& a, const Color& b) {
    double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

void check_theme_contrast(const yaml::Node& node, const Theme& theme, const std::string& kind, Diagnostics& diags) {
    for (const TextOn& p : kPairs) {
        if (p.only_in && kind != p.only_in) continue;
        const yaml::Node* set_text = node.find(p.text);
        const yaml::Node* set_ground = node.find(p.ground);
        if (!set_text && !set_ground) continue;  // both defaults: chosen to go together
        double ratio = contrast_ratio(theme.*p.text_color, theme.*p.ground_color);
        if (ratio >= kMinContrast) continue;
        const char* unset = !set_text ? p.text : !set_ground ? p.ground : nullptr;
        diags.warning(set_text ? set_text->loc : set_ground->loc,
                      fmt::format("'{}' ({}) on '{}' ({}) has a contrast of {:.1f}:1, hard to read (at least 3:1){}",
                                  p.text, hex(theme.*p.text_color), p.ground, hex(theme.*p.ground_color), ratio,
                                  unset ? fmt::format("; '{}' is the default, set it too", unset) : ""));
    }
}

}  // namespace deckpress::layout
