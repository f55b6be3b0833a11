// outputs: the parts of the reader (cover, contents, body) and their page furniture.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "layout/blocks.hpp"
#include "layout/setting_tasks.hpp"
#include "outputs/reader.hpp"

namespace deckpress::outputs {

/// The anchor of a bank note ("note-1", ...).
std::string note_anchor(const bank::Note& note, const Prepared& prepared);

class ReaderParts {
public:
    ReaderParts(const Prepared& prepared, const std::vector<const Entry*>& entries,
                const layout::LayoutFile& layout, layout::Engine& engine, const layout::SetterEnv& env,
                const ReaderOptions& options, Diagnostics& diags);

    /// Notes and every selected question, paginated.
    std::vector<layout::Frame> body_pages();
    /// The contents; `pages` maps anchors to 1-based page numbers (empty: placeholders).
    std::vector<layout::Frame> contents_pages(const std::map<std::string, int>& pages);
    /// Whether the page keeps room for lines of text between the running header and footer
    /// (else an error at the layout).
    bool has_room() const;
    /// The cover: one page (a long title in smaller type), or more when its text is still
    /// taller than a page.
    std::vector<layout::Frame> cover_pages();
    /// Background on every page; running header (title, link to the contents) and page
    /// numbers on every page after the first `cover_pages`.
    void decorate(std::vector<layout::Frame>& pages, std::size_t cover_pages);

private:
    /// A question's slices and what setting them reported (set on any thread).
    struct SetQuestion {
        layout::Stack slices;
        Diagnostics diags;
    };
    /// Sets entries_[first..first+count) (waiting for each in `questions`) under a header.
    void category(const bank::Category& cat, std::size_t first, std::size_t count,
                  layout::SettingTasks& questions, std::vector<SetQuestion>& set, layout::Stack& out);
    void notes(layout::Stack& out);
    void question(const Entry& e, const text::Typesetter& ts, SetQuestion& out) const;
    void self_test(std::size_t first, std::size_t count, layout::Stack& out);
    /// `loc`: where `title` comes from, `text`: the bank text it shows (for missing-glyph warnings).
    void contents_entry(const std::string& title, const SourceLoc& loc, const std::string& anchor, int page,
                        double indent, bool strong, layout::Stack& out, const SourceText& text = {});
    layout::BlockSetter setter(const std::string& subject, SourceLoc loc = {}) const;
    /// The cover's lines, the title at `title_scale` times the base size.
    layout::Stack cover_stack(double title_scale) const;
    /// The contents link and the (elided) title over a rule, at the top of the content box.
    layout::Frame running_header(const layout::BlockSetter& s, const text::Look& small) const;
    /// The width of a column: every flowed slice is set to it.
    double width() const;

    const Prepared& prepared_;
    const std::vector<const Entry*>& entries_;
    const layout::LayoutFile& layout_;
    layout::Engine& engine_;
    layout::SetterEnv env_;
    ReaderOptions options_;
    Diagnostics& diags_;
    double header_ = 0;  ///< points reserved at the top of the content box
    double footer_ = 0;
};

}  // namespace deckpress::outputs
