// render/pdf: the work of one PDF that needs no libharu (subset fonts, page contents), on two threads.
#include "render/pdf/write_tasks.hpp"

namespace deckpress::render::pdf {

namespace {

/// Work below this, in pages, stays on the calling thread: a helper takes 20-100 us to wake
/// and start, about a page's painting, and a document this small gains a fraction of it.
/// (A 2-page cheat sheet with 5 fonts to subset writes in 2.6 ms instead of 3.2 with one.)
constexpr std::size_t kMinWork = 8;
/// A font to subset weighs about three text-heavy pages (0.2-0.8 ms against ~0.1 ms a page);
/// one prepared already by an earlier document of the run costs nothing, but cannot be told
/// apart before its code points are known.
constexpr std::size_t kPagesPerFont = 3;
/// More threads than this gain little for one document: libharu serialises it on one.
constexpr int kMaxThreads = 2;

AstralCidsByFont astral_numbering(const std::vector<FontRequest>& requests) {
    AstralCidsByFont astral;
    for (const FontRequest& request : requests)
        if (!request.codepoints.empty() && request.codepoints.back() >= 0x10000)
            astral.emplace(request.id, AstralCids(request.codepoints));
    return astral;
}

}  // namespace

WriteTasks::WriteTasks(std::vector<FontRequest> fonts, const std::vector<layout::Frame>& pages)
    : requests_(std::move(fonts)),
      pages_(pages),
      fonts_(requests_.size()),
      contents_(pages.size()),
      astral_(astral_numbering(requests_)),  // before tasks_: pages may paint at once
      tasks_(requests_.size() + pages.size(), [this](std::size_t task) { run(task); },
             helpers_for(requests_.size(), pages.size())) {}

int WriteTasks::helpers_for(std::size_t fonts, std::size_t pages) {
    return OrderedTasks::helpers_for(fonts + pages, fonts * kPagesPerFont + pages, kMinWork, kMaxThreads);
}

void WriteTasks::run(std::size_t task) {
    if (task < requests_.size()) {
        fonts_[task] = prepare_font(requests_[task].path, requests_[task].codepoints);
    } else {
        std::size_t page = task - requests_.size();
        contents_[page] = paint_page(pages_[page], astral_);
    }
}

std::shared_ptr<const PreparedFont> WriteTasks::font(std::size_t k) {
    tasks_.wait(k);
    return fonts_[k];
}

PageContent WriteTasks::take_page(std::size_t i) {
    tasks_.wait(requests_.size() + i);
    return std::move(contents_[i]);
}

}  // namespace deckpress::render::pdf
