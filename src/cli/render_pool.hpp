// cli: worker threads that render independent outputs, each with its own Engine, printing in job order.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "core/diagnostics.hpp"
#include "layout/engine.hpp"

namespace deckpress::cli {

/// Renders independent jobs on up to four worker threads (one per hardware thread), each with
/// its own layout::Engine (fonts and hyphenation are not thread-safe). What a job prints is
/// captured and printed by `flush`, on the submitting thread, in the order of submission, so
/// the output does not depend on timing. Not thread-safe itself: one submitting thread.
/// Each job reports the missing glyphs it meets (the Engine forgets earlier reports), so that
/// the printer can keep the first report of each in job order.
class RenderPool {
public:
    /// A job lays out and writes one output with the worker's Engine, reporting into `diags`.
    using Job = std::function<void(layout::Engine& engine, Diagnostics& diags)>;

    /// Starts the workers, one of which reads what every Engine shares (the hyphenation
    /// patterns) at once: create the pool before reading what its jobs need.
    RenderPool();
    /// Drops the jobs that have not started and waits for the running ones.
    ~RenderPool();
    RenderPool(const RenderPool&) = delete;
    RenderPool& operator=(const RenderPool&) = delete;

    /// Queues `job` with `diags` (empty, with the run's --strict setting). When it is its turn to
    /// print, its output is printed, then `done` receives its diagnostics (on this thread).
    /// Jobs start in order, except that a job of a `group` (e.g. "reader") being rendered lets
    /// a later job of another group go first: that bounds memory, and never changes the output.
    void submit(Job job, std::string group, Diagnostics diags, std::function<void(Diagnostics&)> done);
    /// Queues `work` to run on a worker before the jobs waiting, or submitted, by then: work
    /// that readies shared resources for later jobs (reading font files while this thread
    /// reads a bank). It prints nothing and reports nothing; what it throws is dropped.
    void warm_up(std::function<void()> work);
    /// Queues `emit` to run on this thread after everything submitted before it has printed.
    void then(std::function<void()> emit);
    /// Prints what is ready, in order; with `wait`, waits for and prints everything queued.
    /// A job's exception is rethrown in its turn (after its output), like a sequential run.
    void flush(bool wait);

    /// How many worker threads render: the hardware threads, at most 4.
    static int worker_count();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace deckpress::cli
