// tests: setting pieces on helper threads: same fonts and ids, reports shared both ways.
#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <thread>

#include "layout/setting_tasks.hpp"
#include "support/forced_helpers.hpp"
#include "support/run.hpp"

using namespace deckpress;

namespace {

/// Waits (up to 10 s) until `flag` is set; false on time-out.
bool wait_for(const std::atomic<bool>& flag) {
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!flag.load() && std::chrono::steady_clock::now() < until) std::this_thread::yield();
    return flag.load();
}

}  // namespace

TEST_CASE("a helper sets with its own library: same faces under the same ids, earlier reports known") {
    test::ForcedHelpers forced(1);
    layout::Engine engine;
    engine.fonts().load(test::source_root() + "/fonts/NotoSans-Regular.ttf");
    engine.fonts().load(test::source_root() + "/fonts/DejaVuSans.ttf");
    REQUIRE(engine.fonts().first_missing_report("before", U'\u6f22'));

    text::FontLibrary* libraries[2] = {nullptr, nullptr};
    bool knew_earlier[2] = {false, false};
    std::atomic<bool> second_started{false};
    bool overlapped = false;
    {
        // Piece 0 waits until piece 1 has started: only a second thread can start it.
        layout::SettingTasks tasks(engine, 2, 0, [&](std::size_t i, const text::Typesetter& ts) {
            libraries[i] = ts.fonts;
            knew_earlier[i] = ts.fonts->missing_reported("before", U'\u6f22');
            ts.fonts->first_missing_report("piece " + std::to_string(i), U'\u5b57');
            if (i == 1) second_started = true;
            else overlapped = wait_for(second_started);
        });
        CHECK(tasks.helpers() == 1);
        tasks.wait(0);
        tasks.wait(1);
    }
    REQUIRE(overlapped);
    REQUIRE(libraries[0] != libraries[1]);
    CHECK((libraries[0] == &engine.fonts() || libraries[1] == &engine.fonts()));  // one is the owner's
    CHECK(knew_earlier[0]);
    CHECK(knew_earlier[1]);
    // The helper's report joined the owner's library when the tasks ended.
    CHECK(engine.fonts().missing_reported("piece 0", U'\u5b57'));
    CHECK(engine.fonts().missing_reported("piece 1", U'\u5b57'));
}

TEST_CASE("helper libraries number the owner's faces alike") {
    test::ForcedHelpers forced(1);
    layout::Engine engine;
    text::FontId mono = engine.fonts().load(test::source_root() + "/fonts/DejaVuSansMono.ttf");
    text::FontId sans = engine.fonts().load(test::source_root() + "/fonts/NotoSans-Regular.ttf");
    std::vector<const text::Face*> seen(2, nullptr);
    std::vector<int> sizes(2, 0);
    std::vector<const text::FontLibrary*> libraries(2, nullptr);
    std::atomic<bool> second_started{false};
    bool overlapped = false;
    layout::SettingTasks tasks(engine, 2, 0, [&](std::size_t i, const text::Typesetter& ts) {
        seen[i] = &ts.fonts->face(i == 0 ? mono : sans);
        sizes[i] = ts.fonts->size();
        libraries[i] = ts.fonts;
        if (i == 1) second_started = true;
        else overlapped = wait_for(second_started);
    });
    tasks.wait(0);
    tasks.wait(1);
    REQUIRE(overlapped);
    CHECK(libraries[0] != libraries[1]);
    CHECK(seen[0] == &engine.fonts().face(mono));  // the very same shared face, whoever set it
    CHECK(seen[1] == &engine.fonts().face(sans));
    CHECK(sizes[0] == engine.fonts().size());
    CHECK(sizes[1] == engine.fonts().size());
}

TEST_CASE("no helpers for small inputs or one piece; errors come back at wait") {
    layout::Engine engine;
    layout::SettingTasks small(engine, 10, 100, [](std::size_t, const text::Typesetter&) {});
    CHECK(small.helpers() == 0);
    layout::SettingTasks one(engine, 1, 1 << 20, [](std::size_t, const text::Typesetter&) {});
    CHECK(one.helpers() == 0);
    layout::SettingTasks failing(engine, 3, 0, [](std::size_t i, const text::Typesetter&) {
        if (i == 1) throw std::runtime_error("piece 1 failed");
    });
    failing.wait(0);
    CHECK_THROWS_WITH(failing.wait(1), "piece 1 failed");
    failing.wait(2);
}
