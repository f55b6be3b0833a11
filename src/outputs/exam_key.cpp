// outputs: the answer key PDF: model answers, key-point checklists, pointers, scoring table.
#include <fmt/format.h>

#include <map>

#include "layout/flow.hpp"
#include "outputs/exam.hpp"
#include "outputs/exam_parts.hpp"
#include "outputs/furniture.hpp"
#include "outputs/source_texts.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

ParaLook small_look(const SetterEnv& env, int face = text::Regular, bool muted = true) {
    ParaLook look;
    look.scale = env.text->small_scale;
    look.face_style = face;
    look.align = Align::Left;
    look.use_color = muted;
    look.color = env.theme->muted;
    return look;
}

/// A checklist: each point indented, with an empty box to tick beside its first line.
void checklist(const BlockSetter& setter, const std::vector<std::string>& points, double width, Stack& out) {
    BlockSetter s = setter;
    double indent = s.size() * 1.6;
    ParaLook look;
    look.align = Align::Left;
    for (const std::string& point : points) {
        std::size_t first = out.size();
        s.paragraph({doc::span(point)}, width - indent, out, look, s.gap() * 0.25);
        if (first == out.size()) continue;
        indent_slices(out, first, indent);
        Slice& line = out[first];
        double side = s.size() * 0.7, top = line.baseline - side, left = s.size() * 0.2;
        const Color& c = s.env().theme->muted;
        line.frame.push(LineItem{{left, top}, {left + side, top}, 0.6, c});
        line.frame.push(LineItem{{left + side, top}, {left + side, top + side}, 0.6, c});
        line.frame.push(LineItem{{left + side, top + side}, {left, top + side}, 0.6, c});
        line.frame.push(LineItem{{left, top + side}, {left, top}, 0.6, c});
    }
}

void key_entry(const ExamParts& parts, int number, const ExamQuestion& q, Stack& out) {
    const Entry& e = *q.entry;
    const bank::Question& question = *e.question;
    const SetterEnv& env = parts.env();
    BlockSetter s = parts.setter("question " + question.id, question.loc);
    s.from(blocks_text(e, e.answer));
    double w = parts.width();
    parts.question_heading(number, q, out, number == 1 ? s.gap() : s.gap() * 2.4);
    const bank::Labels& labels = parts.labels();
    std::string meta = fmt::format("{} \u00b7 {}", e.category->title, level_label(labels, question.level));
    if (question.kind != bank::Kind::Unset) meta += fmt::format(" \u00b7 {}", kind_label(labels, question.kind));
    std::size_t meta_first = out.size();
    parts.setter("category " + e.category->id, e.category->title_loc)
        .paragraph({doc::span(meta)}, w, out, small_look(env), s.gap() * 0.2);
    keep_with_next(out, meta_first);
    if (!question.choices.empty()) {
        std::vector<std::string> letters;
        for (std::size_t i = 0; i < q.choice_order.size(); ++i)
            if (question.choices[static_cast<std::size_t>(q.choice_order[i])].correct)
                letters.push_back(choice_letter(static_cast<int>(i)));
        ParaLook strong;
        strong.align = Align::Left;
        strong.face_style = text::BoldFace;
        s.paragraph({doc::span(bank::fill(labels[bank::Label::CorrectAnswer], {{"letters", fmt::format("{}", fmt::join(letters, ", "))}}))}, w, out, strong, s.gap() * 0.5);
        parts.choices(q, true, out);
    }
    s.paragraph({doc::span(labels[bank::Label::ModelAnswer])}, w, out, small_look(env, text::BoldFace), s.gap() * 0.7);
    out.back().keep_with_next = true;
    s.blocks(e.answer, w, out, s.gap() * 0.3);
    std::vector<std::string> points = key_points(e, parts.options().max_key_points);
    if (!points.empty()) {
        s.paragraph({doc::span(labels[bank::Label::KeyPoints])}, w, out, small_look(env, text::BoldFace), s.gap() * 0.8);
        out.back().keep_with_next = true;
        checklist(s, points, w, out);
    }
    const std::string card = std::to_string(e.number);
    std::string more = fmt::format("{} \u00b7 {}", labels.count(bank::Label::Points, q.points),
                                   bank::fill(labels[bank::Label::ReadMore], {{"card", card}, {"question", card}}));
    std::size_t first = out.size();
    s.paragraph({doc::span(more)}, w, out, small_look(env), s.gap() * 0.6);
    if (first < out.size()) out[first].breakable = false;  // alone atop a page, it belongs to nothing
}

/// One row of the scoring table: a (wrapped) category cell, two numbers and a blank or a score.
Slice score_row(const BlockSetter& s, const std::vector<std::string>& cells, double width, bool bold, bool blank) {
    Stack title;
    ParaLook look;
    look.align = Align::Left;
    look.face_style = bold ? text::BoldFace : text::Regular;
    BlockSetter(s).paragraph({doc::span(cells[0])}, width * 0.55, title, look);
    double pad = s.size() * 0.35;
    Slice row;
    row.height = stack_height(title) + 2 * pad;
    row.frame.size = {width, row.height};
    row.baseline = pad + (title.empty() ? 0 : title.front().baseline);
    double y = pad;
    for (Slice& line : title) {
        row.frame.place(std::move(line.frame), {0, y});
        y += line.height;
    }
    text::Look text_look = body_look(s, 1, s.env().theme->text, look.face_style);
    label(row.frame, s, cells[1], text_look, width * 0.70, row.baseline, HAlign::Right);
    label(row.frame, s, cells[2], text_look, width * 0.84, row.baseline, HAlign::Right);
    if (blank) row.frame.push(LineItem{{width * 0.89, row.baseline + 2}, {width, row.baseline + 2}, 0.6, s.env().theme->text});
    else label(row.frame, s, cells[3], text_look, width, row.baseline, HAlign::Right);
    row.frame.push(LineItem{{0, row.height}, {width, row.height}, bold ? 0.8 : 0.4, s.env().theme->rule});
    row.breakable = false;
    return row;
}

void scoring_table(const ExamParts& parts, Stack& out) {
    BlockSetter s = parts.setter("scoring table");
    double w = parts.width();
    std::size_t first = out.size();
    ParaLook heading;
    heading.align = Align::Left;
    heading.face_style = text::BoldFace;
    heading.scale = parts.env().text->heading_scale[1];
    const bank::Labels& labels = parts.labels();
    s.paragraph({doc::span(labels[bank::Label::Scoring])}, w, out, heading, s.gap() * 3);
    out.back().keep_with_next = true;
    // Rows keyed by the category's first question number: categories in bank order.
    std::map<int, std::pair<const bank::Category*, std::array<int, 2>>> rows;
    int questions = 0, points = 0;
    for (const ExamQuestion& q : parts.version().questions) {
        int key = q.entry->number - 1 - (q.entry->question - q.entry->category->questions.data());
        auto& row = rows[key];
        row.first = q.entry->category;
        ++row.second[0];
        row.second[1] += q.points;
        ++questions;
        points += q.points;
    }
    out.push_back(score_row(s,
                            {labels[bank::Label::ScoreCategory], labels[bank::Label::ScoreQuestions],
                             labels[bank::Label::ScorePoints], labels[bank::Label::ScoreScore]},
                            w, true, false));
    for (const auto& [key, row] : rows)
        out.push_back(score_row(parts.setter("scoring table", row.first->title_loc),
                                {row.first->title, std::to_string(row.second[0]), std::to_string(row.second[1]), ""},
                                w, false, true));
    out.push_back(score_row(s, {labels[bank::Label::ScoreTotal], std::to_string(questions), std::to_string(points), ""}, w, true, true));
    parts.keep_together(out, first);
}

}  // namespace

Document build_exam_key(const Prepared& prepared, const ExamPlan& plan, std::size_t version,
                        const ExamOptions& options, const LayoutFile& layout, Engine& engine, Diagnostics& diags) {
    Families families = load_families(engine, layout.fonts);
    SetterEnv env{engine.typesetter(layout.text.language), &families, &layout.theme, &layout.text, layout.text.size};
    ExamParts parts(prepared, plan, version, options, layout, env, diags);
    const std::string what = prepared.bank->labels[bank::Label::AnswerKey];
    Stack stack;
    parts.title_block(what, false, stack);
    const std::vector<ExamQuestion>& questions = parts.version().questions;
    for (std::size_t i = 0; i < questions.size(); ++i) key_entry(parts, static_cast<int>(i) + 1, questions[i], stack);
    scoring_table(parts, stack);
    Document doc;
    doc.pages = parts.pages(std::move(stack), what);
    doc.meta = parts.metadata(what);
    return doc;
}

}  // namespace deckpress::outputs
