// outputs: planning an exam's versions: question sets, orders, choice orders, points, answer space.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <sstream>

#include "outputs/exam_plan.hpp"

namespace deckpress::outputs {

namespace {

// Independent generator streams per purpose and version (see derive_stream).
constexpr std::uint64_t kSelectionStream = 1;
constexpr std::uint64_t kOrderStream = 1000;
constexpr std::uint64_t kChoiceStream = 2000;

int word_count(const std::string& text) {
    std::istringstream in(text);
    std::string word;
    int n = 0;
    while (in >> word) ++n;
    return n;
}

int answer_lines(const bank::Question& q, const ExamOptions& o) {
    if (!q.choices.empty()) return o.choice_lines;
    int lines = o.kind_lines[static_cast<std::size_t>(q.kind)];
    if (!q.short_a.empty())
        lines = std::max(lines, static_cast<int>(std::ceil(word_count(q.short_a) / o.words_per_line)));
    return std::min(lines, o.max_lines);
}

std::vector<int> choice_order(const bank::Question& q, SplitMix64& rng) {
    std::vector<int> order(q.choices.size());
    std::iota(order.begin(), order.end(), 0);
    if (order.empty()) return order;
    int last = order.back();
    if (q.keep_last) order.pop_back();
    shuffle(order, rng);
    if (q.keep_last) order.push_back(last);
    return order;
}

ExamVersion make_version(std::vector<const Entry*> chosen, const ExamOptions& o, std::uint64_t seed, int v) {
    SplitMix64 order_rng = derive_stream(seed, kOrderStream + static_cast<std::uint64_t>(v));
    SplitMix64 choice_rng = derive_stream(seed, kChoiceStream + static_cast<std::uint64_t>(v));
    shuffle(chosen, order_rng);
    ExamVersion version;
    for (const Entry* e : chosen) {
        const bank::Question& q = *e->question;
        ExamQuestion eq;
        eq.entry = e;
        eq.choice_order = choice_order(q, choice_rng);
        eq.points = o.level_points[static_cast<std::size_t>(q.level)] +
                    o.kind_extra_points[static_cast<std::size_t>(q.kind)];
        eq.lines = answer_lines(q, o);
        version.questions.push_back(std::move(eq));
    }
    return version;
}

/// Why a version repeats questions: a selection too small for every version, or (when it holds
/// enough) quotas that a few categories or levels cannot meet with new questions.
std::string why_repeats(std::size_t pool_size, std::size_t per_version, int v) {
    if (pool_size >= per_version * static_cast<std::size_t>(v + 1))
        return fmt::format("the selection has {} questions, but too few new ones for the blueprint's category and "
                           "level quotas", pool_size);
    return fmt::format("the selection has {} for versions of {} each", pool_size, per_version);
}

/// Notes how many of version `v`'s questions earlier versions already asked, when the layout
/// wants different questions per version (a selection too small for that), and adds them to `asked`.
void note_repeats(const std::vector<const Entry*>& chosen, std::set<std::string>& asked, int v,
                  const ExamOptions& options, std::size_t pool_size, std::vector<BlueprintNote>& notes) {
    int repeats = 0;
    for (const Entry* e : chosen) repeats += asked.insert(e->question->id).second ? 0 : 1;
    if (repeats == 0) return;
    notes.push_back({options.different_questions_loc,
                     fmt::format("different_questions: version {} repeats {} of earlier versions ({})",
                                 choice_letter(v), question_count(repeats), why_repeats(pool_size, chosen.size(), v))});
}

}  // namespace

int ExamVersion::total_points() const {
    int total = 0;
    for (const ExamQuestion& q : questions) total += q.points;
    return total;
}

std::string choice_letter(int index) {
    std::string out;
    for (int i = index; i >= 0; i = i / 26 - 1) out.insert(out.begin(), static_cast<char>('A' + i % 26));
    return out;
}

ExamPlan plan_exam(const std::vector<const Entry*>& pool, const ExamOptions& options, std::uint64_t seed,
                   int versions, const std::set<std::string>& recent) {
    ExamPlan plan;
    plan.seed = seed;
    plan.minutes = options.minutes;
    std::set<std::string> avoid = recent;
    const Blueprint blueprint = fit_blueprint(options.blueprint, pool, plan.notes);
    std::vector<const Entry*> chosen;
    std::set<std::string> earlier_versions;
    for (int v = 0; v < versions; ++v) {
        if (v == 0 || options.different_questions) {
            SplitMix64 rng = derive_stream(seed, kSelectionStream + static_cast<std::uint64_t>(v));
            chosen = select_questions(pool, blueprint, rng, avoid);
            for (const Entry* e : chosen) avoid.insert(e->question->id);
            note_repeats(chosen, earlier_versions, v, options, pool.size(), plan.notes);
        }
        plan.versions.push_back(make_version(chosen, options, seed, v));
        plan.versions.back().label = versions > 1 ? choice_letter(v) : "";
    }
    return plan;
}

}  // namespace deckpress::outputs
