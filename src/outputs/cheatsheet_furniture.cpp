// outputs: the cheat sheet's running header and footer.
#include <fmt/format.h>

#include "layout/flow.hpp"
#include "outputs/cheatsheet_parts.hpp"
#include "outputs/furniture.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// Header and footer text at the fixed furniture size (independent of the fitted base size).
text::Look furniture_look(const BlockSetter& s, double size, Color color, int face) {
    return body_look(s, size / s.size(), color, face);
}

}  // namespace

double cheatsheet_band_height(const CheatsheetOptions& options) {
    // One line of furniture text, the rule and a gap of about one line before the body.
    return options.furniture_size * 2.4;
}

void decorate_cheatsheet(std::vector<Frame>& pages, const CheatContent& content, const SetterEnv& env,
                         Diagnostics& diags) {
    const Theme& theme = *env.theme;
    const CheatsheetOptions& o = content.options;
    const bank::Bank& bank = *content.prepared->bank;
    BlockSetter s(env, text::TextSource{nullptr, {}, "page furniture"});  // our own words
    BlockSetter title_s(env, text::TextSource{&diags, bank.locs.title, "page header"});
    BlockSetter subtitle_s(env, text::TextSource{&diags, bank.locs.subtitle, "page footer"});
    Rect box = content_box(content.layout->page);
    double fs = o.furniture_size;
    text::Look title = furniture_look(s, fs, theme.accent, text::BoldFace);
    text::Look muted = furniture_look(s, fs, theme.muted, text::Regular);
    std::size_t count = content.entries.size();
    std::string questions = bank.labels.count(bank::Label::Questions, static_cast<long long>(count));
    int total = static_cast<int>(pages.size());
    for (int i = 0; i < total; ++i) {
        Frame& page = pages[static_cast<std::size_t>(i)];
        paint_background(page, theme.background);
        double top = box.y + fs;  // header baseline: one furniture line below the margin
        labels_at_ends(page, {title_s, bank.title, title}, {s, questions, muted}, box.x, box.right(), top, fs);
        double rule_y = top + fs * 0.5;
        page.push(LineItem{{box.x, rule_y}, {box.right(), rule_y}, 0.5, theme.rule});
        double bottom = box.bottom() - fs * 0.3;  // footer baseline, descenders inside the box
        double footer_rule = bottom - fs * 1.3;
        page.push(LineItem{{box.x, footer_rule}, {box.right(), footer_rule}, 0.5, theme.rule});
        const std::string number = bank::fill(bank.labels[bank::Label::CheatsheetPage],
                                              {{"n", std::to_string(i + 1)}, {"total", std::to_string(total)}});
        labels_at_ends(page, {subtitle_s, bank.subtitle, muted}, {s, number, muted}, box.x, box.right(), bottom, fs);
    }
}

}  // namespace deckpress::outputs
