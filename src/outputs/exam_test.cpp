// outputs: the mock-test PDF: title block, numbered questions with points and answer space.
#include "layout/flow.hpp"
#include "outputs/exam.hpp"
#include "outputs/exam_parts.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// `count` ruled lines, `spacing` apart, to write the answer on.
void answer_space(int count, double spacing, double width, const Color& color, double gap_before, Stack& out) {
    for (int i = 0; i < count; ++i) {
        Slice s;
        s.height = spacing;
        s.gap_before = i == 0 ? gap_before : 0;
        s.frame.size = {width, spacing};
        s.frame.push(LineItem{{0, spacing - 0.5}, {width, spacing - 0.5}, 0.5, color});
        out.push_back(std::move(s));
    }
}

}  // namespace

Document build_exam_test(const Prepared& prepared, const ExamPlan& plan, std::size_t version,
                         const ExamOptions& options, const LayoutFile& layout, Engine& engine, Diagnostics& diags) {
    Families families = load_families(engine, layout.fonts);
    SetterEnv env{engine.typesetter(layout.text.language), &families, &layout.theme, &layout.text, layout.text.size};
    ExamParts parts(prepared, plan, version, options, layout, env, diags);
    if (!parts.has_room()) return {};
    const std::string what = prepared.bank->labels[bank::Label::MockTest];
    Stack stack;
    parts.title_block(what, true, stack);
    double gap = env.size * layout.text.paragraph_gap;
    const std::vector<ExamQuestion>& questions = parts.version().questions;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const ExamQuestion& q = questions[i];
        std::size_t first = stack.size();
        parts.question_heading(static_cast<int>(i) + 1, q, stack, i == 0 ? gap : gap * 2.2);
        if (!q.entry->question->choices.empty()) parts.choices(q, false, stack);
        answer_space(q.lines, options.line_spacing, parts.width(), layout.theme.rule, gap * 0.3, stack);
        parts.keep_together(stack, first);
    }
    Document doc;
    doc.pages = parts.pages(std::move(stack), what);
    doc.meta = parts.metadata(what);
    return doc;
}

}  // namespace deckpress::outputs
