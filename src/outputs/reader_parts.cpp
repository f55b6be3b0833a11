// outputs: building the reader's body, contents, cover and running furniture.
#include "outputs/reader_parts.hpp"

#include <fmt/format.h>

#include <iterator>

#include "layout/flow.hpp"
#include "outputs/furniture.hpp"
#include "outputs/source_texts.hpp"

namespace deckpress::outputs {

using namespace layout;

std::string note_anchor(const bank::Note& note, const Prepared& prepared) {
    for (std::size_t i = 0; i < prepared.notes.size(); ++i)
        if (prepared.notes[i].note == &note) return fmt::format("note-{}", i + 1);
    return "notes";
}

ReaderParts::ReaderParts(const Prepared& prepared, const std::vector<const Entry*>& entries,
                         const LayoutFile& layout, Engine& engine, const SetterEnv& env,
                         const ReaderOptions& options, Diagnostics& diags)
    : prepared_(prepared),
      entries_(entries),
      layout_(layout),
      engine_(engine),
      env_(env),
      options_(options),
      diags_(diags) {
    header_ = env_.size * 2.2;
    footer_ = env_.size * 2.2;
    env_.max_block_height = column_height(layout_.page, header_, footer_);
}

BlockSetter ReaderParts::setter(const std::string& subject, SourceLoc loc) const {
    return BlockSetter(env_, text::TextSource{&diags_, std::move(loc), subject});
}

bool ReaderParts::has_room() const {
    return page_has_room(layout_, header_, footer_, env_.size * env_.text->leading, diags_);
}

double ReaderParts::width() const { return column_width(layout_.page); }

std::vector<Frame> ReaderParts::body_pages() {
    // The questions are set on idle cores meanwhile; each category takes its own in order.
    std::vector<SetQuestion> set(entries_.size());
    std::size_t bytes = 0;
    for (const Entry* e : entries_) bytes += e->question->q.size() + e->question->a.size();
    SettingTasks questions(engine_, entries_.size(), bytes, [&](std::size_t i, const text::Typesetter& ts) {
        question(*entries_[i], ts, set[i]);
    }, layout_.text.language);
    Stack stack;
    notes(stack);
    for (std::size_t first = 0; first < entries_.size();) {
        std::size_t end = first + 1;
        while (end < entries_.size() && entries_[end]->category == entries_[first]->category) ++end;
        category(*entries_[first]->category, first, end - first, questions, set, stack);
        first = end;
    }
    return flow_pages(std::move(stack), layout_.page, header_, footer_);
}

void ReaderParts::notes(Stack& out) {
    if (prepared_.notes.empty()) return;
    BlockSetter s = setter("notes");
    out.push_back(band(s, prepared_.bank->labels[bank::Label::Notes], width(), "notes"));
    out.back().break_before = true;
    for (const PreparedNote& n : prepared_.notes) {
        BlockSetter ns = setter("note '" + n.note->title + "'", n.note->loc);
        ns.link_footnotes(note_anchor(*n.note, prepared_) + "-fn");
        ns.from(note_text(*n.note));
        out.push_back(anchor_slice(note_anchor(*n.note, prepared_), width()));
        out.back().gap_before = ns.gap() * 1.5;
        ParaLook title;
        title.scale = env_.text->heading_scale[1];
        title.face_style = text::BoldFace;
        title.align = Align::Left;
        std::size_t heading = out.size();
        setter("note '" + n.note->title + "'", n.note->title_loc).paragraph({doc::span(n.note->title)}, width(), out, title);
        keep_with_next(out, heading);
        ns.blocks(n.body, width(), out, ns.gap() * 0.5);
    }
}

void ReaderParts::category(const bank::Category& cat, std::size_t first, std::size_t count,
                           SettingTasks& questions, std::vector<SetQuestion>& set, Stack& out) {
    BlockSetter s = setter("category " + cat.id, cat.title_loc);
    Slice header = band(s, cat.title, width(), "cat-" + cat.id);
    header.break_before = options_.category_new_page || out.empty();
    header.gap_before = s.gap() * 2;
    out.push_back(std::move(header));
    if (options_.self_test) self_test(first, count, out);
    for (std::size_t i = first; i < first + count; ++i) {
        questions.wait(i);
        std::move(set[i].slices.begin(), set[i].slices.end(), std::back_inserter(out));
        for (const Diagnostic& d : set[i].diags.items()) diags_.add(d);
        set[i] = SetQuestion{};
    }
}

namespace {

/// Reports the characters of `q`'s tags that no font has, at each tag.
void report_missing_in_tags(const bank::Question& q, const text::Typesetter& ts, const text::Look& look,
                            Diagnostics& diags) {
    for (std::size_t i = 0; i < q.tags.size(); ++i) {
        if (text::covers(ts, q.tags[i], look)) continue;
        SourceLoc at = i < q.tag_locs.size() ? q.tag_locs[i] : q.loc;
        text::set_line(ts, q.tags[i], look, text::TextSource{&diags, at, "question " + q.id + " tag"});
    }
}

}  // namespace

void ReaderParts::question(const Entry& e, const text::Typesetter& ts, SetQuestion& set) const {
    const bank::Question& q = *e.question;
    SetterEnv env = env_;
    env.ts = ts;
    BlockSetter s(env, text::TextSource{&set.diags, q.loc, "question " + q.id});
    s.link_footnotes("q-" + q.id + "-fn");
    s.from(blocks_text(e, e.answer));
    Stack& out = set.slices;
    const Theme& theme = *env_.theme;
    out.push_back(anchor_slice("q-" + q.id, width()));
    out.back().gap_before = s.gap() * 2;
    std::string tags;
    for (const std::string& t : q.tags) tags += " #" + t;
    const bank::Labels& labels = prepared_.bank->labels;
    std::string meta = fmt::format("{} \u00b7 {} \u00b7 {}",
                                   bank::fill(labels[bank::Label::QuestionNumber], {{"n", std::to_string(e.number)}}),
                                   e.category->title, level_label(labels, q.level));
    if (q.kind != bank::Kind::Unset) meta += fmt::format(" \u00b7 {}", kind_label(labels, q.kind));
    meta += tags;
    ParaLook small;
    small.scale = env_.text->small_scale;
    small.use_color = true;
    small.color = theme.muted;
    small.align = Align::Left;
    std::vector<doc::Span> meta_spans{doc::span(meta)};
    if (options_.self_test) meta_spans.push_back(doc::span("  \u2191 " + labels[bank::Label::ToQuestion], doc::Plain, "#ask-" + q.id));
    // The category's title is reported by its band, at the title: report here only what the
    // question's own tags lack, at each tag (else every question repeats the band's warnings).
    report_missing_in_tags(q, ts, s.look_for(doc::span(tags), small), set.diags);
    std::size_t heading = out.size();
    BlockSetter(env, text::TextSource{nullptr, q.loc, "question " + q.id}).paragraph(meta_spans, width(), out, small);
    ParaLook title;
    title.scale = env_.text->heading_scale[2];
    title.face_style = text::BoldFace;
    title.align = Align::Left;
    title.leading = 1.25;
    title.hyphenate = false;
    BlockSetter(env, text::TextSource{&set.diags, q.text_loc(), "question " + q.id})
        .from(question_text(q))
        .paragraph(e.q, width(), out, title, s.gap() * 0.2);
    keep_with_next(out, heading);  // the meta line and the title, with the answer's first line
    s.blocks(e.answer, width(), out, s.gap());
}

void ReaderParts::self_test(std::size_t first, std::size_t count, Stack& out) {
    for (std::size_t i = first; i < first + count; ++i) {
        const Entry* e = entries_[i];
        BlockSetter s = setter("self-test", e->question->q_loc);
        s.from(question_text(*e->question));
        out.push_back(anchor_slice("ask-" + e->question->id, width()));
        std::vector<doc::Span> spans{doc::span(fmt::format("{}. ", e->number), doc::Bold)};
        spans.insert(spans.end(), e->q.begin(), e->q.end());
        spans.push_back(doc::span("  "));
        spans.push_back(doc::span(prepared_.bank->labels[bank::Label::ToAnswer] + "\u00a0\u2192", doc::Plain,
                                  "#q-" + e->question->id));
        ParaLook look;
        look.align = Align::Left;
        look.hyphenate = false;
        s.paragraph(spans, width(), out, look, s.gap() * 0.5);
    }
}

}  // namespace deckpress::outputs
