// core: independent tasks run on a few threads, their results taken in order.
#include "core/ordered_tasks.hpp"

#include <algorithm>
#include <atomic>

#include "core/cores.hpp"
#include "core/kept_threads.hpp"

namespace deckpress {

OrderedTasks::OrderedTasks(std::size_t count, std::function<void(std::size_t)> task, int helpers)
    : count_(count), task_(std::move(task)), done_(count, 0), errors_(count) {
    if (count < 2) helpers = 0;
    for (int h = 0; h < helpers && lend_helper(); ++h) {}
}

bool OrderedTasks::lend_helper() {
    std::lock_guard lock(mutex_);
    ++helping_;  // before it can start (and leave)
    bool lent = false;
    try {
        lent = lend_kept_thread([this] { help(); }, [this] { leave(); }, this);
    } catch (...) {  // no thread could be started: the waiting thread runs the tasks itself
    }
    if (!lent) --helping_;  // every kept thread is busy: fewer helpers
    return lent;
}

OrderedTasks::~OrderedTasks() {
    std::unique_lock lock(mutex_);
    next_ = count_;  // nothing more is claimed
    lock.unlock();
    int withdrawn = withdraw_kept_work(this);  // helpers not yet scheduled: not waited for
    lock.lock();
    helping_ -= withdrawn;
    finished_.wait(lock, [&] { return helping_ == 0; });
}

void OrderedTasks::help() {
    std::unique_lock lock(mutex_);
    while (run_next(lock)) {}
}

void OrderedTasks::leave() {
    std::lock_guard lock(mutex_);
    --helping_;
    finished_.notify_all();  // under the lock: the destructor cannot end before this returns
}

bool OrderedTasks::run_next(std::unique_lock<std::mutex>& lock) {
    if (next_ >= count_) return false;
    std::size_t i = next_++;
    lock.unlock();
    std::exception_ptr error;
    try {
        task_(i);
    } catch (...) {
        error = std::current_exception();
    }
    lock.lock();
    errors_[i] = error;
    done_[i] = 1;
    finished_.notify_all();
    return true;
}

void OrderedTasks::wait(std::size_t i) {
    std::unique_lock lock(mutex_);
    while (!done_.at(i))
        if (!run_next(lock)) finished_.wait(lock, [&] { return done_[i] != 0; });
    if (errors_[i]) std::rethrow_exception(errors_[i]);
}

namespace {
std::atomic<int> forced_helpers{-1};
}  // namespace

void OrderedTasks::force_helpers(int count) { forced_helpers.store(count, std::memory_order_relaxed); }

int OrderedTasks::helpers_for(std::size_t count, std::size_t work, std::size_t min_work, int max_threads) {
    if (count < 2) return 0;
    if (int forced = forced_helpers.load(std::memory_order_relaxed); forced >= 0) return forced;
    if (work < min_work) return 0;
    int threads = std::min({cores::hardware(), max_threads, static_cast<int>(std::min<std::size_t>(count, 64))});
    return std::clamp(threads - 1, 0, cores::idle());
}

}  // namespace deckpress
