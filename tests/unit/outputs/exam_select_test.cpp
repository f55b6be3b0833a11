// tests: exam blueprints: level rounding, stratified selection, uniformity, versions, errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include <fmt/format.h>

#include "outputs/exam_plan.hpp"
#include "outputs/job.hpp"
#include "support/run.hpp"

using namespace deckpress;
using namespace deckpress::outputs;

namespace {

const LoadedBank& bundled_bank() {
    static std::unique_ptr<LoadedBank> bank = [] {
        Diagnostics diags;
        auto loaded = load_prepared(test::source_root() + "/content/python-fastapi-interview", diags);
        REQUIRE(loaded);
        return loaded;
    }();
    return *bank;
}

const LoadedBank& mc_bank() {
    static std::unique_ptr<LoadedBank> bank = [] {
        Diagnostics diags;
        auto loaded = load_prepared(test::source_root() + "/tests/fixtures/mc-bank", diags);
        REQUIRE(loaded);
        return loaded;
    }();
    return *bank;
}

std::vector<const Entry*> all_entries(const LoadedBank& bank) { return select(bank.prepared, {}); }

Blueprint levels_30_40_30(int count) {
    Blueprint bp;
    bp.count = count;
    bp.levels[1] = Quota{30, true};
    bp.levels[2] = Quota{40, true};
    bp.levels[3] = Quota{30, true};
    return bp;
}

std::array<int, 4> level_counts(const std::vector<const Entry*>& chosen) {
    std::array<int, 4> counts{};
    for (const Entry* e : chosen) ++counts[static_cast<std::size_t>(e->question->level)];
    return counts;
}

std::string message_of(const std::vector<const Entry*>& pool, const Blueprint& bp) {
    SplitMix64 rng(1);
    try {
        select_questions(pool, bp, rng);
    } catch (const BlueprintError& e) {
        return e.message;
    }
    return "";
}

}  // namespace

TEST_CASE("level targets use largest-remainder rounding and add up to the count") {
    CHECK(level_targets(levels_30_40_30(10)) == std::array<int, 4>{0, 3, 4, 3});
    CHECK(level_targets(levels_30_40_30(11)) == std::array<int, 4>{0, 3, 5, 3});  // 3.3, 4.4, 3.3
    CHECK(level_targets(levels_30_40_30(7)) == std::array<int, 4>{0, 2, 3, 2});   // 2.1, 2.8, 2.1
    Blueprint thirds;
    thirds.count = 10;
    for (std::size_t l = 1; l < 4; ++l) thirds.levels[l] = Quota{100.0 / 3, true};
    std::array<int, 4> t = level_targets(thirds);
    CHECK(t[1] + t[2] + t[3] == 10);
    Blueprint bad = levels_30_40_30(10);
    bad.levels[3] = Quota{20, true};
    CHECK_THROWS_AS(level_targets(bad), BlueprintError);
}

TEST_CASE("the blueprint is met for 500 seeds") {
    auto pool = all_entries(bundled_bank());
    Blueprint bp = levels_30_40_30(14);
    bp.min_per_category = 1;
    bp.count = 14;
    std::array<int, 4> targets = level_targets(bp);
    for (std::uint64_t seed = 1; seed <= 500; ++seed) {
        SplitMix64 rng = derive_stream(seed, 1);
        auto chosen = select_questions(pool, bp, rng);
        REQUIRE(chosen.size() == 14);
        REQUIRE(level_counts(chosen) == targets);
        std::set<const bank::Category*> categories;
        std::set<const Entry*> unique(chosen.begin(), chosen.end());
        for (const Entry* e : chosen) categories.insert(e->category);
        REQUIRE(categories.size() == bundled_bank().bank.categories.size());  // 12 categories, 1 each at least
        REQUIRE(unique.size() == chosen.size());
    }
}

TEST_CASE("exact category quotas are met") {
    auto pool = all_entries(bundled_bank());
    Blueprint bp = levels_30_40_30(10);
    bp.categories = {{"sql", Quota{3, false}}, {"python", Quota{20, true}}};  // 20% of 10 = 2
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        SplitMix64 rng(seed);
        auto chosen = select_questions(pool, bp, rng);
        std::map<std::string, int> per;
        for (const Entry* e : chosen) ++per[e->category->id];
        REQUIRE(per["sql"] == 3);
        REQUIRE(per["python"] == 2);
        REQUIRE(level_counts(chosen) == level_targets(bp));
    }
}

TEST_CASE("different seeds give different selections, the same seed the same") {
    auto pool = all_entries(bundled_bank());
    ExamOptions options;
    options.blueprint = levels_30_40_30(10);
    auto ids = [&](std::uint64_t seed) {
        std::vector<std::string> out;
        ExamPlan plan = plan_exam(pool, options, seed, 1);
        for (const ExamQuestion& q : plan.versions[0].questions)
            out.push_back(q.entry->question->id);
        return out;
    };
    CHECK(ids(11) == ids(11));
    std::set<std::vector<std::string>> distinct;
    for (std::uint64_t seed = 1; seed <= 20; ++seed) distinct.insert(ids(seed));
    CHECK(distinct.size() == 20);
}

TEST_CASE("each question of a stratum is drawn about equally often") {
    auto pool = all_entries(bundled_bank());
    Blueprint bp = levels_30_40_30(10);
    std::map<const Entry*, int> drawn;
    const int exams = 3000;
    for (std::uint64_t seed = 1; seed <= exams; ++seed) {
        SplitMix64 rng = derive_stream(seed, 1);
        for (const Entry* e : select_questions(pool, bp, rng)) ++drawn[e];
    }
    std::array<int, 4> targets = level_targets(bp);
    for (std::size_t level = 1; level < 4; ++level) {
        std::vector<const Entry*> stratum;
        for (const Entry* e : pool)
            if (static_cast<std::size_t>(e->question->level) == level) stratum.push_back(e);
        double expected = static_cast<double>(exams) * targets[level] / static_cast<double>(stratum.size());
        double chi = 0;
        for (const Entry* e : stratum) chi += std::pow(drawn[e] - expected, 2) / expected;
        double df = static_cast<double>(stratum.size()) - 1;
        CAPTURE(level);
        CHECK(chi < df + 4.5 * std::sqrt(2 * df));  // about p < 1e-4; deterministic seeds
    }
}

TEST_CASE("an impossible blueprint says what the selection has") {
    auto pool = all_entries(bundled_bank());
    std::vector<const Entry*> sql;
    for (const Entry* e : pool)
        if (e->category->id == "sql") sql.push_back(e);
    Blueprint bp;
    bp.count = 5;
    bp.levels[3] = Quota{100, true};
    CHECK(message_of(sql, bp) == "blueprint asks for 5 advanced questions in category sql, the selection has 1");
    bp = Blueprint{};
    bp.count = 80;
    CHECK(message_of(pool, bp) == "blueprint asks for 80 questions, the selection has 60");
    bp.count = 10;
    bp.categories = {{"behavioral", Quota{4, false}}};
    CHECK(message_of(pool, bp) == "blueprint asks for 4 questions in category behavioral, the selection has 3");
    bp.categories.clear();
    bp.min_per_category = 1;
    CHECK(message_of(pool, bp).find("at least 12 questions across categories") != std::string::npos);
}

namespace {

/// A made-up selection in one category: `per_level[l]` questions at level l (0 = unrated).
struct FakeSelection {
    bank::Category category{"c", "C", "c.yaml", {}, {}};
    std::vector<Entry> entries;
    std::vector<const Entry*> pool;

    explicit FakeSelection(std::array<int, 4> per_level) {
        for (std::size_t l = 0; l < 4; ++l)
            for (int i = 0; i < per_level[l]; ++i) {
                bank::Question q;
                q.id = fmt::format("q{}-{}", l, i);
                q.level = static_cast<bank::Level>(l);
                category.questions.push_back(q);
            }
        for (const bank::Question& q : category.questions)
            entries.push_back(Entry{&q, &category, static_cast<int>(entries.size()) + 1, {}, {}, {}, {}});
        for (const Entry& e : entries) pool.push_back(&e);
    }
};

std::vector<std::string> messages(const std::vector<BlueprintNote>& notes) {
    std::vector<std::string> out;
    for (const BlueprintNote& n : notes) out.push_back(n.loc.file + ":" + std::to_string(n.loc.line) + " " + n.message);
    return out;
}

}  // namespace

TEST_CASE("a level's shortfall goes to the nearest levels with questions to spare, noted") {
    FakeSelection bank({1, 1, 5, 1});  // unrated, beginner, intermediate, advanced
    Blueprint bp = levels_30_40_30(6);  // 2 beginner, 2 intermediate, 2 advanced
    bp.levels_loc = {"exam.yaml", 7, 3};
    std::vector<BlueprintNote> notes;
    Blueprint fitted = fit_blueprint(bp, bank.pool, notes);
    CHECK(messages(notes) == std::vector<std::string>{
        "exam.yaml:7 the blueprint asks for 2 beginner questions, the selection has 1: 1 intermediate instead",
        "exam.yaml:7 the blueprint asks for 2 advanced questions, the selection has 1: 1 intermediate instead"});
    CHECK(level_targets(fitted) == std::array<int, 4>{0, 1, 4, 1});
    SplitMix64 rng(3);
    CHECK(level_counts(select_questions(bank.pool, fitted, rng)) == std::array<int, 4>{0, 1, 4, 1});

    // A bank without levels (an imported document, say) still makes the default exam.
    FakeSelection unrated({12, 0, 0, 0});
    notes.clear();
    fitted = fit_blueprint(levels_30_40_30(10), unrated.pool, notes);
    CHECK(notes.size() == 3);
    CHECK(notes[1].message == "the blueprint asks for 4 intermediate questions, the selection has 0: 4 unrated instead");
    CHECK(level_counts(select_questions(unrated.pool, fitted, rng)) == std::array<int, 4>{10, 0, 0, 0});

    // Nothing to fit: the blueprint is kept as it is, without a note.
    notes.clear();
    fitted = fit_blueprint(levels_30_40_30(10), all_entries(bundled_bank()), notes);
    CHECK(notes.empty());
    CHECK(fitted.levels[1]->percent);
}

TEST_CASE("the layout's count shrinks to a smaller selection; a count given on the command line does not") {
    FakeSelection bank({0, 4, 3, 2});
    Blueprint bp = levels_30_40_30(10);
    bp.count_loc = {"exam.yaml", 3, 3};
    std::vector<BlueprintNote> notes;
    Blueprint fitted = fit_blueprint(bp, bank.pool, notes);
    CHECK(messages(notes) ==
          std::vector<std::string>{"exam.yaml:3 the exam has 9 questions, not 10: the selection holds no more"});
    SplitMix64 rng(5);
    CHECK(select_questions(bank.pool, fitted, rng).size() == 9);  // every question of the selection

    bp.count_firm = true;
    notes.clear();
    fitted = fit_blueprint(bp, bank.pool, notes);
    CHECK(notes.empty());
    CHECK(message_of(bank.pool, fitted) == "--count asks for 10 questions, the selection has 9 in category c");
}

TEST_CASE("a category with fewer questions than min_per_category gives all it has") {
    auto pool = all_entries(bundled_bank());  // 5 questions per category, 7 scenarios, 3 behavioral
    Blueprint bp;
    bp.count = 58;
    bp.min_per_category = 5;
    SplitMix64 rng(7);
    std::map<std::string, int> per_category;
    for (const Entry* e : select_questions(pool, bp, rng)) ++per_category[e->category->id];
    CHECK(per_category["behavioral"] == 3);
    CHECK(per_category["python"] == 5);
    CHECK(per_category["scenarios"] == 5);
}

TEST_CASE("versions share questions in different orders, or draw different ones") {
    auto pool = all_entries(bundled_bank());
    ExamOptions options;
    options.blueprint = levels_30_40_30(10);
    ExamPlan plan = plan_exam(pool, options, 5, 3);
    REQUIRE(plan.versions.size() == 3);
    CHECK(plan.versions[1].label == "B");
    auto ids = [](const ExamVersion& v) {
        std::vector<std::string> out;
        for (const ExamQuestion& q : v.questions) out.push_back(q.entry->question->id);
        return out;
    };
    auto a = ids(plan.versions[0]), b = ids(plan.versions[1]);
    CHECK(a != b);
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
    CHECK(a == b);
    options.different_questions = true;
    ExamPlan different = plan_exam(pool, options, 5, 2);
    auto x = ids(different.versions[0]), y = ids(different.versions[1]);
    std::set<std::string> overlap;
    for (const auto& id : x)
        if (std::find(y.begin(), y.end(), id) != y.end()) overlap.insert(id);
    CHECK(overlap.empty());  // 60 questions are enough for two disjoint exams of 10
}

TEST_CASE("recently used questions are avoided when the pool allows") {
    auto pool = all_entries(bundled_bank());
    ExamOptions options;
    options.blueprint.count = 10;
    ExamPlan first = plan_exam(pool, options, 8, 1);
    std::set<std::string> recent;
    for (const ExamQuestion& q : first.versions[0].questions) recent.insert(q.entry->question->id);
    ExamPlan second = plan_exam(pool, options, 8, 1, recent);
    for (const ExamQuestion& q : second.versions[0].questions) CHECK(recent.count(q.entry->question->id) == 0);
}

TEST_CASE("multiple-choice options are shuffled per version with keep_last") {
    auto pool = all_entries(mc_bank());
    ExamOptions options;
    options.blueprint.count = 8;
    std::set<std::vector<int>> orders;
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        ExamPlan plan = plan_exam(pool, options, seed, 2);
        for (const ExamVersion& v : plan.versions)
            for (const ExamQuestion& q : v.questions) {
                const bank::Question& question = *q.entry->question;
                REQUIRE(q.choice_order.size() == question.choices.size());
                std::vector<int> sorted = q.choice_order;
                std::sort(sorted.begin(), sorted.end());
                for (std::size_t i = 0; i < sorted.size(); ++i) REQUIRE(sorted[i] == static_cast<int>(i));
                if (question.keep_last) REQUIRE(q.choice_order.back() == static_cast<int>(question.choices.size()) - 1);
                if (question.id == "mc-http-idempotent") orders.insert(q.choice_order);
            }
    }
    CHECK(orders.size() == 6);  // 3! orders of the first three choices, "All of the above" last
    CHECK(choice_letter(0) == "A");
    CHECK(choice_letter(3) == "D");
    CHECK(choice_letter(26) == "AA");
}
