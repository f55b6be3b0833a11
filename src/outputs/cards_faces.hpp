// outputs: the two faces of one card (question front, answer back), fitted to the card.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "layout/blocks.hpp"
#include "layout/flow.hpp"
#include "outputs/cards.hpp"

namespace deckpress::outputs {

/// The faces of one question: one front and one back per card (several when the answer
/// continues), each a frame the size of the card with its top-left at (0, 0).
struct FacedCard {
    std::vector<layout::Frame> fronts;
    std::vector<layout::Frame> backs;
    double font_size = 0;      ///< answer text
    double question_size = 0;  ///< question text
};

/// A fit probe's setting kept for the final setting: a probe that fitted and whose discarding
/// diagnostics dropped nothing set its text exactly as the final setting at its size would
/// (which then reports nothing), so that setting is not made twice.
template <typename T>
class KeptProbe {
public:
    /// Offers the setting a probe at `size` made and that fitted; the last clean one is kept.
    void offer(double size, T&& value, const Diagnostics& probe) {
        if (probe.discarded() > 0) return;
        size_ = size;
        value_ = std::move(value);
    }
    /// The kept setting when it was made at `size` (given once), else nullopt.
    std::optional<T> take(double size) {
        if (size_ != size) return std::nullopt;
        size_.reset();
        return std::move(value_);
    }

private:
    std::optional<double> size_;
    T value_{};
};

/// Sets questions and answers into cards, shrinking text from the layout's size down to its
/// minimum and splitting answers over continuation cards when even that does not fit.
class CardFaces {
public:
    CardFaces(const layout::LayoutFile& layout, const CardsOptions& options, const layout::Families& families,
              layout::Engine& engine, const bank::Bank& bank, Diagnostics& diags);

    /// The faces of `entry`; nullopt (after an error) when its question cannot fit.
    std::optional<FacedCard> make(const Entry& entry);

private:
    struct Row {
        layout::Frame frame;
        double height = 0;
    };
    struct Answer {
        layout::Stack stack;
        std::vector<layout::Region> regions;
    };

    layout::SetterEnv env(double size) const;
    layout::BlockSetter setter(double size, const Entry& e, Diagnostics& diags) const;
    /// `left_source` (when given) names where the left label's text comes from, for its
    /// missing-glyph warnings (else the card's question).
    Row corner_row(const Entry& e, const std::string& left, const std::string& right,
                   const text::TextSource* left_source = nullptr);
    /// A question that fits no card is reported at its text, unless the corner labels over
    /// and under it (category title, bank title) take half the card: then at the taller one.
    void report_unfit_question(const Entry& e, double top_h, double bottom_h);
    Row category_row(const Entry& e, const std::string& right);  ///< "Category · Level", `right`
    Row deck_title_row(const Entry& e);
    /// The lines of a corner row's left label `text`, `width` wide.
    layout::Stack label_lines(layout::BlockSetter& s, const std::string& text, double width);
    Row question_header(const Entry& e) const;
    /// The largest question size that fits `height`; the probe at that size goes to `fitted`.
    std::optional<double> question_fit(const Entry& e, double height, KeptProbe<layout::Stack>& fitted);
    layout::Stack set_question(const Entry& e, double size, Diagnostics& diags) const;
    Answer set_answer(const Entry& e, double size, double height, Diagnostics& diags) const;
    std::optional<Answer> fit_answer(const Entry& e, double& size);
    /// Front `part` of `parts`; the first takes the question from `fitted` when it was set at `size`.
    layout::Frame front(const Entry& e, double size, int part, int parts, KeptProbe<layout::Stack>& fitted);
    /// The back of part `part`; the slices of that part move out of `answer`.
    layout::Frame back(const Entry& e, Answer& answer, std::size_t part, const Row* header);
    const doc::Blocks& answer_blocks(const Entry& e) const;
    std::string number_label(const Entry& e, int part, int parts) const;
    /// "Answer 2/3" in the bank's words.
    std::string answer_title(int part, int parts) const;

    const layout::LayoutFile& layout_;
    const CardsOptions& options_;
    const layout::Families& families_;
    layout::Engine& engine_;
    const std::string& deck_title_;   ///< the bank's title
    const SourceLoc& deck_title_loc_;  ///< the bank's title in bank.yaml
    const bank::Labels& labels_;
    Diagnostics& diags_;
    layout::TextStyle question_text_;  ///< the layout's text style without hyphenation
    Rect inner_;       ///< the card minus its padding
    double gap_ = 0;   ///< between the corner rows and the text
    /// Left labels of corner rows by text and width, kept when the fonts have all their
    /// characters: setting those reports nothing, so every card shares them (the category,
    /// the deck title and "Answer" come back on every card).
    std::map<std::pair<std::string, double>, layout::Stack> label_lines_;
};

/// True when every slice of every region lies within `height` (distribute() lets a slice taller
/// than a region overflow; cards must never do that).
bool regions_fit(const layout::Stack& stack, const std::vector<layout::Region>& regions, double height);

/// Moves the items of a whole stack, as one region with its top-left at `origin`, into `frame`.
void place_stack(layout::Stack&& stack, layout::Frame& frame, Point origin);

}  // namespace deckpress::outputs
