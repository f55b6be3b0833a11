// outputs: fitting the layout's exam blueprint to a selection too small for it, each change noted.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>

#include "core/counted.hpp"
#include "outputs/exam_plan.hpp"

namespace deckpress::outputs {

namespace {

/// Where a shortfall at `level` goes: the other rated levels, nearest first (the easier of two
/// as near), then unrated questions.
std::vector<std::size_t> nearest_levels(std::size_t level) {
    std::vector<std::size_t> out;
    for (std::size_t k = 1; k < 4; ++k)
        if (k != level) out.push_back(k);
    auto distance = [&](std::size_t k) { return std::abs(static_cast<int>(k) - static_cast<int>(level)); };
    std::stable_sort(out.begin(), out.end(), [&](std::size_t a, std::size_t b) { return distance(a) < distance(b); });
    if (level != 0) out.push_back(0);
    return out;
}

/// Every level's quota as a number of questions.
void set_level_counts(Blueprint& bp, const std::array<int, 4>& counts) {
    for (std::size_t l = 0; l < 4; ++l) bp.levels[l] = Quota{static_cast<double>(counts[l]), false};
}

/// Moves each level's shortfall to the nearest levels with questions to spare; false (nothing
/// changed) when there is no shortfall or the selection cannot cover it.
bool shift_shortfalls(Blueprint& bp, const std::array<int, 4>& available, std::vector<BlueprintNote>& notes) {
    std::array<int, 4> target = level_targets(bp);
    std::vector<BlueprintNote> made;
    for (std::size_t level : {1, 2, 3, 0}) {
        int shortfall = target[level] - available[level];
        if (shortfall <= 0) continue;
        std::vector<std::string> instead;
        for (std::size_t k : nearest_levels(level)) {
            int moved = std::min(shortfall, available[k] - target[k]);
            if (moved <= 0) continue;
            target[k] += moved;
            shortfall -= moved;
            instead.push_back(fmt::format("{} {}", moved, blueprint_level_name(k)));
        }
        if (shortfall > 0) return false;
        made.push_back({bp.levels_loc, fmt::format("the blueprint asks for {}, the selection has {}: "
                                                   "{} instead",
                                                   level_question_count(target[level], level), available[level],
                                                   fmt::join(instead, " and "))});
        target[level] = available[level];
    }
    if (made.empty()) return false;
    set_level_counts(bp, target);
    notes.insert(notes.end(), made.begin(), made.end());
    return true;
}

}  // namespace

Blueprint fit_blueprint(const Blueprint& blueprint, const std::vector<const Entry*>& pool,
                        std::vector<BlueprintNote>& notes) {
    Blueprint out = blueprint;
    const auto size = static_cast<int>(pool.size());
    const std::array<int, 4> available = questions_per_level(pool);
    if (!blueprint.count_firm && size > 0 && size < blueprint.count) {
        out.count = size;
        notes.push_back({blueprint.count_loc, fmt::format("the exam has {}, not {}: the selection holds no more",
                                                          counted(static_cast<std::size_t>(size), "question", "questions"),
                                                          blueprint.count)});
        if (out.has_level_quotas()) set_level_counts(out, available);  // the whole selection, whatever its levels
        return out;
    }
    if (out.has_level_quotas()) shift_shortfalls(out, available, notes);
    return out;
}

}  // namespace deckpress::outputs
