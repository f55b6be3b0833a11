// core: hardware threads and a process-wide count of busy ones.
#include "core/cores.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

namespace deckpress::cores {

namespace {
std::atomic<int> busy_threads{0};
}

int hardware() {
    static const int count = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    return count;
}

BusyGuard::BusyGuard() { busy_threads.fetch_add(1, std::memory_order_relaxed); }

BusyGuard::~BusyGuard() { busy_threads.fetch_sub(1, std::memory_order_relaxed); }

int idle() { return std::max(0, hardware() - busy_threads.load(std::memory_order_relaxed)); }

}  // namespace deckpress::cores
