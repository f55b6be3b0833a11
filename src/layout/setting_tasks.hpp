// layout: independent pieces of one document set on idle cores, taken in order.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/ordered_tasks.hpp"
#include "layout/engine.hpp"

namespace deckpress::layout {

/// Sets pieces 0..count-1 of a document (the questions of a reader, say) on the calling
/// thread with its Engine and, when cores are idle, on helper threads with Engines that set
/// text exactly as that one does (same faces under the same font ids, the same missing
/// glyphs already reported, and one word cache between them, so a word is shaped once per
/// document rather than once per thread). A piece writes its slices and diagnostics into a slot of its
/// own; the caller takes them after wait(i), in order, so the document and its diagnostics
/// are the same whoever set which piece. Pieces must report missing glyphs under subjects
/// of their own (each question its own), as the helpers' reports are merged only at the end.
class SettingTasks {
public:
    using Task = std::function<void(std::size_t, const text::Typesetter&)>;

    /// Starts helper threads when `bytes` (the source text of every piece) is worth it and
    /// cores are idle; `task(i, typesetter)` sets piece i with the thread's typesetter for
    /// `language` (Engine::typesetter).
    SettingTasks(Engine& engine, std::size_t count, std::size_t bytes, Task task, std::string language = {});
    /// Joins the helpers and takes in their missing-glyph reports.
    ~SettingTasks();
    SettingTasks(const SettingTasks&) = delete;
    SettingTasks& operator=(const SettingTasks&) = delete;

    /// Returns once piece i is set; rethrows what setting it threw.
    void wait(std::size_t i) { tasks_->wait(i); }
    /// Helper threads asked for (OrderedTasks::helpers_for; for tests: 0 means everything
    /// was set on the calling thread).
    int helpers() const { return helpers_; }

private:
    /// The typesetter of the calling thread: the owner's, or a helper Engine made on first use.
    text::Typesetter typesetter_here();

    Engine& engine_;
    std::thread::id owner_ = std::this_thread::get_id();
    text::FontLibrary::Snapshot snapshot_;
    Task task_;
    std::string language_;
    std::mutex mutex_;  ///< guards helper_engines_
    std::vector<std::pair<std::thread::id, std::unique_ptr<Engine>>> helper_engines_;
    int helpers_ = 0;
    std::optional<OrderedTasks> tasks_;  ///< reset first in the destructor: joins the helpers
};

}  // namespace deckpress::layout
