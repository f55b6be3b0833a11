// outputs: what the exam test and key share: setters, title block, question headings, footers.
#pragma once

#include <string>
#include <vector>

#include "layout/blocks.hpp"
#include "layout/frame.hpp"
#include "outputs/exam.hpp"

namespace deckpress::outputs {

/// Everything a test or key page needs, for one version of one exam.
class ExamParts {
public:
    ExamParts(const Prepared& prepared, const ExamPlan& plan, std::size_t version, const ExamOptions& options,
              const layout::LayoutFile& layout, const layout::SetterEnv& env, Diagnostics& diags);

    layout::BlockSetter setter(const std::string& subject, SourceLoc loc = {}) const;
    /// The width of a column: every flowed slice is set to it.
    double width() const;
    const ExamVersion& version() const { return plan_.versions[version_]; }
    const ExamOptions& options() const { return options_; }
    const layout::SetterEnv& env() const { return env_; }
    Diagnostics& diags() const { return diags_; }

    /// "Mock test · Version A · Seed 123456" (or "Answer key · ...").
    std::string caption(const std::string& what) const;
    /// The bank's words (outputs print no others).
    const bank::Labels& labels() const { return prepared_.bank->labels; }
    /// Bank title, caption and a summary line; the test adds name/date lines and instructions.
    void title_block(const std::string& what, bool test, layout::Stack& out) const;
    /// "N. question" set beside a right-aligned points label.
    void question_heading(int number, const ExamQuestion& q, layout::Stack& out, double gap_before) const;
    /// The lettered choices of a multiple-choice question in the version's order; with
    /// `mark_correct`, the correct ones are set in bold with a check mark.
    void choices(const ExamQuestion& q, bool mark_correct, layout::Stack& out) const;
    /// Makes the slices from `first` on one unbreakable group when they fit on a page.
    void keep_together(layout::Stack& stack, std::size_t first) const;
    /// Flows the stack into pages with the footer space kept free, then adds footers.
    std::vector<layout::Frame> pages(layout::Stack stack, const std::string& what) const;
    /// Whether the page keeps room for lines of text above the footer (else an error at the layout).
    bool has_room() const;
    /// Metadata with the seed and version in subject and keywords.
    layout::Metadata metadata(const std::string& what) const;

private:
    double footer_height() const;

    const Prepared& prepared_;
    const ExamPlan& plan_;
    std::size_t version_;
    const ExamOptions& options_;
    const layout::LayoutFile& layout_;
    layout::SetterEnv env_;
    Diagnostics& diags_;
};

/// A slice holding `text` at the left and a writing line to the right of it ("Name ______").
layout::Slice write_in_line(const layout::BlockSetter& setter, const std::vector<std::string>& labels,
                            double width, const Color& rule);

}  // namespace deckpress::outputs
