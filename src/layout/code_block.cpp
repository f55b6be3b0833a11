// layout: code blocks: shaded rows, a language label, long lines wrapped with a mark.
#include <algorithm>
#include <vector>

#include "layout/blocks.hpp"

namespace deckpress::layout {

namespace {

constexpr const char* kContinuationMark = "\u21aa ";  // ↪, drawn at wrapped-line starts

/// Whether a break may come before each of `n` rows: after the first, only with two rows
/// that show code on either side (blank rows do not count: a page ending with "package main"
/// and an empty row shows a fragment of one line).
std::vector<bool> row_breaks(const std::vector<bool>& blank) {
    const std::size_t n = blank.size();
    std::vector<std::size_t> shown_before(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) shown_before[i + 1] = shown_before[i] + (blank[i] ? 0 : 1);
    std::vector<bool> breaks(n, false);
    for (std::size_t i = 0; i < n; ++i)
        breaks[i] = i == 0 || (shown_before[i] >= 2 && shown_before[n] - shown_before[i] >= 2);
    return breaks;
}

bool is_blank(const std::vector<doc::Span>& line) {
    for (const doc::Span& s : line)
        if (s.text.find_first_not_of(" \t") != std::string::npos) return false;
    return true;
}

int leading_spaces(const std::vector<doc::Span>& line) {
    int n = 0;
    for (const doc::Span& s : line)
        for (char c : s.text) {
            if (c != ' ') return n;
            ++n;
        }
    return n;
}

}  // namespace

void BlockSetter::code(const doc::Block& b, double width, Stack& out, double gap_before) {
    ParaLook look;
    look.mono = true;
    look.scale = env_.text->code_scale;
    double size = env_.size * look.scale;
    double pad = size * env_.text->code_padding * 2;
    double line_height = size * 1.3;
    auto styler = [&](const doc::Span& s) { return look_for(s, look); };
    text::Look label_look = look_for(doc::span(b.lang), look);
    label_look.size = size * 0.8;
    label_look.color = env_.theme->code_label;
    text::Line label = text::set_line(env_.ts, b.lang, label_look, source_);
    double top = b.lang.empty() ? pad : std::max(pad, label_look.size * 1.4);
    double inner = std::max(size * 4, width - 2 * pad);

    double space = text::measure(env_.ts, " ", styler(doc::span(" ", doc::Code)));
    Stack rows;
    std::vector<bool> blank;  // per row: its source line shows nothing
    for (const auto& source_line : b.lines) {
        // Continuations hang two spaces deeper than the line's own indentation.
        double hang = std::min(inner / 2, (leading_spaces(source_line) + 2) * space);
        auto lines = text::set_code_line(env_.ts, source_line, styler, inner, hang,
                                         kContinuationMark, source_);
        if (lines.empty()) lines.push_back(text::Line{});
        lines_to_slices(std::move(lines), inner, line_height, Align::Left, rows, 0);
        blank.resize(rows.size(), is_blank(source_line));
    }
    if (rows.empty()) lines_to_slices({text::Line{}}, inner, line_height, Align::Left, rows, 0);
    blank.resize(rows.size(), true);
    const std::vector<bool> breaks = row_breaks(blank);
    std::size_t n = rows.size();
    for (std::size_t i = 0; i < n; ++i) {
        Slice& row = rows[i];
        double above = i == 0 ? top : 0;
        double below = i + 1 == n ? pad : 0;
        Slice slice;
        slice.height = row.height + above + below;
        slice.baseline = row.baseline + above;
        slice.gap_before = i == 0 ? gap_before : 0;
        slice.breakable = breaks[i];
        slice.frame.size = {width, slice.height};
        slice.frame.push(FillItem{{0, 0, width, slice.height}, env_.theme->code_background});
        slice.frame.place(std::move(row.frame), {pad, above});
        if (i == 0 && !b.lang.empty())
            for (const text::Run& run : label.runs)
                slice.frame.push(TextItem{{width - pad * 0.6 - label.width + run.x, label_look.size * 1.05},
                                          run.font, run.size, run.color, run.text});
        out.push_back(std::move(slice));
    }
}

}  // namespace deckpress::layout
