// outputs: fitting a question onto a card front and its answer onto one or more backs.
#include "outputs/cards_faces.hpp"

#include <fmt/format.h>

#include "layout/flow.hpp"
#include "outputs/furniture.hpp"
#include "outputs/source_texts.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// Slack for floating-point sums when comparing heights (points).
constexpr double kEps = 0.01;

}  // namespace

void place_stack(Stack&& stack, Frame& frame, Point origin) {
    Region region;
    double y = 0;
    for (std::size_t i = 0; i < stack.size(); ++i) {
        if (i > 0) y += stack[i].gap_before;
        region.push_back({i, y});
        y += stack[i].height;
    }
    move_region(stack, region, frame, origin);
}

bool regions_fit(const Stack& stack, const std::vector<Region>& regions, double height) {
    for (const Region& region : regions)
        for (const Placed& p : region)
            if (p.y + stack[p.index].height > height + kEps) return false;
    return true;
}

CardFaces::CardFaces(const LayoutFile& layout, const CardsOptions& options, const Families& families,
                     Engine& engine, const bank::Bank& bank, Diagnostics& diags)
    : layout_(layout), options_(options), families_(families), engine_(engine),
      deck_title_(bank.title), deck_title_loc_(bank.locs.title), labels_(bank.labels), diags_(diags) {
    const Size card = options.grid.card;
    inner_ = {options.padding, options.padding, card.width - 2 * options.padding, card.height - 2 * options.padding};
    question_text_ = layout.text;
    question_text_.hyphenate = false;  // a big centred question reads badly with broken words
    gap_ = options.label_size * 0.8;  // a little less than a label line between labels and text
}

SetterEnv CardFaces::env(double size) const {
    return SetterEnv{engine_.typesetter(layout_.text.language), &families_, &layout_.theme, &layout_.text, size};
}

BlockSetter CardFaces::setter(double size, const Entry& e, Diagnostics& diags) const {
    return BlockSetter(env(size), text::TextSource{&diags, e.question->text_loc(), "card " + e.question->id});
}

const doc::Blocks& CardFaces::answer_blocks(const Entry& e) const {
    if (options_.full_answers || e.short_answer.empty()) return e.answer;
    return e.short_answer;
}

std::string CardFaces::number_label(const Entry& e, int part, int parts) const {
    if (parts <= 1) return fmt::format("#{}", e.number);
    return fmt::format("#{} \u00b7 {}/{}", e.number, part, parts);
}

std::string CardFaces::answer_title(int part, int parts) const {
    return bank::fill(labels_[bank::Label::AnswerPart], {{"n", std::to_string(part)}, {"total", std::to_string(parts)}});
}

CardFaces::Row CardFaces::corner_row(const Entry& e, const std::string& left, const std::string& right,
                                     const text::TextSource* left_source) {
    BlockSetter s = setter(options_.label_size, e, diags_);
    text::Look right_look = body_look(s, 1, layout_.theme.accent, text::BoldFace);
    double right_w = right.empty() ? 0 : text::measure(s.env().ts, right, right_look) + options_.label_size;
    BlockSetter left_s = left_source ? BlockSetter(env(options_.label_size), *left_source) : s;
    Stack stack = label_lines(left_s, left, inner_.width - right_w);
    Row row;
    row.frame.size = {inner_.width, 0};
    row.height = std::max(stack_height(stack), options_.label_size * 1.2);
    double baseline = stack.empty() ? options_.label_size : stack.front().baseline;
    place_stack(std::move(stack), row.frame, {0, 0});
    if (!right.empty()) label(row.frame, s, right, right_look, inner_.width, baseline, HAlign::Right);
    row.frame.size.height = row.height;
    return row;
}

CardFaces::Row CardFaces::category_row(const Entry& e, const std::string& right) {
    text::TextSource source{&diags_, e.category->title_loc, "category " + e.category->id};
    return corner_row(e, fmt::format("{} \u00b7 {}", e.category->title, level_label(labels_, e.question->level)), right,
                      &source);
}

CardFaces::Row CardFaces::deck_title_row(const Entry& e) {
    text::TextSource source{&diags_, deck_title_loc_, "page footer"};
    return corner_row(e, deck_title_, "", &source);
}

Stack CardFaces::label_lines(BlockSetter& s, const std::string& text, double width) {
    auto key = std::make_pair(text, width);
    if (auto kept = label_lines_.find(key); kept != label_lines_.end()) return kept->second;
    ParaLook look;
    look.use_color = true;
    look.color = layout_.theme.muted;
    look.align = Align::Left;
    look.leading = 1.2;
    Stack stack;
    s.paragraph({doc::span(text)}, width, stack, look);
    // Kept only when no card could get a warning from it: setting it again would report nothing.
    if (text::covers(s.env().ts, text, s.look_for(doc::span(text), look)))
        label_lines_.emplace(std::move(key), stack);
    return stack;
}

CardFaces::Row CardFaces::question_header(const Entry& e) const {
    BlockSetter s = setter(options_.label_size, e, diags_);
    ParaLook look;
    look.scale = 1.1;
    look.face_style = text::ItalicFace;
    look.use_color = true;
    look.color = layout_.theme.muted;
    look.align = Align::Left;
    look.leading = 1.2;
    Stack stack;
    s.paragraph(e.q, inner_.width, stack, look);
    Row row;
    row.height = stack_height(stack) + gap_ / 2;
    row.frame.size = {inner_.width, row.height};
    place_stack(std::move(stack), row.frame, {0, 0});
    row.frame.push(LineItem{{0, row.height}, {inner_.width, row.height}, 0.4, layout_.theme.rule});
    row.height += gap_;
    return row;
}

Stack CardFaces::set_question(const Entry& e, double size, Diagnostics& diags) const {
    ParaLook look;
    look.face_style = text::BoldFace;
    look.align = Align::Center;
    look.leading = 1.25;
    Stack stack;
    SetterEnv question_env = env(size);
    question_env.text = &question_text_;
    BlockSetter(question_env, text::TextSource{&diags, e.question->text_loc(), "card " + e.question->id})
        .from(question_text(*e.question))
        .paragraph(e.q, inner_.width, stack, look);
    return stack;
}

CardFaces::Answer CardFaces::set_answer(const Entry& e, double size, double height, Diagnostics& diags) const {
    Answer a;
    SetterEnv answer_env = env(size);
    answer_env.max_block_height = height;
    BlockSetter(answer_env, text::TextSource{&diags, e.question->loc, "card " + e.question->id})
        .from(blocks_text(e, answer_blocks(e)))
        .blocks(answer_blocks(e), inner_.width, a.stack);
    a.regions = distribute(a.stack, [height](std::size_t) { return height; });
    return a;
}

std::optional<double> CardFaces::question_fit(const Entry& e, double height, KeptProbe<Stack>& fitted) {
    return largest_fitting(options_.question_size, options_.question_min_size, options_.size_step, [&](double s) {
        Diagnostics scratch = Diagnostics::discarding();  // the final setting reports missing glyphs
        Stack question = set_question(e, s, scratch);
        bool fits = stack_height(question) <= height + kEps;
        if (fits) fitted.offer(s, std::move(question), scratch);
        return fits;
    });
}

}  // namespace deckpress::outputs
