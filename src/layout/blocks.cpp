// layout: setting paragraphs, lists, quotes, headings, rules and images into slices.
#include "layout/blocks.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "layout/image_size.hpp"

namespace deckpress::layout {

namespace {

constexpr int kMaxVisualDepth = 12;  // deeper nesting keeps the last indent (columns are finite)
const char* const kBullets[] = {"\u2022", "\u25e6", "\u25aa"};
const char* const kOpenBox = "\u2610";  ///< ☐ a task list item to do
const char* const kDoneBox = "\u2611";  ///< ☑ one done
/// A superscript is set at 70 % of its text's size, its baseline raised by 0.3 of that size:
/// the usual proportions (LaTeX's footnote marks, word processors'), and low enough that the
/// raised glyphs stay within the text's ascender (0.3 + 0.7 x 1.069 em < 1.069 em for Noto
/// Sans), so a line with a note number keeps the height and baseline of the others.
constexpr double kSuperScale = 0.7;
constexpr double kSuperRise = 0.3;
/// A strike-through line sits at 0.27 of the text's size above the baseline (half the x-height
/// of Noto Sans and DejaVu, 0.536 em) and is 0.06 of it thick, a regular stem's weight.
constexpr double kStrikeHeight = 0.27;
constexpr double kStrikeWeight = 0.06;
/// Subscripts (the same size) sit this many ems below the baseline: 0.7 x 0.293 (Noto Sans'
/// descender) + 0.08 stays within the text's descender, so the line keeps its depth.
constexpr double kSubDrop = 0.08;

/// The strike-through lines of a line's runs, through the middle of their lower-case letters;
/// one line across struck runs that follow each other in one look, spaces between included.
std::vector<LineItem> strike_lines(const text::Line& line, double x0, double baseline) {
    std::vector<LineItem> lines;
    const text::Run* last = nullptr;
    for (const text::Run& run : line.runs) {
        if (!run.strike) {
            last = nullptr;
            continue;
        }
        const double y = baseline - run.rise - run.size * kStrikeHeight;
        const double right = x0 + run.x + run.width;
        if (last && last->size == run.size && last->color == run.color && last->rise == run.rise)
            lines.back().to.x = right;
        else
            lines.push_back(LineItem{{x0 + run.x, y}, {right, y}, run.size * kStrikeWeight, run.color});
        last = &run;
    }
    return lines;
}

/// Items of a line, placed with its baseline at `baseline`; the runs' texts move into them.
void place_line(text::Line&& line, double x0, double baseline, Frame& frame) {
    std::vector<LineItem> strikes = strike_lines(line, x0, baseline);
    std::size_t links = 0;
    for (const text::Run& run : line.runs) links += run.link.empty() ? 0 : 1;
    frame.items.reserve(frame.items.size() + line.runs.size() + links + strikes.size());
    for (text::Run& run : line.runs) {
        const double y = baseline - run.rise;
        frame.push(TextItem{{x0 + run.x, y}, run.font, run.size, run.color, std::move(run.text)});
        if (!run.link.empty())
            frame.push(LinkItem{{x0 + run.x, y - run.size * 0.9, run.width, run.size * 1.15}, run.link});
    }
    for (LineItem& strike : strikes) frame.push(std::move(strike));
}

/// Moves `inner`'s slices to `out` with the gaps between them made part of the slices, so
/// that a quote's bar runs on through them.
void append_gapless(Stack&& inner, Stack& out) {
    for (std::size_t i = 0; i < inner.size(); ++i) {
        Slice& s = inner[i];
        if (i > 0 && s.gap_before > 0) {
            s.frame.shift_items({0, s.gap_before});
            s.height += s.gap_before;
            s.baseline += s.gap_before;
            s.gap_before = 0;
        }
        out.push_back(std::move(s));
    }
}

/// A bar `width` wide down the left edge of the slices from `first` on, under their items.
void add_left_bar(Stack& stack, std::size_t first, double width, const Color& color) {
    for (std::size_t i = first; i < stack.size(); ++i) {
        Frame& f = stack[i].frame;
        f.items.insert(f.items.begin(), FillItem{{0, 0, width, stack[i].height}, color});
    }
    change_repeated_headers(stack, first, [&](Slice& header) {
        header.frame.items.insert(header.frame.items.begin(), FillItem{{0, 0, width, header.height}, color});
    });
}

}  // namespace

void lines_to_slices(std::vector<text::Line>&& lines, double width, double line_height,
                     Align align, Stack& out, double gap_before) {
    for (std::size_t i = 0; i < lines.size(); ++i) {
        text::Line& line = lines[i];
        Slice slice;
        double glyphs = line.ascent + line.descent;
        slice.height = std::max(line_height, glyphs);
        slice.baseline = (slice.height - glyphs) / 2 + line.ascent;
        slice.gap_before = i == 0 ? gap_before : 0;
        // Orphan and widow control: no break after a first line or before a last line.
        slice.breakable = i == 0 || (i != 1 && i + 1 != lines.size()) || lines.size() <= 2;
        if (lines.size() <= 3 && i > 0) slice.breakable = false;
        double x = align == Align::Center  ? std::max(0.0, (width - line.width) / 2)
                   : align == Align::Right ? std::max(0.0, width - line.width)
                                           : 0;
        place_line(std::move(line), x, slice.baseline, slice.frame);
        slice.frame.size = {width, slice.height};
        out.push_back(std::move(slice));
    }
}

void indent_slices(Stack& stack, std::size_t first, double dx) {
    for (std::size_t i = first; i < stack.size(); ++i) {
        stack[i].frame.shift_items({dx, 0});
        stack[i].frame.size.width += dx;
    }
    change_repeated_headers(stack, first, [dx](Slice& header) {
        header.frame.shift_items({dx, 0});
        header.frame.size.width += dx;
    });
}

double stack_height(std::span<const Slice> stack) {
    double h = 0;
    for (std::size_t i = 0; i < stack.size(); ++i)
        h += stack[i].height + (i == 0 ? 0 : stack[i].gap_before);
    return h;
}

void keep_with_next(Stack& stack, std::size_t first) {
    for (std::size_t i = first; i < stack.size(); ++i) stack[i].keep_with_next = true;
}

BlockSetter::BlockSetter(const SetterEnv& env, text::TextSource source)
    : env_(env), source_(std::move(source)) {}

text::Look BlockSetter::look_for(const doc::Span& span, const ParaLook& para) const {
    const Theme& theme = *env_.theme;
    text::Look look;
    bool code = para.mono || (span.style & doc::Code);
    look.family = code ? &env_.families->mono : &env_.families->body;
    look.size = env_.size * para.scale * (code && !para.mono ? env_.text->code_scale : 1);
    int style = para.face_style;
    if (span.style & doc::Bold) style |= text::BoldFace;
    if (span.style & doc::Italic) style |= text::ItalicFace;
    look.color = para.use_color ? para.color : theme.text;
    if (!span.link.empty()) look.color = theme.link;
    switch (span.token) {
        case doc::Token::Keyword: style |= text::BoldFace; look.color = theme.keyword; break;
        case doc::Token::String: look.color = theme.string; break;
        case doc::Token::Comment: style |= text::ItalicFace; look.color = theme.comment; break;
        case doc::Token::Number: look.color = theme.number; break;
        case doc::Token::Builtin: look.color = theme.builtin; break;
        case doc::Token::Punct:
        case doc::Token::Text: break;
    }
    look.face_style = style;
    look.strike = (span.style & doc::Strike) != 0;
    if (span.style & doc::Super) {
        look.rise = look.size * kSuperRise;
        look.size *= kSuperScale;
    } else if (span.style & doc::Sub) {
        look.rise = -look.size * kSubDrop;
        look.size *= kSuperScale;
    }
    return look;
}

void BlockSetter::paragraph(const std::vector<doc::Span>& spans, double width, Stack& out,
                            const ParaLook& look, double gap_before) {
    text::ParagraphParams params;
    params.width = width;
    params.justify = look.align == Align::Justify && env_.text->justify;
    params.hyphenate = env_.text->hyphenate && look.hyphenate;
    auto styler = [&](const doc::Span& s) { return look_for(s, look); };
    std::vector<doc::Span> storage;
    auto lines = text::set_paragraph(env_.ts, linked_notes(spans, storage), styler, params, source_);
    double leading = look.leading > 0 ? look.leading : env_.text->leading;
    lines_to_slices(std::move(lines), width, env_.size * look.scale * leading, look.align, out, gap_before);
}

void BlockSetter::blocks(const doc::Blocks& blocks, double width, Stack& out, double gap_before) {
    for (std::size_t i = 0; i < blocks.size(); ++i)
        block(blocks[i], width, out, i == 0 ? gap_before : gap(), 0);
}

void BlockSetter::block(const doc::Block& b, double width, Stack& out, double gap_before, int depth) {
    SourceLoc saved = source_.loc;
    if (b.loc.line > 0) source_.loc = b.loc;
    switch (b.kind) {
        case doc::BlockKind::Paragraph: paragraph(b.spans, width, out, {}, gap_before); break;
        case doc::BlockKind::Heading: heading(b, width, out, gap_before); break;
        case doc::BlockKind::List: list(b, width, out, gap_before, depth); break;
        case doc::BlockKind::ListItem:
            for (std::size_t i = 0; i < b.children.size(); ++i)
                block(b.children[i], width, out, i == 0 ? gap_before : gap(), depth);
            break;
        case doc::BlockKind::Quote: quote(b, width, out, gap_before, depth); break;
        case doc::BlockKind::Code: code(b, width, out, gap_before); break;
        case doc::BlockKind::Rule: rule(width, out, gap_before); break;
        case doc::BlockKind::Image: image(b, width, out, gap_before); break;
        case doc::BlockKind::Table: table(b, width, out, gap_before); break;
        case doc::BlockKind::TableRow:
        case doc::BlockKind::TableCell: break;  // set by their table
        case doc::BlockKind::Footnotes: footnotes(b, width, out, gap_before, depth); break;
    }
    source_.loc = std::move(saved);
}

void BlockSetter::heading(const doc::Block& b, double width, Stack& out, double gap_before) {
    ParaLook look;
    look.scale = env_.text->heading_scale[std::clamp(b.level, 1, 3) - 1];
    look.face_style = text::BoldFace;
    look.align = Align::Left;
    look.leading = 1.2;
    look.hyphenate = false;
    std::size_t first = out.size();
    paragraph(b.spans, width, out, look, gap_before);
    if (first < out.size()) out[first].gap_before = gap_before + gap() * 0.5;
    keep_with_next(out, first);
}

void BlockSetter::list(const doc::Block& b, double width, Stack& out, double gap_before, int depth) {
    bool shift = depth < kMaxVisualDepth;
    double indent = list_indent(b);
    double inner = shift ? width - indent : width;
    // Tight lists (no blank lines between items in the Markdown) keep a quarter of the gap.
    double inner_gap = b.tight ? gap() * 0.25 : gap();
    int number = b.start;
    // The bullet follows how many lists are around this one, as in HTML: a quote between
    // them changes nothing (a list at the top of a quote took the second level's bullet).
    const int level = list_level_++;
    struct Leave {
        int& level;
        ~Leave() { --level; }
    } leave{list_level_};
    for (std::size_t i = 0; i < b.children.size(); ++i) {
        std::size_t first = out.size();
        list_item(b.children[i], inner, out, i == 0 ? gap_before : inner_gap, inner_gap, depth);
        if (shift) indent_slices(out, first, indent);
        std::string marker = b.ordered ? fmt::format("{}{}", number++, b.delimiter) : kBullets[level % 3];
        if (b.children[i].task != doc::Task::None) marker = b.children[i].task == doc::Task::Done ? kDoneBox : kOpenBox;
        add_marker(out[first], marker, shift ? indent : 0);
    }
}

void BlockSetter::list_item(const doc::Block& item, double width, Stack& out, double gap_before,
                            double inner_gap, int depth) {
    std::size_t first = out.size();
    for (std::size_t k = 0; k < item.children.size(); ++k) {
        const doc::Block& child = item.children[k];
        double g = k == 0 ? gap_before : inner_gap;
        if (child.kind == doc::BlockKind::List)
            list(child, width, out, g, depth + 1);
        else
            block(child, width, out, g, depth + 1);
    }
    if (first == out.size()) {  // an empty item: a blank body line to hang the marker on
        text::Line blank = text::set_line(env_.ts, "x", look_for(doc::span("x"), {}), source_);
        blank.runs.clear();
        blank.width = 0;
        lines_to_slices({blank}, width, env_.size * env_.text->leading, Align::Left, out, gap_before);
    }
}

double BlockSetter::marker_gap() const { return env_.size * 0.35; }

double BlockSetter::list_indent(const doc::Block& b) const {
    double indent = env_.size * env_.text->list_indent;
    const auto room_for = [&](const std::string& marker) {
        return text::measure(env_.ts, marker, look_for(doc::span(marker), {})) + marker_gap();
    };
    // A check box is wider than a bullet: a narrow indent (cheat sheets) ran it into the text.
    const bool tasks = std::any_of(b.children.begin(), b.children.end(),
                                   [](const doc::Block& item) { return item.task != doc::Task::None; });
    if (tasks) indent = std::max({indent, room_for(kOpenBox), room_for(kDoneBox)});
    if (!b.ordered || b.children.empty()) return indent;
    // Numbers only grow, so the last marker has the most digits ("1914." starts a list too).
    return std::max(indent, room_for(fmt::format("{}{}", b.start + static_cast<long long>(b.children.size()) - 1, b.delimiter)));
}

void BlockSetter::add_marker(Slice& slice, const std::string& marker, double indent) {
    text::Look look = look_for(doc::span(marker), {});
    text::Line line = text::set_line(env_.ts, marker, look, source_);
    // Right-aligned before the item's text. A list nested deeper than kMaxVisualDepth is not
    // indented (indent 0): its marker hangs into the gutter of the list around it, whose own
    // indent made room for a marker there.
    double x = indent - line.width - marker_gap();
    if (indent > 0) x = std::max(0.0, x);  // a number as wide as the indent allows starts at 0
    place_line(std::move(line), x, slice.baseline, slice.frame);
}

void BlockSetter::quote(const doc::Block& b, double width, Stack& out, double gap_before, int depth) {
    double indent = env_.size * env_.text->list_indent * 0.8;
    bool shift = depth < kMaxVisualDepth;
    std::size_t first = out.size();
    Stack inner;
    for (std::size_t i = 0; i < b.children.size(); ++i)
        block(b.children[i], shift ? width - indent : width, inner, i == 0 ? 0 : gap(), depth + 1);
    append_gapless(std::move(inner), out);
    if (first == out.size()) return;
    out[first].gap_before = gap_before;
    if (shift) indent_slices(out, first, indent);
    add_left_bar(out, first, std::max(1.5, env_.size * 0.18), env_.theme->quote_bar);
}

void BlockSetter::rule(double width, Stack& out, double gap_before) {
    Slice slice;
    slice.height = env_.size * 0.8;
    slice.gap_before = gap_before;
    slice.discard_at_top = true;
    slice.frame.size = {width, slice.height};
    slice.frame.push(LineItem{{0, slice.height / 2}, {width, slice.height / 2}, 0.6, env_.theme->rule});
    out.push_back(std::move(slice));
}

void BlockSetter::image(const doc::Block& b, double width, Stack& out, double gap_before) {
    Size natural = image_size(b.path);
    if (natural.width <= 0 || natural.height <= 0) {
        if (source_.diags)
            source_.diags->error(b.loc, fmt::format("cannot read image size of '{}'", b.path));
        paragraph(b.spans, width, out, {}, gap_before);
        return;
    }
    // Images are drawn at 96 dpi at the layout's text size, and smaller with the text when a fit
    // search (cards, cheat sheets) sets it smaller, so that an image and its text can share a
    // card; never wider than the column, never taller than a page-ish area nor than the region,
    // less the caption kept with them.
    const bool smaller = env_.text && env_.size < env_.text->size;
    const double base = smaller ? env_.text->size : env_.size;
    double scale = std::min({0.75, width / natural.width, base * 30 / natural.height}) * (env_.size / base);
    Stack caption = image_caption(b, width);
    if (env_.max_block_height > 0) {
        double room = env_.max_block_height - stack_height(caption) - (caption.empty() ? 0 : caption[0].gap_before);
        scale = std::min(scale, std::max(room, env_.size) / natural.height);
    }
    Slice slice;
    slice.gap_before = gap_before;
    slice.height = natural.height * scale;
    slice.frame.size = {width, slice.height};
    slice.frame.push(ImageItem{{0, 0, natural.width * scale, slice.height}, b.path});
    out.push_back(std::move(slice));
    for (Slice& s : caption) out.push_back(std::move(s));
}

Stack BlockSetter::image_caption(const doc::Block& b, double width) {
    Stack out;
    if (b.spans.empty()) return out;
    ParaLook caption;
    caption.scale = env_.text->small_scale;
    caption.use_color = true;
    caption.color = env_.theme->muted;
    caption.align = Align::Left;
    paragraph(b.spans, width, out, caption, gap() * 0.3);
    out.back().breakable = false;
    return out;
}

}  // namespace deckpress::layout
