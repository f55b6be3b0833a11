// outputs: the exam's shared pieces: title block, question headings, choices, grouping, footers.
#include "outputs/exam_parts.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "layout/flow.hpp"
#include "outputs/furniture.hpp"
#include "outputs/source_texts.hpp"

namespace deckpress::outputs {

using namespace layout;

ExamParts::ExamParts(const Prepared& prepared, const ExamPlan& plan, std::size_t version, const ExamOptions& options,
                     const LayoutFile& layout, const SetterEnv& env, Diagnostics& diags)
    : prepared_(prepared), plan_(plan), version_(version), options_(options), layout_(layout), env_(env),
      diags_(diags) {
    env_.max_block_height = column_height(layout_.page, 0, footer_height());
}

BlockSetter ExamParts::setter(const std::string& subject, SourceLoc loc) const {
    return BlockSetter(env_, text::TextSource{&diags_, std::move(loc), subject});
}

bool ExamParts::has_room() const {
    return page_has_room(layout_, 0, footer_height(), env_.size * layout_.text.leading, diags_);
}

double ExamParts::width() const { return column_width(layout_.page); }

/// Room for the footer line: about two lines of small text.
double ExamParts::footer_height() const { return env_.size * 2.2; }

std::string ExamParts::caption(const std::string& what) const {
    using bank::Label;
    std::string label = version().label.empty()
                            ? ""
                            : " \u00b7 " + bank::fill(labels()[Label::Version], {{"version", version().label}});
    return fmt::format("{}{} \u00b7 {}", what, label,
                       bank::fill(labels()[Label::Seed], {{"seed", std::to_string(plan_.seed)}}));
}

namespace {

ParaLook left_look(double scale = 1, int face = text::Regular) {
    ParaLook look;
    look.scale = scale;
    look.face_style = face;
    look.align = Align::Left;
    return look;
}

Slice rule_slice(double width, double height, const Color& color) {
    Slice s;
    s.height = height;
    s.frame.size = {width, height};
    s.frame.push(LineItem{{0, height / 2}, {width, height / 2}, 0.6, color});
    return s;
}

/// Where the text of a question's `count` choices starts: after the widest letter set at
/// `letter_x` (past 26 choices the letters double: "AA.").
double choice_text_indent(const BlockSetter& s, std::size_t count, double letter_x) {
    double indent = s.size() * 2.6;
    text::Look bold = body_look(s, 1, s.env().theme->text, text::BoldFace);
    for (std::size_t i = 0; i < count; ++i)
        indent = std::max(indent, letter_x + text::measure(s.env().ts, choice_letter(static_cast<int>(i)) + ".", bold) +
                                      s.size() * 0.35);
    return indent;
}

/// An empty square `side` points wide at the left edge, standing on `baseline`: a box to tick.
void add_tick_box(Frame& frame, double side, double baseline, const Color& c) {
    double top = baseline - side;
    frame.push(LineItem{{0, top}, {side, top}, 0.6, c});
    frame.push(LineItem{{side, top}, {side, top + side}, 0.6, c});
    frame.push(LineItem{{side, top + side}, {0, top + side}, 0.6, c});
    frame.push(LineItem{{0, top + side}, {0, top}, 0.6, c});
}

/// How many of the choices the test shows for `q` are right (0 for an open question).
long long correct_choices(const ExamQuestion& q) {
    const std::vector<bank::Choice>& choices = q.entry->question->choices;
    return std::count_if(q.choice_order.begin(), q.choice_order.end(),
                         [&](int i) { return choices[static_cast<std::size_t>(i)].correct; });
}

}  // namespace

Slice write_in_line(const BlockSetter& setter, const std::vector<std::string>& labels, double width,
                    const Color& rule) {
    Slice s;
    s.height = setter.size() * 2.4;
    s.frame.size = {width, s.height};
    s.baseline = s.height - setter.size() * 0.5;
    text::Look look = body_look(setter, 1, setter.env().theme->text);
    double x = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        // The first field (the name) gets 60% of the width, the others share the rest.
        double share = labels.size() == 1 ? width : i == 0 ? width * 0.6 : width * 0.4 / (labels.size() - 1);
        double label_w = label(s.frame, setter, labels[i], look, x, s.baseline, HAlign::Left);
        double gap = setter.size() * 0.4;
        double end = x + share - (i + 1 < labels.size() ? setter.size() * 1.2 : 0);
        s.frame.push(LineItem{{x + label_w + gap, s.baseline + 2}, {end, s.baseline + 2}, 0.6, rule});
        x += share;
    }
    return s;
}

void ExamParts::title_block(const std::string& what, bool test, Stack& out) const {
    const bank::Bank& bank = *prepared_.bank;
    const Theme& theme = *env_.theme;
    BlockSetter s = setter("exam header");
    ParaLook title = left_look(1.55, text::BoldFace);
    title.use_color = true;
    title.color = theme.accent;
    title.leading = 1.2;
    setter("exam header", bank.locs.title).paragraph({doc::span(bank.title)}, width(), out, title);
    s.paragraph({doc::span(caption(what))}, width(), out, left_look(1.15, text::BoldFace), s.gap() * 0.6);
    const ExamVersion& v = version();
    using bank::Label;
    std::string summary = fmt::format("{} \u00b7 {}", labels().count(Label::Questions, static_cast<long long>(v.questions.size())),
                                      labels().count(Label::Points, v.total_points()));
    if (test && plan_.minutes > 0) summary = fmt::format("{} \u00b7 {}", labels().count(Label::TimeLimit, plan_.minutes), summary);
    if (!test) summary += " \u00b7 " + labels()[Label::GradeNote];
    ParaLook muted = left_look();
    muted.use_color = true;
    muted.color = theme.muted;
    s.paragraph({doc::span(summary)}, width(), out, muted, s.gap() * 0.4);
    if (test) {
        out.push_back(write_in_line(s, {labels()[Label::Name], labels()[Label::Date]}, width(), theme.text));
        const std::string& instructions = options_.instructions.value_or(labels()[Label::Instructions]);
        if (!instructions.empty())
            s.paragraph({doc::span(instructions, doc::Italic)}, width(), out, left_look(0.95), s.gap());
    }
    out.push_back(rule_slice(width(), s.size() * 1.6, theme.rule));
}

void ExamParts::question_heading(int number, const ExamQuestion& q, Stack& out, double gap_before) const {
    const Entry& e = *q.entry;
    BlockSetter s = setter("question " + e.question->id, e.question->text_loc());
    s.from(question_text(*e.question));
    text::Look pts_look = body_look(s, env_.text->small_scale, env_.theme->muted);
    std::string pts = labels().count(bank::Label::PointsShort, q.points);
    // As wide as any two-digit number of points, so that every heading wraps at the same width.
    double pts_w = text::measure(env_.ts, bank::fill(labels().form(bank::Label::PointsShort, 88), {{"n", "00"}}), pts_look);
    std::vector<doc::Span> spans{doc::span(fmt::format("{}.\u2002", number), doc::Bold)};
    spans.insert(spans.end(), e.q.begin(), e.q.end());
    // Several right choices: say how many, or a student ticks one and stops.
    if (long long correct = correct_choices(q); correct > 1)
        spans.push_back(doc::span(" " + labels().count(bank::Label::ChooseCount, correct), doc::Italic));
    std::size_t first = out.size();
    ParaLook look = left_look(1, text::BoldFace);
    look.leading = 1.25;
    s.paragraph(spans, width() - pts_w - s.size(), out, look, gap_before);
    if (first == out.size()) return;
    for (std::size_t i = first; i < out.size(); ++i) out[i].frame.size.width = width();
    label(out[first].frame, s, pts, pts_look, width(), out[first].baseline, HAlign::Right);
    keep_with_next(out, first);
}

void ExamParts::choices(const ExamQuestion& q, bool mark_correct, Stack& out) const {
    const bank::Question& question = *q.entry->question;
    BlockSetter s = setter("choices of " + question.id, question.loc);
    const double letter_x = s.size() * 1.1;
    const double indent = choice_text_indent(s, q.choice_order.size(), letter_x);
    for (std::size_t i = 0; i < q.choice_order.size(); ++i) {
        const std::size_t index = static_cast<std::size_t>(q.choice_order[i]);
        const bank::Choice& choice = question.choices[index];
        bool strong = mark_correct && choice.correct;
        std::size_t first = out.size();
        setter("choices of " + question.id, choice.loc.file.empty() ? question.loc : choice.loc)
            .from(choice_text(choice))
            .paragraph(q.entry->choices[index], width() - indent, out,
                    left_look(1, strong ? text::BoldFace : text::Regular), s.gap() * 0.4);
        if (first == out.size()) continue;
        indent_slices(out, first, indent);
        Slice& line = out[first];
        text::Look look = body_look(s, 1, env_.theme->text, strong ? text::BoldFace : text::Regular);
        label(line.frame, s, choice_letter(static_cast<int>(i)) + ".", look, letter_x, line.baseline,
              HAlign::Left);
        if (strong) label(line.frame, s, "\u2713", look, 0, line.baseline, HAlign::Left);
        if (!mark_correct) add_tick_box(line.frame, s.size() * 0.7, line.baseline, env_.theme->text);
    }
}

void ExamParts::keep_together(Stack& stack, std::size_t first) const {
    if (first >= stack.size()) return;
    double room = content_box(layout_.page).height - footer_height();
    if (stack_height(std::span<const Slice>(stack).subspan(first)) > room) return;  // too tall for one page: let it break
    for (std::size_t i = first + 1; i < stack.size(); ++i) stack[i].breakable = false;
}

std::vector<Frame> ExamParts::pages(Stack stack, const std::string& what) const {
    std::vector<Frame> pages = flow_pages(std::move(stack), layout_.page, 0, footer_height());
    const Theme& theme = *env_.theme;
    BlockSetter s = setter("page footer");
    Rect box = content_box(layout_.page);
    text::Look small = body_look(s, env_.text->small_scale, theme.muted);
    double baseline = box.bottom() - small.size * 0.3;
    double rule_y = box.bottom() - footer_height() + small.size * 0.8;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        Frame& page = pages[i];
        paint_background(page, theme.background);
        page.push(LineItem{{box.x, rule_y}, {box.right(), rule_y}, 0.4, theme.rule});
        const std::string number = bank::fill(labels()[bank::Label::ExamPage],
                                              {{"n", std::to_string(i + 1)}, {"total", std::to_string(pages.size())}});
        labels_at_ends(page, {s, caption(what), small}, {s, number, small}, box.x, box.right(), baseline, small.size);
    }
    return pages;
}

Metadata ExamParts::metadata(const std::string& what) const {
    const bank::Bank& bank = *prepared_.bank;
    Metadata meta;
    std::string label = version().label.empty()
                            ? ""
                            : ", " + bank::fill(labels()[bank::Label::MetaVersion], {{"version", version().label}});
    meta.title = fmt::format("{} \u2014 {}{}", bank.title, what, label);
    meta.language = bank.language_tag();
    meta.subject = fmt::format("{}{}, {}", what, label,
                               bank::fill(labels()[bank::Label::MetaSeed], {{"seed", std::to_string(plan_.seed)}}));
    meta.keywords = fmt::format("deckpress exam, seed {}, version {}, layout {}", plan_.seed,
                                version().label.empty() ? "-" : version().label, layout_.name);
    meta.author = bank.author;
    return meta;
}

}  // namespace deckpress::outputs
