// render/pdf: the work of one PDF that needs no libharu (subset fonts, page contents), on two threads.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/ordered_tasks.hpp"
#include "render/pdf/font_cache.hpp"
#include "render/pdf/page_content.hpp"

namespace deckpress::render::pdf {

/// A font to prepare for one document: its file and the code points drawn in it (sorted).
struct FontRequest {
    text::FontId id = -1;
    std::string path;
    std::vector<char32_t> codepoints;
};

/// Prepares the fonts of a document (prepare_font), then paints its pages (paint_page), as one
/// list of tasks that the calling thread and, for a document big enough to gain from it, a
/// helper thread take in turn: while one thread subsets a font the other already paints, and
/// neither waits while a task is left. Every result has a slot of its own, so the PDF does not
/// depend on which thread ran what. The caller takes the results in order (font(k), then
/// take_page(i)) and makes its libharu calls in between: libharu stays on the calling thread.
class WriteTasks {
public:
    /// Asks a kept thread (see OrderedTasks) to help, if worth it (helpers_for). `pages` must
    /// outlive this object; a page may be freed once taken.
    WriteTasks(std::vector<FontRequest> fonts, const std::vector<layout::Frame>& pages);

    std::size_t font_count() const { return requests_.size(); }
    const FontRequest& request(std::size_t k) const { return requests_[k]; }
    /// Font k, once prepared (by this thread if no other has begun it); rethrows its error.
    std::shared_ptr<const PreparedFont> font(std::size_t k);
    /// Page i's content, once painted, moved out of its slot (take each page once).
    PageContent take_page(std::size_t i);

    /// Helpers worth asking for (OrderedTasks::helpers_for): a font to subset weighs a few pages.
    static int helpers_for(std::size_t fonts, std::size_t pages);

private:
    void run(std::size_t task);

    std::vector<FontRequest> requests_;
    const std::vector<layout::Frame>& pages_;
    std::vector<std::shared_ptr<const PreparedFont>> fonts_;
    std::vector<PageContent> contents_;
    AstralCidsByFont astral_;  ///< the CIDs beyond the BMP of each font, as prepare_font gives them
    OrderedTasks tasks_;  ///< last: destroyed (the helper gone) before the slots it writes
};

}  // namespace deckpress::render::pdf
