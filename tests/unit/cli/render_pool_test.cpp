// tests: the render pool: output in submission order whatever the timing, errors in turn, groups.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "cli/render_pool.hpp"

using deckpress::Diagnostics;
using deckpress::cli::RenderPool;
using deckpress::layout::Engine;

namespace {

void sleep_ms(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

}  // namespace

TEST_CASE("jobs that end in any order report in the order they were submitted") {
    RenderPool pool;
    std::vector<std::string> seen;
    for (int i = 0; i < 6; ++i) {
        int delay = (6 - i) * 5;  // the first jobs take longest
        pool.submit([i, delay](Engine&, Diagnostics& d) { sleep_ms(delay); d.warning({"job", i + 1, 1}, "done"); },
                    "kind" + std::to_string(i % 2), Diagnostics{},
                    [&seen](Diagnostics& d) { seen.push_back(std::to_string(d.items().at(0).loc.line)); });
        if (i == 2) pool.then([&seen] { seen.push_back("between"); });
    }
    pool.flush(true);
    CHECK(seen == std::vector<std::string>{"1", "2", "3", "between", "4", "5", "6"});
}

TEST_CASE("a job's exception is rethrown in its turn, after the jobs before it") {
    RenderPool pool;
    std::vector<int> seen;
    pool.submit([](Engine&, Diagnostics&) { sleep_ms(20); }, "a", Diagnostics{},
                [&seen](Diagnostics&) { seen.push_back(1); });
    pool.submit([](Engine&, Diagnostics&) { throw std::runtime_error("boom"); }, "a", Diagnostics{},
                [&seen](Diagnostics&) { seen.push_back(2); });
    pool.submit([](Engine&, Diagnostics&) {}, "a", Diagnostics{}, [&seen](Diagnostics&) { seen.push_back(3); });
    CHECK_THROWS_WITH_AS(pool.flush(true), "boom", std::runtime_error);
    CHECK(seen == std::vector<int>{1});
    pool.flush(true);  // what follows the failed job is still printed
    CHECK(seen == std::vector<int>{1, 3});
}

TEST_CASE("with two workers, two jobs of one group do not run together while another group waits") {
    if (RenderPool::worker_count() < 2) return;
    RenderPool pool;
    std::atomic<int> readers_running{0};
    std::atomic<int> most_readers{0};
    auto reader = [&](Engine&, Diagnostics&) {
        int now = ++readers_running;
        most_readers = std::max(most_readers.load(), now);
        sleep_ms(10);
        --readers_running;
    };
    auto cards = [](Engine&, Diagnostics&) { sleep_ms(40); };
    // Both workers wait in a gate until every job is queued: otherwise a worker that starts
    // while only readers are queued may rightly take a second reader.
    std::atomic<bool> all_queued{false};
    auto gate = [&all_queued](Engine&, Diagnostics&) {
        while (!all_queued) sleep_ms(1);
    };
    pool.submit(gate, "gate-1", Diagnostics{}, nullptr);
    pool.submit(gate, "gate-2", Diagnostics{}, nullptr);
    for (int i = 0; i < 3; ++i) pool.submit(reader, "reader", Diagnostics{}, nullptr);
    for (int i = 0; i < 3; ++i) pool.submit(cards, "cards", Diagnostics{}, nullptr);
    all_queued = true;
    pool.flush(true);
    CHECK(most_readers.load() == 1);
}
