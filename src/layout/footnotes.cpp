// layout: a text's footnotes (numbered notes under a short rule, or run-in) and links to them.
#include <fmt/format.h>

#include <algorithm>

#include "layout/blocks.hpp"

namespace deckpress::layout {

namespace {

/// The rule above the notes spans this share of the column (a short rule, as in books).
constexpr double kRuleShare = 1.0 / 3;
/// Run-in notes are separated by an em space.
constexpr const char* kRunInSeparator = "\u2003";

bool single_paragraph(const doc::Block& item) {
    return item.children.size() == 1 && item.children[0].kind == doc::BlockKind::Paragraph;
}

}  // namespace

std::string BlockSetter::note_anchor(int number) const { return fmt::format("{}-{}", note_anchor_, number); }

const std::vector<doc::Span>& BlockSetter::linked_notes(const std::vector<doc::Span>& spans,
                                                        std::vector<doc::Span>& storage) const {
    if (note_anchor_.empty()) return spans;
    if (std::none_of(spans.begin(), spans.end(), [](const doc::Span& s) { return s.note > 0; })) return spans;
    storage = spans;
    for (doc::Span& s : storage)
        if (s.note > 0) s.link = "#" + note_anchor(s.note);
    return storage;
}

void BlockSetter::footnotes(const doc::Block& b, double width, Stack& out, double gap_before, int depth) {
    if (b.children.empty()) return;
    SetterEnv small = env_;
    small.size = env_.size * env_.text->footnote_scale;
    BlockSetter notes(small, source_);
    notes.note_anchor_ = note_anchor_;
    if (env_.run_in_notes && note_anchor_.empty() && notes.run_in_notes(b, width, out, gap_before)) return;
    Slice rule;
    rule.height = small.size * 0.5;
    rule.gap_before = gap_before;
    rule.keep_with_next = true;
    rule.frame.size = {width, rule.height};
    rule.frame.push(LineItem{{0, rule.height / 2}, {width * kRuleShare, rule.height / 2}, 0.4, env_.theme->rule});
    out.push_back(std::move(rule));
    const std::string widest = fmt::format("{}.", b.children.back().start);
    const double indent = std::max(small.size * env_.text->list_indent,
                                   text::measure(env_.ts, widest, notes.look_for(doc::span(widest), {})) + notes.marker_gap());
    const double inner_gap = notes.gap() * 0.25;
    for (std::size_t i = 0; i < b.children.size(); ++i) {
        const doc::Block& note = b.children[i];
        const std::size_t first = out.size();
        notes.list_item(note, width - indent, out, i == 0 ? notes.gap() * 0.3 : inner_gap, inner_gap, depth);
        indent_slices(out, first, indent);
        notes.add_marker(out[first], fmt::format("{}.", note.start), indent);
        if (!note_anchor_.empty()) out[first].frame.push(AnchorItem{note_anchor(note.start), {0, 0}});
    }
}

bool BlockSetter::run_in_notes(const doc::Block& b, double width, Stack& out, double gap_before) {
    if (!std::all_of(b.children.begin(), b.children.end(), single_paragraph)) return false;
    std::vector<doc::Span> spans;
    for (const doc::Block& note : b.children) {
        if (!spans.empty()) spans.push_back(doc::span(kRunInSeparator));
        spans.push_back(doc::span(std::to_string(note.start), doc::Super));
        spans.push_back(doc::span("\u2009"));  // a thin space after the number
        const std::vector<doc::Span>& text = note.children[0].spans;
        spans.insert(spans.end(), text.begin(), text.end());
    }
    if (!out.empty()) out.back().keep_with_next = true;  // the notes stay with the text's last line
    paragraph(spans, width, out, {}, gap_before);
    return true;
}

}  // namespace deckpress::layout
