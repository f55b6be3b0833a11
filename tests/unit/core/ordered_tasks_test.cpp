// tests: OrderedTasks: every task runs once, results are taken in order, errors rethrown in turn.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <memory>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/cores.hpp"
#include "core/ordered_tasks.hpp"

using deckpress::OrderedTasks;

TEST_CASE("every task runs once and its result is there when wait returns, in any order of finishing") {
    constexpr std::size_t kCount = 40;
    std::vector<int> results(kCount, -1);
    std::vector<std::atomic<int>> runs(kCount);
    OrderedTasks tasks(
        kCount,
        [&](std::size_t i) {
            // early tasks take longest, so later ones finish first on the other threads
            std::this_thread::sleep_for(std::chrono::microseconds(i < 4 ? 20000 : 100));
            results[i] = static_cast<int>(i * i);
            ++runs[i];
        },
        3);
    for (std::size_t i = 0; i < kCount; ++i) {
        tasks.wait(i);
        CHECK(results[i] == static_cast<int>(i * i));
    }
    for (std::size_t i = 0; i < kCount; ++i) CHECK(runs[i] == 1);
}

TEST_CASE("without helpers the waiting thread runs the tasks itself, in order") {
    std::vector<std::size_t> order;
    OrderedTasks tasks(5, [&](std::size_t i) { order.push_back(i); }, 0);
    tasks.wait(3);
    CHECK(order == std::vector<std::size_t>{0, 1, 2, 3});
    tasks.wait(4);
    CHECK(order.size() == 5);
}

TEST_CASE("a task's exception is rethrown by wait for that task only") {
    OrderedTasks tasks(
        4,
        [](std::size_t i) {
            if (i == 2) throw std::runtime_error("task 2 failed");
        },
        2);
    CHECK_NOTHROW(tasks.wait(0));
    CHECK_NOTHROW(tasks.wait(1));
    CHECK_THROWS_WITH_AS(tasks.wait(2), "task 2 failed", std::runtime_error);
    CHECK_NOTHROW(tasks.wait(3));
}

TEST_CASE("destroying the tasks unwaited runs no further task and joins the helpers") {
    std::atomic<int> ran{0};
    {
        OrderedTasks tasks(
            1000,
            [&](std::size_t) {
                std::this_thread::sleep_for(std::chrono::milliseconds(1));
                ++ran;
            },
            2);
        tasks.wait(0);
    }
    int after = ran.load();
    CHECK(after < 1000);
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    CHECK(ran.load() == after);  // nothing runs once destroyed
}

TEST_CASE("helper threads only for inputs worth them") {
    CHECK(OrderedTasks::helpers_for(10, 1000, 16 * 1024, 4) == 0);     // too little input
    CHECK(OrderedTasks::helpers_for(1, 1 << 20, 16 * 1024, 4) == 0);   // one task
    int hardware = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    CHECK(OrderedTasks::helpers_for(10, 1 << 20, 16 * 1024, 4) == std::min(hardware, 4) - 1);
    CHECK(OrderedTasks::helpers_for(2, 1 << 20, 16 * 1024, 4) == std::min(hardware, 2) - 1);
}

TEST_CASE("no helpers onto cores that render workers keep busy") {
    std::vector<std::unique_ptr<deckpress::cores::BusyGuard>> busy;
    while (deckpress::cores::idle() > 0) busy.push_back(std::make_unique<deckpress::cores::BusyGuard>());
    CHECK(OrderedTasks::helpers_for(10, 1 << 20, 16 * 1024, 4) == 0);
    busy.pop_back();  // one core free again
    CHECK(OrderedTasks::helpers_for(10, 1 << 20, 16 * 1024, 4) == std::min(1, deckpress::cores::hardware() - 1));
}

TEST_CASE("a forced helper count holds for every list of two tasks or more, until lifted") {
    OrderedTasks::force_helpers(3);
    CHECK(OrderedTasks::helpers_for(10, 1, 16 * 1024, 2) == 3);  // whatever the size and limit
    CHECK(OrderedTasks::helpers_for(1, 1 << 20, 16 * 1024, 4) == 0);
    OrderedTasks::force_helpers(0);
    CHECK(OrderedTasks::helpers_for(10, 1 << 20, 16 * 1024, 4) == 0);
    OrderedTasks::force_helpers(-1);
    CHECK(OrderedTasks::helpers_for(10, 1000, 16 * 1024, 4) == 0);
}

TEST_CASE("helpers are threads kept for the process, not started anew for each list") {
    thread_local int tasks_run_here = 0;  // starts at 0 on every new thread
    constexpr int kLists = 30;
    int fresh_helpers = 0;  // lists helped by a thread that had run none of these tasks before
    for (int list = 0; list < kLists; ++list) {
        std::atomic<bool> second_started{false};
        std::atomic<int> helper_before{-1};
        const auto caller = std::this_thread::get_id();
        OrderedTasks tasks(
            2,
            [&](std::size_t i) {
                if (std::this_thread::get_id() != caller) helper_before = tasks_run_here;
                ++tasks_run_here;
                // Task 0 waits (up to 10 s) until task 1 has started: each runs on its own thread.
                if (i == 1) second_started = true;
                auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
                while (i == 0 && !second_started && std::chrono::steady_clock::now() < until) std::this_thread::yield();
            },
            1);
        tasks.wait(0);
        tasks.wait(1);
        REQUIRE(second_started);
        REQUIRE(helper_before >= 0);  // a helper ran one of the two
        if (helper_before == 0) ++fresh_helpers;
    }
    // Threads started for each list would all be fresh; kept ones are fresh once each.
    CHECK(fresh_helpers < kLists / 2);
}

TEST_CASE("lists that run at once share the kept threads, and each completes") {
    std::atomic<int> ran{0};
    auto run_list = [&] {
        OrderedTasks tasks(
            30,
            [&](std::size_t) {
                std::this_thread::sleep_for(std::chrono::microseconds(300));
                ++ran;
            },
            3);
        for (std::size_t i = 0; i < 30; ++i) tasks.wait(i);
    };
    std::thread other(run_list);
    run_list();
    other.join();
    CHECK(ran.load() == 60);
}
