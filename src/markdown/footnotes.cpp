// markdown: footnote references resolved to numbered notes, the notes parsed and collected last.
#include "markdown/footnotes.hpp"

#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "markdown/internal.hpp"
#include "core/ascii.hpp"

namespace deckpress::markdown::detail {
namespace {

/// The note's pieces placed in the file: a note piece lies in the text, and the text's own
/// map (or its origin) places that in the file.
TextMap file_map(const Context& ctx, const TextMap& in_text) {
    TextMap out;
    const bool mapped = ctx.map != nullptr && ctx.origin.line > 0;
    for (const TextPiece& p : in_text) {
        if (!mapped) {
            const SourceLoc at = file_loc(ctx, p.file_line, p.file_column);
            out.push_back({p.line, p.column, p.length, at.line, at.column});
            continue;
        }
        for (const TextPiece& q : *ctx.map) {
            if (q.line != p.file_line) continue;
            const int from = std::max(p.file_column, q.column);
            const int to = std::min(p.file_column + p.length, q.column + q.length);
            if (from >= to) continue;
            out.push_back({p.line, p.column + from - p.file_column, to - from, q.file_line, q.file_column + from - q.column});
        }
    }
    return out;
}

/// One label's note: the first definition, its number once referenced.
struct Note {
    const NoteDef* def = nullptr;
    int number = 0;
};

/// Numbers references in order, turns them into superscript spans and collects the notes.
class Resolver {
public:
    Resolver(const NoteCut& cut, const Context& ctx, Diagnostics& diags) : ctx_(ctx), diags_(diags) {
        for (const NoteDef& def : cut.defs) add_definition(def);
        warn_nested(cut.nested, ctx);
    }

    /// Resolves the references in `blocks`, whose text's references (as found in the source)
    /// are `refs` and whose context is `ctx`.
    void resolve(doc::Blocks& blocks, const std::vector<NoteRef>& refs, const Context& ctx) {
        refs_ = &refs;
        next_ref_ = 0;
        text_ctx_ = &ctx;
        for (doc::Block& b : blocks) walk(b);
    }

    /// Parses the referenced notes (in number order; their own references come after) into a
    /// Footnotes block after `blocks`, and warns about definitions never referenced.
    void finish(doc::Blocks& blocks) {
        doc::Block notes;
        notes.kind = doc::BlockKind::Footnotes;
        for (std::size_t k = 0; k < order_.size(); ++k) notes.children.push_back(note_item(notes_[order_[k]]));
        for (const auto& [label, note] : notes_)
            if (note.number == 0)
                diags_.warning(file_loc(ctx_, note.def->line, note.def->column),
                               with_subject(ctx_, fmt::format("footnote [^{}] is never referenced: dropped", note.def->shown)));
        if (notes.children.empty()) return;
        notes.loc = notes.children.front().loc;
        blocks.push_back(std::move(notes));
    }

private:
    void warn_nested(const std::vector<NoteRef>& nested, const Context& ctx) {
        for (const NoteRef& n : nested)
            diags_.warning(file_loc(ctx, n.line, n.column),
                           with_subject(ctx_, "footnote definitions inside a quote or list item are not supported: "
                                              "shown as written (start it at the beginning of a line)"));
    }

    void add_definition(const NoteDef& def) {
        const auto [it, added] = notes_.try_emplace(def.label, Note{&def, 0});
        if (added) return;
        const SourceLoc first = file_loc(ctx_, it->second.def->line, it->second.def->column);
        diags_.warning(file_loc(ctx_, def.line, def.column),
                       with_subject(ctx_, fmt::format("footnote [^{}] is defined twice: the first definition (line {}) is kept",
                                                      def.shown, first.line)));
    }

    doc::Block note_item(const Note& note) {
        const NoteDef& def = *note.def;
        Context at = ctx_;
        at.origin = file_loc(ctx_, def.line, def.column);
        const TextMap map = file_map(ctx_, def.map);
        at.map = &map;
        doc::Block item;
        item.kind = doc::BlockKind::ListItem;
        item.ordered = true;
        item.start = note.number;
        item.loc = at.origin;
        item.children = build_blocks(def.text, at, diags_);
        warn_nested(def.nested, at);
        resolve(item.children, def.refs, at);
        return item;
    }

    void walk(doc::Block& b) {
        block_loc_ = b.loc;
        if (needs_work(b.spans)) b.spans = resolved(b.spans);
        for (auto& line : b.lines) unmark_code(line);
        unmark_notes(b.path);
        for (doc::Block& child : b.children) walk(child);
    }

    static bool needs_work(const std::vector<doc::Span>& spans) {
        for (const doc::Span& s : spans)
            if (has_note_mark(s.text) || has_note_mark(s.link)) return true;
        return false;
    }

    void unmark_code(std::vector<doc::Span>& spans) {
        for (doc::Span& s : spans) unmark_notes(s.text);
    }

    std::vector<doc::Span> resolved(const std::vector<doc::Span>& spans) {
        std::vector<doc::Span> out;
        for (doc::Span s : spans) {
            unmark_notes(s.link);
            if (s.style & doc::Code) {
                for (std::size_t at = s.text.find(kNoteMark); at != std::string::npos; at = s.text.find(kNoteMark, at + 1))
                    skip_ref(label_at(s.text, at));
                unmark_notes(s.text);
                out.push_back(std::move(s));
            } else {
                split(std::move(s), out);
            }
        }
        return out;
    }

    static std::string label_at(const std::string& text, std::size_t mark) {
        const std::size_t end = text.find(']', mark);
        return ascii_lower(text.substr(mark + 1, end == std::string::npos ? std::string::npos : end - mark - 1));
    }

    /// Appends `s` to `out` with each marked reference made a note number (or text again).
    void split(doc::Span s, std::vector<doc::Span>& out) {
        doc::Span piece = s;
        piece.text.clear();
        std::size_t from = 0;
        for (std::size_t at = s.text.find(kNoteMark); at != std::string::npos; at = s.text.find(kNoteMark, at + 1)) {
            const std::size_t end = s.text.find(']', at);
            if (at == 0 || s.text[at - 1] != '[' || end == std::string::npos) continue;
            const std::string label = label_at(s.text, at);
            const SourceLoc loc = skip_ref(label);
            const auto note = notes_.find(label);
            if (note == notes_.end()) {
                diags_.warning(loc, with_subject(ctx_, fmt::format("footnote [^{}] has no definition: shown as written",
                                                                  s.text.substr(at + 1, end - at - 1))));
                continue;
            }
            piece.text.assign(s.text, from, at - 1 - from);
            unmark_notes(piece.text);  // references without a definition before this one
            if (!piece.text.empty()) out.push_back(piece);
            out.push_back(reference(s, number(note->second)));
            from = end + 1;
        }
        piece.text.assign(s.text, from);
        unmark_notes(piece.text);
        if (!piece.text.empty()) out.push_back(std::move(piece));
    }

    static doc::Span reference(const doc::Span& around, int number) {
        doc::Span ref;
        ref.text = std::to_string(number);
        ref.style = static_cast<std::uint8_t>((around.style & ~doc::Code) | doc::Super);
        ref.note = number;
        return ref;
    }

    int number(Note& note) {
        if (note.number == 0) {
            note.number = static_cast<int>(order_.size()) + 1;
            order_.push_back(note.def->label);
        }
        return note.number;
    }

    /// The place of the next reference to `label` in the source (refs in raw HTML and link
    /// destinations never reach the spans, so the search skips ahead); the block's when none.
    SourceLoc skip_ref(const std::string& label) {
        for (std::size_t k = next_ref_; k < refs_->size(); ++k) {
            if ((*refs_)[k].label != label) continue;
            next_ref_ = k + 1;
            return file_loc(*text_ctx_, (*refs_)[k].line, (*refs_)[k].column);
        }
        return block_loc_;
    }

    const Context& ctx_;
    Diagnostics& diags_;
    std::map<std::string, Note> notes_;  ///< by normalised label
    std::vector<std::string> order_;     ///< labels by number - 1
    const std::vector<NoteRef>* refs_ = nullptr;
    std::size_t next_ref_ = 0;
    const Context* text_ctx_ = nullptr;
    SourceLoc block_loc_;
};

}  // namespace

doc::Blocks parse_with_footnotes(std::string_view text, const Context& ctx, Diagnostics& diags) {
    const NoteCut cut = cut_footnotes(text);
    doc::Blocks blocks = build_blocks(cut.text, ctx, diags);
    Resolver resolver(cut, ctx, diags);
    resolver.resolve(blocks, cut.refs, ctx);
    resolver.finish(blocks);
    return blocks;
}

}  // namespace deckpress::markdown::detail
