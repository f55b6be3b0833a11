// outputs: the reader's cover, contents and running header and footer.
#include <fmt/format.h>

#include <array>
#include <set>

#include "bank/yaml_tree.hpp"
#include "layout/flow.hpp"
#include "outputs/furniture.hpp"
#include "outputs/reader_parts.hpp"
#include "outputs/source_texts.hpp"

namespace deckpress::outputs {

using namespace layout;

namespace {

/// "60 questions in 6 categories — 20 beginner, 25 intermediate, 15 advanced".
std::string cover_counts(const std::vector<const Entry*>& entries, const bank::Labels& labels) {
    std::array<int, 4> levels{};
    for (const Entry* e : entries) ++levels[static_cast<std::size_t>(e->question->level)];
    std::set<const bank::Category*> categories;
    for (const Entry* e : entries) categories.insert(e->category);
    using bank::Label;
    const auto n = [](std::size_t count) { return static_cast<long long>(count); };
    return bank::fill(labels[Label::CoverCounts],
                      {{"questions", labels.count(Label::Questions, n(entries.size()))},
                       {"categories", labels.count(Label::Categories, n(categories.size()))},
                       {"beginner", std::to_string(levels[1])},
                       {"intermediate", std::to_string(levels[2])},
                       {"advanced", std::to_string(levels[3])}});
}

/// One page with the cover's lines in `box`, starting at 28% of its height (higher when they
/// would not fit), under a short accent bar whose offset and thickness follow the base `size`.
Frame cover_page(Stack&& stack, Size page_size, const Rect& box, double size, const Color& accent) {
    Frame page;
    page.size = page_size;
    double y = box.y + std::min(box.height * 0.28, box.height - stack_height(stack));
    if (y - size * 1.5 >= box.y) page.push(FillItem{{box.x, y - size * 1.5, box.width * 0.25, size * 0.35}, accent});
    for (std::size_t i = 0; i < stack.size(); ++i) {
        y += i == 0 ? 0 : stack[i].gap_before;
        page.place(std::move(stack[i].frame), {box.x, y});
        y += stack[i].height;
    }
    return page;
}

/// Where a character deckpress itself draws (the header's arrow) is reported when no font has
/// it: at the layout's `fonts:`, whose chain lacks it (it was reported at the bank's title).
SourceLoc font_chain_loc(const LayoutFile& layout) {
    if (layout.tree)
        if (const yaml::Node* key = layout.tree->find_key("fonts")) return key->loc;
    return {layout.path, 0, 0};
}

}  // namespace

void ReaderParts::contents_entry(const std::string& title, const SourceLoc& loc, const std::string& anchor,
                                 int page, double indent, bool strong, Stack& out, const SourceText& text) {
    BlockSetter s = setter("contents", loc);
    s.from(text);
    const Theme& theme = *env_.theme;
    std::string number = page > 0 ? std::to_string(page) : "000";
    text::Look num_look = body_look(s, 1, theme.text, strong ? text::BoldFace : text::Regular);
    double number_w = text::measure(env_.ts, "0000", num_look);
    ParaLook look;
    look.face_style = strong ? text::BoldFace : text::Regular;
    look.align = Align::Left;
    look.hyphenate = false;
    std::size_t first = out.size();
    s.paragraph({doc::span(title)}, width() - indent - number_w, out, look, strong ? s.gap() : s.gap() * 0.2);
    if (first == out.size()) return;
    indent_slices(out, first, indent);
    Slice& last = out.back();
    label(last.frame, s, number, num_look, width(), last.baseline, HAlign::Right);
    double h = 0;
    for (std::size_t i = first; i < out.size(); ++i) {
        out[i].frame.size.width = width();
        if (i > first) out[i].breakable = false;
        h += out[i].height;
    }
    out[first].frame.push(LinkItem{{0, 0, width(), h}, "#" + anchor});
    if (strong) out.back().keep_with_next = true;
}

std::vector<Frame> ReaderParts::contents_pages(const std::map<std::string, int>& pages) {
    Stack stack;
    BlockSetter s = setter("contents");
    auto page_of = [&](const std::string& anchor) {
        auto it = pages.find(anchor);
        return it == pages.end() ? 0 : it->second;
    };
    const bank::Labels& labels = prepared_.bank->labels;
    stack.push_back(band(s, labels[bank::Label::Contents], width(), "contents", 1.3));
    if (!prepared_.notes.empty()) {
        contents_entry(labels[bank::Label::Notes], {}, "notes", page_of("notes"), 0, true, stack);
        for (const PreparedNote& n : prepared_.notes) {
            std::string anchor = note_anchor(*n.note, prepared_);
            contents_entry(n.note->title, n.note->title_loc, anchor, page_of(anchor), env_.size * 1.5, false, stack);
        }
    }
    const bank::Category* current = nullptr;
    for (const Entry* e : entries_) {
        if (e->category != current) {
            current = e->category;
            contents_entry(current->title, current->title_loc, "cat-" + current->id, page_of("cat-" + current->id), 0, true, stack);
        }
        std::string anchor = "q-" + e->question->id;
        contents_entry(fmt::format("{}. {}", e->number, doc::plain_text(e->q)), e->question->q_loc, anchor, page_of(anchor),
                       env_.size * 1.5, false, stack, question_text(*e->question));
    }
    return flow_pages(std::move(stack), layout_.page, header_, footer_);
}

Stack ReaderParts::cover_stack(double title_scale) const {
    const bank::Bank& bank = *prepared_.bank;
    const Theme& theme = *env_.theme;
    BlockSetter s = setter("cover");
    const double width = content_box(layout_.page).width;
    Stack stack;
    ParaLook title;
    title.scale = title_scale;
    title.face_style = text::BoldFace;
    title.align = Align::Left;
    title.leading = 1.15;
    title.use_color = true;
    title.color = theme.accent;
    setter("cover", bank.locs.title).paragraph({doc::span(bank.title)}, width, stack, title);
    ParaLook sub;
    sub.scale = 1.25;
    sub.align = Align::Left;
    if (!bank.subtitle.empty())
        setter("cover", bank.locs.subtitle).paragraph({doc::span(bank.subtitle)}, width, stack, sub, s.gap() * 1.5);
    ParaLook muted;
    muted.align = Align::Left;
    muted.use_color = true;
    muted.color = theme.muted;
    s.paragraph({doc::span(cover_counts(entries_, bank.labels))}, width, stack, muted, s.gap() * 3);
    for (const auto& [line, loc] : {std::pair{&bank.author, &bank.locs.author}, {&bank.source, &bank.locs.source}})
        if (!line->empty()) setter("cover", *loc).paragraph({doc::span(*line)}, width, stack, muted, s.gap());
    return stack;
}

std::vector<Frame> ReaderParts::cover_pages() {
    Rect box = content_box(layout_.page);
    // The title at 2.2 times the base size; a long one steps down (to 1.4 at least, still
    // above the subtitle's 1.25) before the cover spills a line or two onto a page of its own.
    Stack stack;
    for (double title_scale : {2.2, 1.9, 1.6, 1.4})
        if (stack = cover_stack(title_scale); stack_height(stack) <= box.height) break;
    if (stack_height(stack) > box.height) {  // a long title in big type on a small page: it goes on
        PageStyle one_column = layout_.page;
        one_column.columns = 1;
        return flow_pages(std::move(stack), one_column);
    }
    return {cover_page(std::move(stack), layout_.page.size, box, env_.size, env_.theme->accent)};
}

Frame ReaderParts::running_header(const BlockSetter& s, const text::Look& small) const {
    Frame header;
    Rect box = content_box(layout_.page);
    double top = box.y + small.size;
    double link_w = 0;
    if (options_.contents)
        link_w = label(header, setter("page header", font_chain_loc(layout_)),
                       "\u2191 " + prepared_.bank->labels[bank::Label::Contents], small, box.right(), top,
                       HAlign::Right, "#contents");
    label(header, s, elide(s, prepared_.bank->title, small, box.width - link_w - small.size * 2), small,
          box.x, top, HAlign::Left);
    header.push(LineItem{{box.x, top + small.size * 0.6}, {box.right(), top + small.size * 0.6}, 0.4,
                         env_.theme->rule});
    return header;
}

void ReaderParts::decorate(std::vector<Frame>& pages, std::size_t cover_pages) {
    const Theme& theme = *env_.theme;
    BlockSetter s = setter("page header", prepared_.bank->locs.title);
    Rect box = content_box(layout_.page);
    text::Look small = body_look(s, env_.text->small_scale, theme.muted);
    const Frame header = running_header(s, small);  // the same on every page: set once
    int total = static_cast<int>(pages.size());
    for (int i = 0; i < total; ++i) {
        Frame& page = pages[static_cast<std::size_t>(i)];
        paint_background(page, theme.background);
        if (static_cast<std::size_t>(i) < cover_pages) continue;  // the cover has no furniture
        page.place(header, {0, 0});
        label(page, s, fmt::format("{} / {}", i + 1, total), small, box.x + box.width / 2,
              box.bottom() - small.size * 0.3, HAlign::Center);
    }
}

}  // namespace deckpress::outputs
