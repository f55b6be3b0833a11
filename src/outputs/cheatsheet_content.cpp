// outputs: the cheat sheet's body (notes in panels, category bands, questions with answers).
#include <fmt/format.h>

#include "layout/flow.hpp"
#include "outputs/cheatsheet_parts.hpp"
#include "outputs/furniture.hpp"
#include "outputs/source_texts.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// Sets one stack for one text source; `diags` may be nullptr (fit probes stay silent).
class SheetSetter {
public:
    SheetSetter(const CheatContent& content, const SetterEnv& env, Diagnostics* diags)
        : content_(content), env_(env), diags_(diags), width_(column_width(content.layout->page)) {}

    /// The notes, each in a panel, set at `note_scale` times the base size.
    void notes(Stack& out) const {
        SetterEnv note_env = env_;
        note_env.size = env_.size * content_.options.note_scale;
        SheetSetter small(content_, note_env, diags_);
        for (const PreparedNote& n : content_.prepared->notes) small.note(n, out);
    }

    void body(Stack& out) const {
        const bank::Category* current = nullptr;
        for (std::size_t i = 0; i < content_.entries.size(); ++i) {
            const Entry& e = *content_.entries[i];
            if (e.category != current) {
                current = e.category;
                category(*current, out);
            }
            entry(e, content_.answers[i], out);
        }
    }

private:
    BlockSetter setter(const std::string& subject, const SourceLoc& loc = {}) const {
        return BlockSetter(env_, text::TextSource{diags_, loc, subject});
    }

    double ems(double value) const { return env_.size * value; }

    void note(const PreparedNote& n, Stack& out) const {
        const CheatsheetOptions& o = content_.options;
        BlockSetter s = setter("note '" + n.note->title + "'", n.note->loc);
        s.from(note_text(*n.note));
        double pad = ems(o.panel_padding);
        double inner = width_ - 2 * pad;
        std::size_t first = out.size();
        ParaLook title;
        title.face_style = text::BoldFace;
        title.align = Align::Left;
        title.use_color = true;
        title.color = env_.theme->accent;
        title.hyphenate = false;
        setter("note '" + n.note->title + "'", n.note->title_loc).paragraph({doc::span(n.note->title)}, inner, out, title);
        if (first == out.size()) return;
        keep_with_next(out, first);
        s.blocks(n.body, inner, out, ems(o.answer_gap));
        panel(out, first, env_.theme->panel_background, pad);
        out[first].gap_before = ems(o.entry_gap) * 1.5;
    }

    void category(const bank::Category& cat, Stack& out) const {
        BlockSetter s = setter("category " + cat.id, cat.title_loc);
        Slice header = band(s, cat.title, width_, "cat-" + cat.id, content_.options.band_scale);
        header.gap_before = ems(content_.options.entry_gap) * 1.5;
        out.push_back(std::move(header));
    }

    void entry(const Entry& e, const doc::Blocks& answer, Stack& out) const {
        const CheatsheetOptions& o = content_.options;
        BlockSetter s = setter("question " + e.question->id, e.question->text_loc());
        // The answer shown is the short one or part of the full one (blocks keep their places).
        const bool short_one = content_.options.answer == CheatAnswer::Short && !e.short_answer.empty();
        s.from(question_text(*e.question), blocks_text(e, short_one ? e.short_answer : e.answer));
        std::vector<doc::Span> question;
        if (o.numbers) question.push_back(doc::span(fmt::format("{}. ", e.number)));
        question.insert(question.end(), e.q.begin(), e.q.end());
        ParaLook look;
        look.face_style = text::BoldFace;
        look.align = Align::Left;
        std::size_t first = out.size();
        s.paragraph(question, width_, out, look, ems(o.entry_gap));
        if (first == out.size()) return;
        out[first].frame.push(AnchorItem{"q-" + e.question->id, {0, 0}});
        keep_with_next(out, first);
        s.blocks(answer, width_, out, ems(o.answer_gap));
    }

    const CheatContent& content_;
    SetterEnv env_;
    Diagnostics* diags_;
    double width_;
};

}  // namespace

Stack cheat_stack(const CheatContent& content, const SetterEnv& env, Diagnostics* diags) {
    SheetSetter sheet(content, env, diags);
    Stack stack;
    if (content.options.notes == CheatNotes::Start) sheet.notes(stack);
    sheet.body(stack);
    if (content.options.notes == CheatNotes::End) sheet.notes(stack);
    return stack;
}

}  // namespace deckpress::outputs
