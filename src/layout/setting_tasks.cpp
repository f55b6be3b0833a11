// layout: setting a document's pieces on the calling thread and on helper threads.
#include "layout/setting_tasks.hpp"

#include <algorithm>
#include <atomic>

#include "core/cores.hpp"

namespace deckpress::layout {

namespace {

/// Below this much source text, starting a thread and a helper Engine costs more than it saves.
constexpr std::size_t kMinParallelBytes = 8 * 1024;
/// Setting is mostly cache-friendly arithmetic; more helpers than this gain little.
constexpr int kMaxThreads = 4;

std::atomic<int> forced_helpers{-1};

int helpers_wanted(std::size_t count, std::size_t bytes) {
    int forced = forced_helpers.load(std::memory_order_relaxed);
    if (forced >= 0) return count < 2 ? 0 : forced;
    int idle = cores::idle();
    if (idle < 1) return 0;
    // The calling thread counts as one of the threads (it is busy only when a worker).
    return std::min(OrderedTasks::helpers_for(count, bytes, kMinParallelBytes, kMaxThreads), idle);
}

}  // namespace

void SettingTasks::force_helpers(int count) { forced_helpers.store(count, std::memory_order_relaxed); }

SettingTasks::SettingTasks(Engine& engine, std::size_t count, std::size_t bytes, Task task)
    : engine_(engine), task_(std::move(task)), helpers_(helpers_wanted(count, bytes)) {
    if (helpers_ > 0) snapshot_ = engine.fonts().snapshot();
    tasks_.emplace(count, [this](std::size_t i) { task_(i, typesetter_here()); }, helpers_);
}

SettingTasks::~SettingTasks() {
    tasks_.reset();
    for (auto& [id, engine] : helper_engines_) engine_.fonts().adopt_reports(engine->fonts());
}

text::Typesetter SettingTasks::typesetter_here() {
    if (std::this_thread::get_id() == owner_) return engine_.typesetter();
    std::lock_guard lock(mutex_);
    auto mine = std::find_if(helper_engines_.begin(), helper_engines_.end(),
                             [](const auto& e) { return e.first == std::this_thread::get_id(); });
    if (mine == helper_engines_.end())
        mine = helper_engines_.insert(helper_engines_.end(),
                                      {std::this_thread::get_id(), std::make_unique<Engine>(snapshot_)});
    return mine->second->typesetter();
}

}  // namespace deckpress::layout
