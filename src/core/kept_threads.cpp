// core: a few threads kept for the whole process and lent to task lists (see OrderedTasks).
#include "core/kept_threads.hpp"

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

#include "core/cores.hpp"

namespace deckpress {

namespace {

struct Work {
    std::function<void()> run;
    std::function<void()> done;
    const void* lender = nullptr;
};

class KeptThreads {
public:
    bool lend(Work& work) {
        std::lock_guard lock(mutex_);
        if (idle_ <= waiting_.size()) {  // none free for it: start one, if allowed
            if (threads_ >= max_threads()) return false;
            std::thread([this] { serve(); }).detach();
            ++threads_;
            ++idle_;  // counted at once, so that the next lend does not start another
        }
        waiting_.push_back(std::move(work));
        ready_.notify_one();
        return true;
    }

    int withdraw(const void* lender) {
        std::lock_guard lock(mutex_);
        auto mine = [&](const Work& w) { return w.lender == lender; };
        auto n = static_cast<int>(std::count_if(waiting_.begin(), waiting_.end(), mine));
        waiting_.erase(std::remove_if(waiting_.begin(), waiting_.end(), mine), waiting_.end());
        return n;
    }

private:
    static std::size_t max_threads() {
        return static_cast<std::size_t>(std::max(1, cores::hardware() - 1));
    }

    void serve() {
        std::unique_lock lock(mutex_);
        for (;;) {
            ready_.wait(lock, [&] { return !waiting_.empty(); });
            Work work = std::move(waiting_.front());
            waiting_.pop_front();
            --idle_;
            lock.unlock();
            work.run();
            lock.lock();
            ++idle_;
            lock.unlock();
            work.done();
            work = Work{};  // what it holds goes before the next work is taken
            lock.lock();
        }
    }

    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<Work> waiting_;  ///< lent work no thread has taken yet
    std::size_t threads_ = 0;
    std::size_t idle_ = 0;  ///< threads waiting for work, and started ones not yet waiting
};

KeptThreads& kept_threads() {
    static KeptThreads* threads = new KeptThreads;  // never destroyed: its threads wait until the process ends
    return *threads;
}

}  // namespace

bool lend_kept_thread(std::function<void()> work, std::function<void()> done, const void* lender) {
    Work lent{std::move(work), std::move(done), lender};
    return kept_threads().lend(lent);
}

int withdraw_kept_work(const void* lender) { return kept_threads().withdraw(lender); }

}  // namespace deckpress
