// outputs: missing glyphs of question lines, full answers and choices, for `check`, without setting them.
#include "outputs/glyph_check.hpp"

#include <fmt/format.h>

#include <set>
#include <string>

#include "layout/blocks.hpp"
#include "outputs/source_texts.hpp"
#include "text/coverage.hpp"

namespace deckpress::outputs {
namespace {

using layout::BlockSetter;
using layout::ParaLook;

bool same_fonts(const layout::FontFiles& a, const layout::FontFiles& b) {
    for (int i = 0; i < 4; ++i)
        if (a.body[i] != b.body[i] || a.mono[i] != b.mono[i]) return false;
    return a.fallback == b.fallback;
}

/// The layouts with distinct font files: the chains to test against.
std::vector<const layout::LayoutFile*> distinct_chains(const std::vector<layout::LayoutFile>& layouts) {
    std::vector<const layout::LayoutFile*> kept;
    for (const layout::LayoutFile& l : layouts) {
        bool seen = false;
        for (const layout::LayoutFile* k : kept) seen = seen || same_fonts(k->fonts, l.fonts);
        if (!seen) kept.push_back(&l);
    }
    return kept;
}

/// Tests the spans of `blocks` in the looks the block setter gives them (headings and a table's
/// header row bold, code in the code family), reporting at each block's place as it does.
class BlockWalker {
public:
    BlockWalker(const BlockSetter& setter, text::TextSource& source) : setter_(setter), source_(source) {}

    void test(const std::vector<doc::Span>& spans, const ParaLook& para) {
        text::report_uncovered(setter_.env().ts, spans, [&](const doc::Span& s) { return setter_.look_for(s, para); },
                               source_);
    }

    void blocks(const doc::Blocks& blocks, const ParaLook& para = {}) {
        for (const doc::Block& b : blocks) block(b, para);
    }

private:
    void block(const doc::Block& b, ParaLook para) {
        const SourceLoc saved = source_.loc;
        if (b.loc.line > 0) source_.loc = b.loc;
        if (b.kind == doc::BlockKind::Heading) para.face_style = text::BoldFace;
        test(b.spans, para);
        if (b.kind == doc::BlockKind::Code) {
            ParaLook mono = para;
            mono.mono = true;
            for (const std::vector<doc::Span>& line : b.lines) test(line, mono);
        }
        for (std::size_t i = 0; i < b.children.size(); ++i) {
            ParaLook inner = para;
            if (b.kind == doc::BlockKind::Table && i == 0) inner.face_style = text::BoldFace;
            block(b.children[i], inner);
        }
        source_.loc = saved;
    }

    const BlockSetter& setter_;
    text::TextSource& source_;
};

/// "file:line:col\ncharacter U+..." of a missing-glyph warning, "" for other diagnostics.
std::string glyph_key(const Diagnostic& d) {
    if (!d.message.ends_with("; it was not drawn")) return {};
    const std::size_t character = d.message.find("character U+");
    return fmt::format("{}:{}:{}\n{}", d.loc.file, d.loc.line, d.loc.column, d.message.substr(character));
}

/// Tests an entry's choices as the exam sets them, under the exam's subject, each at its place.
void check_choices(const layout::SetterEnv& env, const Entry& e, Diagnostics& found) {
    const bank::Question& q = *e.question;
    for (std::size_t i = 0; i < e.choices.size() && i < q.choices.size(); ++i) {
        const bank::Choice& choice = q.choices[i];
        BlockSetter setter(env, text::TextSource{&found, choice.loc.file.empty() ? q.loc : choice.loc, "choices of " + q.id});
        setter.from(choice_text(choice));
        text::TextSource source = setter.source();
        BlockWalker(setter, source).test(e.choices[i], {});
    }
}

void check_chain(const Prepared& prepared, const layout::LayoutFile& layout, layout::Engine& engine,
                 Diagnostics& found) {
    layout::Families families;
    try {
        families = layout::load_families(engine, layout.fonts);
    } catch (const InputError&) {
        return;  // a font that cannot be loaded is reported by the commands that use the layout
    }
    const layout::SetterEnv env{engine.typesetter(), &families, &layout.theme, &layout.text, layout.text.size};
    ParaLook title;
    title.face_style = text::BoldFace;
    for (const Entry& e : prepared.entries) {
        const bank::Question& q = *e.question;
        BlockSetter setter(env, text::TextSource{&found, q.text_loc(), "question " + q.id});
        setter.from(question_text(q), blocks_text(e, e.answer));
        text::TextSource source = setter.source();
        BlockWalker walker(setter, source);
        walker.test(e.q, title);
        source.loc = q.loc;  // the reader sets the answer from the question's place on
        walker.blocks(e.answer);
        check_choices(env, e, found);
    }
    for (const PreparedNote& n : prepared.notes) {
        const std::string subject = "note '" + n.note->title + "'";
        BlockSetter title_setter(env, text::TextSource{&found, n.note->title_loc, subject});
        text::TextSource title_source = title_setter.source();
        BlockWalker(title_setter, title_source).test({doc::span(n.note->title)}, title);
        BlockSetter setter(env, text::TextSource{&found, n.note->loc, subject});
        setter.from(note_text(*n.note));
        text::TextSource source = setter.source();
        BlockWalker(setter, source).blocks(n.body);
    }
}

}  // namespace

void check_glyphs(const Prepared& prepared, const std::vector<layout::LayoutFile>& layouts,
                  layout::Engine& engine, Diagnostics& diags) {
    Diagnostics found;
    for (const layout::LayoutFile* layout : distinct_chains(layouts)) check_chain(prepared, *layout, engine, found);
    add_unrepeated(found, diags);
}

void add_unrepeated(const Diagnostics& from, Diagnostics& to) {
    std::set<std::string> reported;
    for (const Diagnostic& d : to.items()) reported.insert(glyph_key(d));
    for (const Diagnostic& d : from.items()) {
        const std::string key = glyph_key(d);
        if (!key.empty() && !reported.insert(key).second) continue;
        if (d.severity == Severity::Error) to.error(d.loc, d.message);
        else to.warning(d.loc, d.message);
    }
}

}  // namespace deckpress::outputs
