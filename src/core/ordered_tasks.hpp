// core: independent tasks run on a few threads, their results taken in order.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <vector>

namespace deckpress {

/// Runs tasks 0..count-1, each once, on helper threads and on the thread that waits for them:
/// tasks are claimed in index order, and wait(i) runs unclaimed tasks itself until task i has
/// run. A task writes its result into a slot of its own (say, element i of a vector sized
/// beforehand) that the caller reads after wait(i): the caller then sees results, and merges
/// their diagnostics, in index order whatever the timing. Not for nested use from a task.
class OrderedTasks {
public:
    /// Has up to `helpers` threads (none when `count` < 2) run `task(i)`: threads kept for
    /// the process (lend_kept_thread), so fewer when they are busy helping other lists.
    OrderedTasks(std::size_t count, std::function<void(std::size_t)> task, int helpers);
    /// Lets the running tasks finish, runs no other, and waits for the helpers to leave.
    ~OrderedTasks();
    OrderedTasks(const OrderedTasks&) = delete;
    OrderedTasks& operator=(const OrderedTasks&) = delete;

    /// Returns once task i has run; rethrows what it threw.
    void wait(std::size_t i);

    /// The one rule for how many helpers a list asks for: for `count` tasks weighing `work` in
    /// all (in the caller's unit: bytes of input, pages), none below `min_work` (waking a
    /// thread costs more than it saves), else up to `max_threads` threads in all, the waiting
    /// one included, no more than this machine has and no more than there are idle cores (a
    /// core rendering another output gains nothing from a helper). force_helpers overrides it.
    static int helpers_for(std::size_t count, std::size_t work, std::size_t min_work, int max_threads);
    /// Makes helpers_for answer `count` for every list of two tasks or more (-1: decide again).
    /// For tests comparing results made with and without helpers.
    static void force_helpers(int count);

private:
    /// Claims and runs the next task (lock held on entry and exit); false when none is left.
    bool run_next(std::unique_lock<std::mutex>& lock);
    /// Has a kept thread help; false when none is free.
    bool lend_helper();
    /// A helper's work: runs tasks until none is left unclaimed.
    void help();
    /// Called by a helper once its thread is free for other lists: it touches this no more.
    void leave();

    std::size_t count_;
    std::function<void(std::size_t)> task_;
    std::vector<char> done_;  ///< per task, under mutex_
    std::vector<std::exception_ptr> errors_;
    std::size_t next_ = 0;  ///< the first unclaimed task, under mutex_
    std::mutex mutex_;
    std::condition_variable finished_;  ///< a task has run, or a helper has left
    int helping_ = 0;                    ///< helpers that have not left, under mutex_
};

}  // namespace deckpress
