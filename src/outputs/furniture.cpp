// outputs: drawing labels, bands, panels and backgrounds.
#include "outputs/furniture.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "bank/yaml_tree.hpp"
#include "layout/flow.hpp"

namespace deckpress::outputs {

double label(layout::Frame& frame, const layout::BlockSetter& setter, const std::string& text,
             const text::Look& look, double x, double baseline, HAlign align, const std::string& link) {
    text::Line line = text::set_line(setter.env().ts, text, look, setter.source());
    double left = align == HAlign::Left ? x : align == HAlign::Center ? x - line.width / 2 : x - line.width;
    for (const text::Run& run : line.runs)
        frame.push(layout::TextItem{{left + run.x, baseline - run.rise}, run.font, run.size, run.color, run.text});
    if (!link.empty())
        frame.push(layout::LinkItem{{left, baseline - look.size, line.width, look.size * 1.3}, link});
    return line.width;
}

std::string elide(const layout::BlockSetter& setter, const std::string& text, const text::Look& look,
                  double width) {
    const auto fits = [&](const std::string& s) { return text::measure(setter.env().ts, s, look) <= width; };
    if (fits(text)) return text;
    std::vector<std::size_t> ends{0};  // byte lengths of the prefixes of whole characters
    for (std::size_t i = 1; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ends.push_back(i);
    auto shortened = [&](std::size_t chars) {
        std::string cut = text.substr(0, ends[chars]);
        while (!cut.empty() && cut.back() == ' ') cut.pop_back();
        return cut + "\u2026";
    };
    if (!fits(shortened(0))) return {};
    std::size_t lo = 0, hi = ends.size() - 1;  // shortened(lo) fits; the longest that fits, by bisection
    while (lo < hi) {
        std::size_t mid = (lo + hi + 1) / 2;
        if (fits(shortened(mid))) lo = mid;
        else hi = mid - 1;
    }
    return shortened(lo);
}

void labels_at_ends(layout::Frame& frame, const EndLabel& left, const EndLabel& right, double x0, double x1,
                    double baseline, double gap) {
    double right_w = text::measure(right.setter.env().ts, right.text, right.look);
    std::string shown = elide(left.setter, left.text, left.look, x1 - x0 - right_w - gap);
    if (!shown.empty()) label(frame, left.setter, shown, left.look, x0, baseline, HAlign::Left);
    label(frame, right.setter, right.text, right.look, x1, baseline, HAlign::Right);
}

bool page_has_room(const layout::LayoutFile& layout, double top, double bottom, double line_height,
                   Diagnostics& diags) {
    double room = layout::column_height(layout.page, top, bottom);
    if (room >= 3 * line_height) return true;
    const yaml::Node* text = layout.tree ? layout.tree->find("text") : nullptr;
    const yaml::Node* at = text && text->find("size") ? text->find("size") : layout.tree ? layout.tree->find_key("page") : nullptr;
    diags.error(at ? at->loc : SourceLoc{layout.path, 1, 1},
                fmt::format("the page has no room for text at this size: its header and footer take {:.0f} of the "
                            "{:.0f}pt between the margins, leaving {:.0f}pt for lines of {:.0f}pt (at least 3); "
                            "use a smaller text size, smaller margins or a bigger page",
                            top + bottom, top + bottom + room, std::max(0.0, room), line_height));
    return false;
}

text::Look body_look(const layout::BlockSetter& setter, double scale, Color color, int face) {
    text::Look look;
    look.family = &setter.env().families->body;
    look.face_style = face;
    look.size = setter.size() * scale;
    look.color = color;
    return look;
}

void paint_background(layout::Frame& page, const Color& background) {
    if (background == Color{1, 1, 1}) return;
    page.items.insert(page.items.begin(),
                      layout::FillItem{{0, 0, page.size.width, page.size.height}, background});
}

layout::Slice band(const layout::BlockSetter& setter, const std::string& title, double width,
                   const std::string& anchor, double scale) {
    const layout::Theme& theme = *setter.env().theme;
    text::Look look = body_look(setter, scale, theme.band_text, text::BoldFace);
    double pad = setter.size() * 0.45;
    layout::Stack lines;
    layout::ParaLook para;
    para.scale = scale;
    para.face_style = text::BoldFace;
    para.use_color = true;
    para.color = theme.band_text;
    para.align = layout::Align::Left;
    para.leading = 1.2;
    layout::BlockSetter(setter).paragraph({doc::span(title)}, width - 2 * pad, lines, para);
    layout::Slice s;
    s.height = layout::stack_height(lines) + 2 * pad;
    s.frame.size = {width, s.height};
    s.frame.push(layout::FillItem{{0, 0, width, s.height}, theme.band_background});
    s.frame.push(layout::AnchorItem{anchor, {0, 0}});
    double y = pad;
    for (layout::Slice& l : lines) {
        s.frame.place(std::move(l.frame), {pad, y});
        y += l.height;
    }
    s.baseline = pad + (lines.empty() ? 0 : lines.front().baseline);
    s.keep_with_next = true;
    (void)look;
    return s;
}

layout::Slice anchor_slice(const std::string& name, double width) {
    layout::Slice s;
    s.frame.size = {width, 0};
    s.frame.push(layout::AnchorItem{name, {0, 0}});
    s.keep_with_next = true;
    return s;
}

void panel(layout::Stack& stack, std::size_t first, const Color& color, double padding) {
    if (first >= stack.size()) return;
    layout::indent_slices(stack, first, padding);
    for (std::size_t i = first; i < stack.size(); ++i) {
        layout::Slice& s = stack[i];
        double above = i == first ? padding : s.gap_before;
        double below = i + 1 == stack.size() ? padding : 0;
        if (i != first) s.gap_before = 0;
        s.frame.shift_items({0, above});
        s.height += above + below;
        s.baseline += above;
        s.frame.size.width += padding;
        s.frame.items.insert(s.frame.items.begin(),
                             layout::FillItem{{0, 0, s.frame.size.width, s.height}, color});
    }
    layout::change_repeated_headers(stack, first, [&](layout::Slice& header) {
        header.frame.size.width += padding;
        header.frame.items.insert(header.frame.items.begin(),
                                  layout::FillItem{{0, 0, header.frame.size.width, header.height}, color});
    });
}

}  // namespace deckpress::outputs
