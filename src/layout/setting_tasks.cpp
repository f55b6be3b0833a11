// layout: setting a document's pieces on the calling thread and on helper threads.
#include "layout/setting_tasks.hpp"

#include <algorithm>

namespace deckpress::layout {

namespace {

/// Below this much source text, starting a thread and a helper Engine costs more than it saves.
constexpr std::size_t kMinParallelBytes = 8 * 1024;
/// Setting is mostly cache-friendly arithmetic; more helpers than this gain little.
constexpr int kMaxThreads = 4;

}  // namespace

SettingTasks::SettingTasks(Engine& engine, std::size_t count, std::size_t bytes, Task task, std::string language)
    : engine_(engine),
      task_(std::move(task)),
      language_(std::move(language)),
      helpers_(OrderedTasks::helpers_for(count, bytes, kMinParallelBytes, kMaxThreads)) {
    if (helpers_ > 0) snapshot_ = engine.fonts().snapshot();
    tasks_.emplace(count, [this](std::size_t i) { task_(i, typesetter_here()); }, helpers_);
}

SettingTasks::~SettingTasks() {
    tasks_.reset();
    for (auto& [id, engine] : helper_engines_) engine_.fonts().adopt_reports(engine->fonts());
}

text::Typesetter SettingTasks::typesetter_here() {
    if (std::this_thread::get_id() == owner_) return engine_.typesetter(language_);
    std::lock_guard lock(mutex_);
    auto mine = std::find_if(helper_engines_.begin(), helper_engines_.end(),
                             [](const auto& e) { return e.first == std::this_thread::get_id(); });
    if (mine == helper_engines_.end())
        mine = helper_engines_.insert(helper_engines_.end(),
                                      {std::this_thread::get_id(), std::make_unique<Engine>(snapshot_)});
    return mine->second->typesetter(language_);
}

}  // namespace deckpress::layout
