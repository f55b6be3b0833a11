// outputs: composing card faces: corner labels, the centred question, the answer and its parts.
#include <fmt/format.h>

#include "core/point_size.hpp"
#include "layout/flow.hpp"
#include "outputs/cards_faces.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// The widest part label while the number of parts is unknown: rows are measured with it,
/// so the real (narrower) labels can only leave more room.
constexpr int kWidestParts = 88;

}  // namespace

std::optional<FacedCard> CardFaces::make(const Entry& e) {
    const bank::Question& q = *e.question;
    Row top = category_row(e, number_label(e, kWidestParts, kWidestParts));
    Row bottom = deck_title_row(e);
    double question_h = inner_.height - top.height - bottom.height - 2 * gap_;
    KeptProbe<Stack> question;
    std::optional<double> q_size = question_fit(e, question_h, question);
    if (!q_size) {
        report_unfit_question(e, top.height, bottom.height);
        return std::nullopt;
    }
    FacedCard card;
    card.question_size = *q_size;
    std::optional<Answer> answer = fit_answer(e, card.font_size);
    if (!answer) {
        const SourceLoc& at = &answer_blocks(e) == &e.short_answer ? q.short_loc : q.a_loc;
        diags_.error(at.file.empty() ? q.loc : at, fmt::format("the answer of '{}' holds a block taller than a card", q.id));
        return std::nullopt;
    }
    int parts = static_cast<int>(answer->regions.size());
    std::optional<Row> header;  // continuation cards only
    if (parts > 1) header = question_header(e);
    for (int k = 0; k < parts; ++k) {
        card.fronts.push_back(front(e, *q_size, k + 1, parts, question));
        card.backs.push_back(back(e, *answer, static_cast<std::size_t>(k), header ? &*header : nullptr));
    }
    return card;
}

void CardFaces::report_unfit_question(const Entry& e, double top_h, double bottom_h) {
    const bank::Question& q = *e.question;
    // The layout named: two layouts of one card size (cards-index, cards-single) said the same words.
    const std::string card = fmt::format("a {:.0f} x {:.0f} mm card of {}", options_.grid.card.width / kPointsPerMm,
                                         options_.grid.card.height / kPointsPerMm, layout_.name);
    if (top_h + bottom_h <= inner_.height / 2) {
        diags_.error(q.text_loc(), fmt::format("question '{}' does not fit on {} even at {} pt; shorten it", q.id, card,
                                               point_size(options_.question_min_size)));
        return;
    }
    const bool category = top_h >= bottom_h;  // the taller label is the one to shorten
    diags_.error(category ? e.category->title_loc : deck_title_loc_,
                 fmt::format("the {} takes more than half of {}: question '{}' does not fit beside it; shorten it",
                             category ? "category title" : "bank title", card, q.id));
}

std::optional<CardFaces::Answer> CardFaces::fit_answer(const Entry& e, double& size) {
    Row top = corner_row(e, answer_title(kWidestParts, kWidestParts), number_label(e, 1, 1));
    Row bottom = corner_row(e, e.question->id, "");
    double one_card = inner_.height - top.height - bottom.height - 2 * gap_;
    double max = layout_.text.size;
    double min = layout_.text.min_size > 0 ? layout_.text.min_size : max;
    KeptProbe<Answer> fitted;  // the probe at the size found, unless it has to be set again
    auto fits = [&](double height, std::size_t parts) {
        return [&, height, parts](double s) {
            Diagnostics scratch = Diagnostics::discarding();  // the final setting reports missing glyphs
            Answer a = set_answer(e, s, height, scratch);
            bool fit = a.regions.size() <= parts && regions_fit(a.stack, a.regions, height);
            if (fit) fitted.offer(s, std::move(a), scratch);
            return fit;
        };
    };
    auto final_setting = [&](double s, double height) {
        std::optional<Answer> kept = fitted.take(s);
        return kept ? std::move(*kept) : set_answer(e, s, height, diags_);
    };
    if (auto s = largest_fitting(max, min, options_.size_step, fits(one_card, 1))) {
        size = *s;
        return final_setting(size, one_card);
    }
    // Continuation cards repeat the question above the answer.
    double continued = one_card - question_header(e).height;
    Diagnostics scratch = Diagnostics::discarding();
    Answer at_min = set_answer(e, min, continued, scratch);
    if (!regions_fit(at_min.stack, at_min.regions, continued)) return std::nullopt;
    std::size_t parts = at_min.regions.size();
    fitted.offer(min, std::move(at_min), scratch);
    std::optional<double> s = largest_fitting(max, min, options_.size_step, fits(continued, parts));
    size = s.value_or(min);
    Answer a = final_setting(size, continued);
    if (!regions_fit(a.stack, a.regions, continued)) return std::nullopt;
    return a;
}

Frame CardFaces::front(const Entry& e, double size, int part, int parts, KeptProbe<Stack>& fitted) {
    Frame f;
    f.size = options_.grid.card;
    Row top = category_row(e, number_label(e, part, parts));
    Row bottom = deck_title_row(e);
    f.place(std::move(top.frame), {inner_.x, inner_.y});
    f.place(std::move(bottom.frame), {inner_.x, inner_.bottom() - bottom.height});
    Diagnostics repeated = Diagnostics::discarding();  // later parts repeat the question: report once
    std::optional<Stack> kept = part == 1 ? fitted.take(size) : std::nullopt;
    Stack question = kept ? std::move(*kept) : set_question(e, size, part == 1 ? diags_ : repeated);
    double region_top = inner_.y + top.height + gap_;
    double region_h = inner_.bottom() - bottom.height - gap_ - region_top;
    double y = region_top + std::max(0.0, (region_h - stack_height(question)) / 2);
    place_stack(std::move(question), f, {inner_.x, y});
    return f;
}

Frame CardFaces::back(const Entry& e, Answer& answer, std::size_t part, const Row* header) {
    int parts = static_cast<int>(answer.regions.size());
    Frame f;
    f.size = options_.grid.card;
    std::string title = parts > 1 ? answer_title(static_cast<int>(part) + 1, parts) : labels_[bank::Label::Answer];
    Row top = corner_row(e, title, number_label(e, 1, 1));
    Row bottom = corner_row(e, e.question->id, "");
    f.place(std::move(top.frame), {inner_.x, inner_.y});
    f.place(std::move(bottom.frame), {inner_.x, inner_.bottom() - bottom.height});
    double y = inner_.y + top.height + gap_;
    if (header) {
        f.place(header->frame, {inner_.x, y});
        y += header->height;
    }
    const Region& region = answer.regions[part];
    double height = inner_.bottom() - bottom.height - gap_ - y;
    if (parts == 1 && options_.center_answer && !region.empty()) {
        const Placed& last = region.back();
        double used = last.y + answer.stack[last.index].height;
        y += std::max(0.0, (height - used) / 2);
    }
    move_region(answer.stack, region, f, {inner_.x, y});
    return f;
}

}  // namespace deckpress::outputs
