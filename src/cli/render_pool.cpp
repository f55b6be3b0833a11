// cli: the render pool: a queue of jobs, worker threads with their own Engine, an ordered printer.
#include "cli/render_pool.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "cli/progress.hpp"
#include "core/cores.hpp"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace deckpress::cli {
namespace {

/// One job and what it left behind.
struct Task {
    RenderPool::Job job;
    std::string group;
    Diagnostics diags;
    CapturedOutput output;
    std::exception_ptr error;
    bool done = false;
};

/// One step of the ordered printing: a job's output, or something of the submitting thread.
struct Slot {
    std::shared_ptr<Task> task;                     ///< nullptr for `emit` steps
    std::function<void(Diagnostics&)> after_task;  ///< with `task`
    std::function<void()> emit;                     ///< without `task`
};

/// More workers than this gain little: each holds a document and its own fonts in memory.
constexpr int kMaxWorkers = 4;

}  // namespace

struct RenderPool::Impl {
    std::mutex mutex;
    std::condition_variable work_ready;
    std::condition_variable task_done;
    std::deque<std::shared_ptr<Task>> waiting;
    std::deque<std::function<void()>> warm_ups;  ///< run before any waiting job
    std::multiset<std::string> running_groups;
    bool stopping = false;
    std::vector<std::thread> workers;
    std::deque<Slot> slots;  // touched by the submitting thread only

    void work() {
        std::optional<layout::Engine> engine;  // created on the first job, in this thread
        std::unique_lock lock(mutex);
        for (;;) {
            work_ready.wait(lock, [&] { return stopping || !warm_ups.empty() || !waiting.empty(); });
            if (stopping) return;
            if (!warm_ups.empty()) {
                std::function<void()> warm_up = std::move(warm_ups.front());
                warm_ups.pop_front();
                lock.unlock();
                run_warm_up(warm_up);
                lock.lock();
                continue;
            }
            std::shared_ptr<Task> task = take_next();
            running_groups.insert(task->group);
            lock.unlock();
            run(*task, engine);
            lock.lock();
            running_groups.erase(running_groups.find(task->group));
            task->done = true;
            task_done.notify_all();
        }
    }

    /// The first waiting job of a group no worker is rendering, else the first (lock held).
    /// Outputs of one kind are alike in size (four readers of one bank): rendering different
    /// kinds side by side keeps two of the biggest documents from being in memory at once.
    std::shared_ptr<Task> take_next() {
        auto pick = std::find_if(waiting.begin(), waiting.end(),
                                 [&](const std::shared_ptr<Task>& t) { return !running_groups.contains(t->group); });
        if (pick == waiting.end()) pick = waiting.begin();
        std::shared_ptr<Task> task = std::move(*pick);
        waiting.erase(pick);
        return task;
    }

    static void run_warm_up(const std::function<void()>& warm_up) {
        try {
            warm_up();
        } catch (...) {
            // a job that needs what it prepares meets the same problem and reports it
        }
    }

    static void run(Task& task, std::optional<layout::Engine>& engine) {
        OutputCapture capture(task.output);
        cores::BusyGuard busy;  // a job may split itself onto idle cores, not onto this one
        try {
            if (!engine) engine.emplace();
            engine->fonts().forget_missing_reports();  // each job reports its own; see RenderPool
            task.job(*engine, task.diags);
        } catch (...) {
            task.error = std::current_exception();
        }
        task.job = nullptr;  // frees what the job holds (the bank, the selection) early
        return_free_memory();
    }

    /// glibc keeps what a thread freed in that thread's arena; with a big document per worker
    /// the peak memory would be the sum of every worker's largest job. Giving the free pages
    /// back after each job keeps it near what the running jobs use.
    /// One worker at a time: when mimalloc replaces malloc, glibc's own allocator is first set
    /// up by the first malloc_trim, and two workers doing that at once crashed in it.
    static void return_free_memory() {
#if defined(__GLIBC__)
        static std::mutex trimming;
        std::lock_guard lock(trimming);
        malloc_trim(0);
#endif
    }

    void start_workers() {
        for (int i = 0; i < worker_count(); ++i) workers.emplace_back([this] { work(); });
    }

    /// Whether the first slot can be printed now (waits for it when `wait`).
    bool front_ready(bool wait) {
        const Slot& front = slots.front();
        if (!front.task) return true;
        std::unique_lock lock(mutex);
        if (wait) task_done.wait(lock, [&] { return front.task->done; });
        return front.task->done;
    }

    static void print(Slot& slot) {
        if (!slot.task) return slot.emit();
        slot.task->output.replay();
        if (slot.task->error) std::rethrow_exception(slot.task->error);
        if (slot.after_task) slot.after_task(slot.task->diags);
    }
};

RenderPool::RenderPool() : impl_(std::make_unique<Impl>()) {
    impl_->start_workers();
    warm_up(layout::Engine::preload);  // the hyphenation patterns, while the submitter reads the bank
}

RenderPool::~RenderPool() {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
        impl_->waiting.clear();
    }
    impl_->work_ready.notify_all();
    for (std::thread& t : impl_->workers) t.join();
}

int RenderPool::worker_count() {
    return std::clamp(cores::hardware(), 1, kMaxWorkers);
}

void RenderPool::submit(Job job, std::string group, Diagnostics diags, std::function<void(Diagnostics&)> done) {
    auto task = std::make_shared<Task>();
    task->job = std::move(job);
    task->group = std::move(group);
    task->diags = std::move(diags);
    impl_->slots.push_back({task, std::move(done), nullptr});
    {
        std::lock_guard lock(impl_->mutex);
        impl_->waiting.push_back(std::move(task));
    }
    impl_->work_ready.notify_one();
}

void RenderPool::warm_up(std::function<void()> work) {
    {
        std::lock_guard lock(impl_->mutex);
        impl_->warm_ups.push_back(std::move(work));
    }
    impl_->work_ready.notify_one();
}

void RenderPool::then(std::function<void()> emit) { impl_->slots.push_back({nullptr, nullptr, std::move(emit)}); }

void RenderPool::flush(bool wait) {
    while (!impl_->slots.empty() && impl_->front_ready(wait)) {
        Slot slot = std::move(impl_->slots.front());
        impl_->slots.pop_front();
        Impl::print(slot);
    }
}

}  // namespace deckpress::cli
