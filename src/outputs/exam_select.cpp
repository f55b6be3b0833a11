// outputs: stratified, seeded question selection for exams and the plan of their versions.
//
// Selection algorithm (select_questions):
//  1. Level targets: largest-remainder rounding of the level percentages to the exam's count.
//  2. Category requirements: an explicit category quota is exact (a cap as well as a floor);
//     every other category of the selection needs at least `min_per_category`.
//  3. Phase A (floors): category by category (in id order), draw the required questions one
//     at a time, uniformly among the category's unused questions whose level still has room.
//  4. Phase B (strata): per level, shuffle that level's unused questions (Fisher-Yates), move
//     the ones to avoid (--fresh history, earlier versions) to the back keeping their order,
//     and take what the level still needs, skipping categories at their exact quota. Without
//     level quotas the whole selection is one stratum.
//  A failed attempt (Phase A used a level another category needed) is retried with the same
//  generator, up to kAttempts times; then the blueprint is reported as impossible.
// Questions in one stratum are drawn with equal probability (tests check this by chi-square).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "core/counted.hpp"
#include "outputs/exam_plan.hpp"

namespace deckpress::outputs {

namespace {

/// Retries after an unlucky Phase A; each is cheap (the pool is a few hundred questions).
constexpr int kAttempts = 20;
/// Slack for the rounding of level shares: 12.5 % of 8 questions is exactly 1, not 0.
constexpr double kShareSlack = 1e-9;

std::size_t level_index(const Entry* e) { return static_cast<std::size_t>(e->question->level); }

/// " in category sql" when the pool holds a single category (the error then names it).
std::string scope(const std::vector<const Entry*>& pool) {
    for (const Entry* e : pool)
        if (e->category != pool.front()->category) return "";
    return pool.empty() ? "" : fmt::format(" in category {}", pool.front()->category->id);
}

struct Requirements {
    std::map<std::string, int> floor;  ///< category id -> questions it must get
    std::map<std::string, int> cap;    ///< category id -> exact quota (absent: no cap)
};

/// Where the layout sets category `id`'s quota, else where it sets the category quotas.
SourceLoc category_loc(const Blueprint& bp, const std::string& id) {
    for (const auto& [category, quota] : bp.categories)
        if (category == id && !quota.loc.file.empty()) return quota.loc;
    return bp.categories_loc;
}

Requirements category_requirements(const std::vector<const Entry*>& pool, const Blueprint& bp) {
    Requirements req;
    std::map<std::string, int> available;
    for (const Entry* e : pool) ++available[e->category->id];
    for (const auto& [id, n] : available) req.floor[id] = std::min({bp.min_per_category, bp.count, n});
    for (const auto& [id, quota] : bp.categories) {
        int n = quota.percent ? static_cast<int>(std::lround(quota.value * bp.count / 100)) : static_cast<int>(quota.value);
        req.floor[id] = req.cap[id] = n;
    }
    int total = 0;
    for (const auto& [id, n] : req.floor) {
        if (n > available[id])
            throw BlueprintError{fmt::format("blueprint asks for {} in category {}, the selection has {}",
                                             question_count(n), id, available[id]),
                                 category_loc(bp, id)};
        total += n;
    }
    if (total > bp.count)
        throw BlueprintError{fmt::format("blueprint asks for at least {} across categories "
                                         "(quotas and min_per_category {}), but the exam has only {}",
                                         question_count(total), bp.min_per_category, bp.count),
                             bp.categories_loc};
    return req;
}

/// Picks one of `candidates` uniformly, preferring those not in `avoid`.
const Entry* pick(std::vector<const Entry*> candidates, SplitMix64& rng, const std::set<std::string>& avoid) {
    auto fresh_end = std::stable_partition(candidates.begin(), candidates.end(),
                                           [&](const Entry* e) { return !avoid.count(e->question->id); });
    std::size_t fresh = static_cast<std::size_t>(fresh_end - candidates.begin());
    std::size_t n = fresh > 0 ? fresh : candidates.size();
    return candidates[static_cast<std::size_t>(uniform_below(rng, n))];
}

class Attempt {
public:
    Attempt(const std::vector<const Entry*>& pool, const Blueprint& bp, const Requirements& req, SplitMix64& rng,
            const std::set<std::string>& avoid)
        : pool_(pool), bp_(bp), req_(req), rng_(rng), avoid_(avoid) {
        has_levels_ = bp.has_level_quotas();
        if (has_levels_) room_ = level_targets(bp);
    }

    /// The selection, or "" and `error` set.
    std::vector<const Entry*> run(std::string& error) {
        for (const auto& [id, n] : req_.floor)
            if (!fill_category(id, n, error)) return {};
        if (!fill_strata(error)) return {};
        return chosen_;
    }

private:
    bool usable(const Entry* e) const {
        return !taken_.count(e) && (!has_levels_ || room_[level_index(e)] > 0);
    }
    void take(const Entry* e) {
        taken_.insert(e);
        chosen_.push_back(e);
        ++per_category_[e->category->id];
        if (has_levels_) --room_[level_index(e)];
    }
    bool at_cap(const Entry* e) const {
        auto cap = req_.cap.find(e->category->id);
        auto have = per_category_.find(e->category->id);
        return cap != req_.cap.end() && have != per_category_.end() && have->second >= cap->second;
    }

    bool fill_category(const std::string& id, int n, std::string& error) {
        for (int i = 0; i < n; ++i) {
            std::vector<const Entry*> candidates;
            for (const Entry* e : pool_)
                if (e->category->id == id && usable(e)) candidates.push_back(e);
            if (candidates.empty()) {
                error = fmt::format("blueprint asks for {} in category {} within the level quotas, "
                                    "the selection has {} at levels with room left", question_count(n), id, i);
                return false;
            }
            take(pick(candidates, rng_, avoid_));
        }
        return true;
    }

    bool fill_stratum(int level, int need, std::string& error) {
        std::vector<const Entry*> candidates;
        for (const Entry* e : pool_)
            if (!taken_.count(e) && !at_cap(e) && (level < 0 || static_cast<int>(level_index(e)) == level))
                candidates.push_back(e);
        shuffle(candidates, rng_);
        std::stable_partition(candidates.begin(), candidates.end(),
                              [&](const Entry* e) { return !avoid_.count(e->question->id); });
        for (const Entry* e : candidates) {
            if (need == 0) break;
            if (at_cap(e)) continue;
            take(e);
            --need;
        }
        if (need == 0) return true;
        error = level < 0 ? fmt::format("blueprint asks for {}, the selection has {} outside the "
                                        "categories at their quota", question_count(bp_.count), chosen_.size())
                          : fmt::format("blueprint asks for {} more, the selection has no more "
                                        "outside the categories at their quota", level_question_count(need, static_cast<std::size_t>(level)));
        return false;
    }

    bool fill_strata(std::string& error) {
        if (!has_levels_) return fill_stratum(-1, bp_.count - static_cast<int>(chosen_.size()), error);
        for (int level = 0; level < 4; ++level) {
            int need = room_[static_cast<std::size_t>(level)];
            if (need > 0 && !fill_stratum(level, need, error)) return false;
        }
        return true;
    }

    const std::vector<const Entry*>& pool_;
    const Blueprint& bp_;
    const Requirements& req_;
    SplitMix64& rng_;
    const std::set<std::string>& avoid_;
    bool has_levels_ = false;
    std::array<int, 4> room_{};
    std::set<const Entry*> taken_;
    std::vector<const Entry*> chosen_;
    std::map<std::string, int> per_category_;
};

/// Whether the level quotas are percentages (else counts), once checked that they add up to
/// 100 % or to the exam's count.
bool level_quotas_in_percent(const Blueprint& bp) {
    double sum = 0;
    bool percent = false;
    for (const auto& q : bp.levels)
        if (q) {
            sum += q->value;
            percent = percent || q->percent;
        }
    if (percent && std::fabs(sum - 100) > 0.01)
        throw BlueprintError{fmt::format("blueprint level percentages add up to {}%, not 100%", sum), bp.levels_loc};
    if (!percent && std::lround(sum) != bp.count)
        throw BlueprintError{fmt::format("blueprint level counts add up to {}, but the exam has {} questions", sum,
                                         bp.count),
                             bp.levels_loc};
    return percent;
}

/// Throws when the pool is smaller than the exam, or than a level's share of it.
void check_pool_size(const std::vector<const Entry*>& pool, const Blueprint& bp) {
    if (static_cast<int>(pool.size()) < bp.count)
        throw BlueprintError{fmt::format("{} asks for {}, the selection has {}{}",
                                         bp.count_firm ? "--count" : "blueprint", question_count(bp.count), pool.size(), scope(pool)),
                             bp.count_firm ? SourceLoc{} : bp.count_loc};
    if (!bp.has_level_quotas()) return;
    std::array<int, 4> targets = level_targets(bp);
    std::array<int, 4> available = questions_per_level(pool);
    for (std::size_t l = 0; l < 4; ++l)
        if (targets[l] > available[l])
            throw BlueprintError{fmt::format("blueprint asks for {}{}, the selection has {}",
                                             level_question_count(targets[l], l), scope(pool), available[l]),
                                 bp.levels_loc};
}

}  // namespace

const char* blueprint_level_name(std::size_t level) {
    static constexpr const char* kNames[] = {"unrated", "beginner", "intermediate", "advanced"};
    return level < 4 ? kNames[level] : "unrated";
}

std::string question_count(int n) { return counted(static_cast<std::size_t>(n), "question", "questions"); }

std::string level_question_count(int n, std::size_t level) {
    std::string name = blueprint_level_name(level);
    return counted(static_cast<std::size_t>(n), name + " question", name + " questions");
}

std::array<int, 4> questions_per_level(const std::vector<const Entry*>& pool) {
    std::array<int, 4> out{};
    for (const Entry* e : pool) ++out[level_index(e)];
    return out;
}

std::array<int, 4> level_targets(const Blueprint& bp) {
    const bool percent = level_quotas_in_percent(bp);
    std::array<int, 4> out{};
    std::array<double, 4> remainder{};
    int assigned = 0;
    for (std::size_t l = 0; l < 4; ++l) {
        if (!bp.levels[l]) continue;
        double exact = percent ? bp.levels[l]->value * bp.count / 100 : bp.levels[l]->value;
        out[l] = static_cast<int>(std::floor(exact + kShareSlack));
        remainder[l] = exact - out[l];
        assigned += out[l];
    }
    for (; assigned < bp.count; ++assigned) {  // hand the rest to the largest remainders
        std::size_t best = 0;
        for (std::size_t l = 1; l < 4; ++l)
            if (remainder[l] > remainder[best] + kShareSlack) best = l;
        ++out[best];
        remainder[best] = -1;
    }
    return out;
}

std::vector<const Entry*> select_questions(const std::vector<const Entry*>& pool, const Blueprint& bp,
                                           SplitMix64& rng, const std::set<std::string>& avoid) {
    check_pool_size(pool, bp);
    Requirements req = category_requirements(pool, bp);
    std::string error;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        std::vector<const Entry*> chosen = Attempt(pool, bp, req, rng, avoid).run(error);
        if (chosen.empty()) continue;
        std::sort(chosen.begin(), chosen.end(), [](const Entry* a, const Entry* b) { return a->number < b->number; });
        return chosen;
    }
    throw BlueprintError{error, bp.categories_loc};
}

}  // namespace deckpress::outputs
