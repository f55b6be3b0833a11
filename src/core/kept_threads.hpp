// core: a few threads kept for the whole process and lent to task lists (see OrderedTasks).
#pragma once

#include <functional>

namespace deckpress {

/// Runs `work` on a kept thread that has nothing to do, starting one while fewer than this
/// machine's hardware threads less one are kept; returns false, and runs nothing, when every
/// kept thread is busy. Then, on the same thread, runs `done` once the thread counts as free
/// again: a lender that waits for `done` can lend it again at once. Neither may throw.
///
/// A thread started for each task list cost about 0.1 ms before it ran its first task and,
/// when it ended, 0.3 ms more for mimalloc to hand back its heap; a kept thread waits for the
/// next list instead, with its heap and thread-locals (compressors) still warm. Bounding the
/// kept threads also bounds how many threads help at once when several task lists run
/// side by side (two outputs rendered at once): the lending threads take the other cores.
bool lend_kept_thread(std::function<void()> work, std::function<void()> done, const void* lender);

/// Takes back the work `lender` lent that no kept thread has begun (neither it nor its `done`
/// will run) and returns how much: a lender that no longer needs help need not wait for a
/// thread to be scheduled only to find nothing left to do.
int withdraw_kept_work(const void* lender);

}  // namespace deckpress
