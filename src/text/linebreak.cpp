// text: Knuth-Plass total-fit line breaking (D. E. Knuth and M. F. Plass, "Breaking Paragraphs
// into Lines", Software: Practice and Experience 11(11), 1981, pp. 1119-1184).
#include "text/linebreak.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace deckpress::text {
namespace {

constexpr double kAwful = std::numeric_limits<double>::infinity();
/// Widths are sums of doubles: a line within this many points of the measure fits exactly.
constexpr double kEpsilon = 1e-6;
/// Emergency pass only: extra stretch every line is scored with, as a fraction of its width
/// (TeX's \emergencystretch, about 3em on a 30em measure). It lets lines without glue, such as
/// the pieces of a long URL, be compared by how short they are. Never applied when drawing.
constexpr double kEmergencyStretch = 0.1;

/// Active nodes to reserve room for: enough for most paragraphs without growing.
constexpr std::size_t kTypicalActive = 16;

/// Sums of widths, stretch and shrink over a prefix of the items.
struct Totals {
    double width = 0;
    double stretch = 0;
    double shrink = 0;

    /// Adds a box's width or a glue's width, stretch and shrink. A penalty adds nothing: its
    /// width counts only on the line that ends at it.
    void add(const BreakItem& item) {
        if (item.type == BreakItem::Penalty) return;
        width += item.width;
        if (item.type == BreakItem::Glue) {
            stretch += item.stretch;
            shrink += item.shrink;
        }
    }
};

/// A feasible breakpoint still able to start a line (the paper's "active node").
struct Active {
    int node = 0;       ///< index into Breaker::nodes_ (the passive record)
    int position = -1;  ///< item index of the break; -1 = start of the paragraph
    int line = 0;       ///< lines ended by this break
    int fitness = 1;
    bool flagged = false;
    bool dropped = false; ///< deactivated at the breakpoint being considered (scratch)
    double demerits = 0;  ///< total demerits of the best path to this break
    Totals after;         ///< totals up to the first box after the break
};

/// A chosen break, kept for the trace back once it is no longer active.
struct Passive {
    int position;
    int previous;
};

/// The best way found so far to end a line at the current breakpoint, per fitness class.
struct Candidate {
    double demerits = kAwful;
    int from = -1;  ///< index into the active list
    double ratio = 0;
};

/// What scoring every line that could end at one breakpoint found.
struct Scored {
    bool feasible = false;    ///< some line is within the tolerance
    std::size_t dropped = 0;  ///< active nodes deactivated here
    int newest_dropped = -1;  ///< index of the deactivated node with the latest position
};

/// The paper's fitness classes (section "The algorithm", Knuth & Plass 1981): 0 tight,
/// 1 decent, 2 loose, 3 very loose.
int fitness_class(double r) {
    if (r < -0.5) return 0;
    if (r <= 0.5) return 1;
    if (r <= 1) return 2;
    return 3;
}

class Breaker {
public:
    Breaker(const std::vector<BreakItem>& items, const std::vector<double>& widths,
            const BreakParams& params, bool emergency)
        : items_(items), widths_(widths), params_(params), emergency_(emergency),
          score_ragged_(emergency && params.justify && params.ragged_above > 0),
          narrowest_(*std::min_element(widths.begin(), widths.end())),
          prunable_(!emergency) {}

    /// The chosen breaks, or nothing when no feasible set exists in this pass.
    std::vector<int> run();

private:
    bool legal_break(int i) const;
    double line_width(int line) const;
    /// The line's adjustment ratio; `break_width` false leaves out what the break itself adds
    /// (a hyphen at a penalty).
    double ratio(const Active& a, const Totals& sum, int b, bool break_width = true) const;
    /// Demerits added in the emergency pass to a line the caller will set ragged.
    double ragged_demerits(const Active& a, const Totals& sum, int b) const;
    double demerits(const Active& a, double r, int b, int fitness) const;
    Totals totals_after(const Totals& sum, int b) const;
    /// Whether the line from `a` to `b`, and every line from a newer node, is looser than the
    /// tolerance.
    bool too_loose_from(const Active& a, const Totals& sum, int b) const;
    /// Tries every active node against breakpoint `b`; false when the pass must give up.
    bool consider(int b, const Totals& sum);
    /// Scores the line from each active node to `b` into `best` and marks the nodes to drop.
    Scored score_lines_to(int b, const Totals& sum, Candidate (&best)[4]);
    /// Removes the marked nodes and adds the fresh ones.
    void update_active(std::size_t dropped);
    void make_nodes(int b, const Totals& sum, const Candidate (&best)[4]);
    std::vector<int> trace_back() const;

    const std::vector<BreakItem>& items_;
    const std::vector<double>& widths_;
    const BreakParams& params_;
    bool emergency_;
    bool score_ragged_;  ///< emergency pass of justified text with ragged_above: see ragged_demerits
    double narrowest_;   ///< the smallest line width
    /// too_loose_from may judge: the first pass, and no negative width or stretch so far (a
    /// longer line never has less of either).
    bool prunable_;
    std::vector<Active> active_;
    std::vector<Passive> nodes_;
    std::array<Active, 4> fresh_;  ///< nodes made at the current breakpoint, at most one per
    int fresh_count_ = 0;          ///< fitness class (scratch)
};

bool Breaker::legal_break(int i) const {
    const BreakItem& item = items_[static_cast<std::size_t>(i)];
    if (item.type == BreakItem::Penalty) return item.penalty < kInfinity;
    if (item.type == BreakItem::Glue)
        return i > 0 && items_[static_cast<std::size_t>(i) - 1].type == BreakItem::Box;
    return false;
}

double Breaker::line_width(int line) const {
    std::size_t i = std::min(static_cast<std::size_t>(line), widths_.size() - 1);
    return widths_[i];
}

/// The adjustment ratio r of the line from `a` to `b` (the paper's eq. for r_j); ragged lines
/// never shrink, and score their shortfall against the stretch of their glue.
double Breaker::ratio(const Active& a, const Totals& sum, int b, bool break_width) const {
    const BreakItem& at = items_[static_cast<std::size_t>(b)];
    double natural = sum.width - a.after.width + (break_width && at.type == BreakItem::Penalty ? at.width : 0);
    double width = line_width(a.line);
    if (natural < width - kEpsilon) {
        double stretch = sum.stretch - a.after.stretch;
        if (emergency_) stretch += kEmergencyStretch * width;
        return stretch > 0 ? (width - natural) / stretch : kAwful;
    }
    if (natural > width + kEpsilon) {
        double shrink = params_.justify ? sum.shrink - a.after.shrink : 0;
        return shrink > 0 ? (width - natural) / shrink : -kAwful;
    }
    return 0;
}

/// A line set ragged in a justified paragraph is worse than the loosest line set justified:
/// it costs the demerits of a line at the tolerance on top of its own (score_ragged_ only).
double Breaker::ragged_demerits(const Active& a, const Totals& sum, int b) const {
    const BreakItem& at = items_[static_cast<std::size_t>(b)];
    if (at.type == BreakItem::Penalty && at.penalty <= -kInfinity) return 0;  // a last line is never stretched
    double natural = sum.width - a.after.width + (at.type == BreakItem::Penalty ? at.width : 0);
    double shortfall = line_width(a.line) - natural;
    double stretch = sum.stretch - a.after.stretch;
    if (shortfall <= kEpsilon || shortfall <= params_.ragged_above * stretch) return 0;
    double worst = params_.line_penalty + 100 * params_.tolerance * params_.tolerance * params_.tolerance;
    return worst * worst;
}

/// Demerits of one line, as in the paper: (l + b)^2 +- p^2, plus alpha for two flagged breaks
/// in a row and gamma for adjacent lines whose fitness classes are not neighbours.
double Breaker::demerits(const Active& a, double r, int b, int fitness) const {
    const BreakItem& at = items_[static_cast<std::size_t>(b)];
    double a_r = std::abs(r);
    double badness = 100 * a_r * a_r * a_r;
    double d = params_.line_penalty + badness;
    d *= d;
    double p = at.type == BreakItem::Penalty ? at.penalty : 0;
    if (p >= 0) d += p * p;
    else if (p > -kInfinity) d -= p * p;
    bool flagged = at.type == BreakItem::Penalty && at.flagged;
    if (flagged && a.flagged) d += params_.flagged_demerits;
    if (std::abs(fitness - a.fitness) > 1) d += params_.fitness_demerits;
    return d;
}

/// Totals as seen by the next line: glue and penalties right after a break are discarded.
Totals Breaker::totals_after(const Totals& sum, int b) const {
    Totals t = sum;
    for (int i = std::max(b, 0); i < static_cast<int>(items_.size()); ++i) {
        const BreakItem& item = items_[static_cast<std::size_t>(i)];
        if (item.type == BreakItem::Box) break;
        if (item.type == BreakItem::Glue) {
            t.add(item);
        } else if (item.penalty <= -kInfinity && i > b) {
            break;
        }
    }
    return t;
}

/// The active list is in order of position, and a line from a newer node to `b` has no more
/// width and no more stretch than the line from `a`: its ratio at the narrowest measure is no
/// smaller, and neither is it at its own, equal or wider, measure. Every sum and quotient here
/// rounds monotonically, so the bound holds in floating point too. Such lines are infeasible and
/// deactivate nothing (a forced break deactivates every node).
bool Breaker::too_loose_from(const Active& a, const Totals& sum, int b) const {
    if (!prunable_) return false;
    const BreakItem& at = items_[static_cast<std::size_t>(b)];
    if (at.type == BreakItem::Penalty && at.penalty <= -kInfinity) return false;
    const double natural = sum.width - a.after.width + (at.type == BreakItem::Penalty ? at.width : 0);
    if (!(natural < narrowest_ - kEpsilon)) return false;
    const double stretch = sum.stretch - a.after.stretch;
    return stretch > 0 && (narrowest_ - natural) / stretch > params_.tolerance;
}

bool Breaker::consider(int b, const Totals& sum) {
    // Early in a line every line to `b` is too loose: `b` changes nothing.
    if (too_loose_from(active_.front(), sum, b)) return true;
    Candidate best[4];
    Scored scored = score_lines_to(b, sum, best);
    bool none_left = scored.dropped == active_.size();
    if (!scored.feasible && none_left && emergency_ && scored.newest_dropped >= 0) {
        // TeX's last resort (tex.web section 854): an overfull line from the newest node,
        // since a box wider than the line leaves no other choice.
        best[1] = {active_[static_cast<std::size_t>(scored.newest_dropped)].demerits, scored.newest_dropped, 0};
        scored.feasible = true;
    }
    fresh_count_ = 0;
    if (scored.feasible) make_nodes(b, sum, best);
    update_active(scored.dropped);
    return !active_.empty();
}

Scored Breaker::score_lines_to(int b, const Totals& sum, Candidate (&best)[4]) {
    const BreakItem& at = items_[static_cast<std::size_t>(b)];
    const bool forced = at.type == BreakItem::Penalty && at.penalty <= -kInfinity;
    const double tolerance = emergency_ ? kAwful : params_.tolerance;
    Scored scored;
    for (std::size_t k = 0; k < active_.size(); ++k) {
        Active& a = active_[k];
        double r = ratio(a, sum, b);
        if (r >= -1 && r <= tolerance) {
            int fitness = fitness_class(r);
            double total = a.demerits + demerits(a, r, b, fitness);
            if (score_ragged_) total += ragged_demerits(a, sum, b);
            if (total < best[fitness].demerits) best[fitness] = {total, static_cast<int>(k), r};
            scored.feasible = true;
        }
        // The paper deactivates a node once a line from it would be overfull (r < -1);
        // a forced break ends every line. Overfull only through its hyphen, the line may still
        // fit at a later break ("symbo-" is wider than "symbol"), so the node stays.
        a.dropped = (r < -1 && (at.width == 0 || ratio(a, sum, b, false) < -1)) || forced;
        if (!a.dropped) continue;
        ++scored.dropped;
        if (scored.newest_dropped < 0 ||
            a.position >= active_[static_cast<std::size_t>(scored.newest_dropped)].position)
            scored.newest_dropped = static_cast<int>(k);
    }
    return scored;
}

void Breaker::update_active(std::size_t dropped) {
    if (dropped > 0)
        active_.erase(std::remove_if(active_.begin(), active_.end(), [](const Active& a) { return a.dropped; }),
                      active_.end());
    active_.insert(active_.end(), fresh_.begin(), fresh_.begin() + fresh_count_);
}

/// New active nodes at `b`: one per fitness class whose best path is within gamma of the
/// overall best (the paper's rule; worse ones can never win).
void Breaker::make_nodes(int b, const Totals& sum, const Candidate (&best)[4]) {
    double least = kAwful;
    for (const Candidate& c : best) least = std::min(least, c.demerits);
    const BreakItem& at = items_[static_cast<std::size_t>(b)];
    Totals after = totals_after(sum, b);
    for (int fitness = 0; fitness < 4; ++fitness) {
        const Candidate& c = best[fitness];
        if (c.demerits == kAwful || c.demerits > least + params_.fitness_demerits) continue;
        const Active& from = active_[static_cast<std::size_t>(c.from)];
        nodes_.push_back({b, from.node});
        Active node;
        node.node = static_cast<int>(nodes_.size()) - 1;
        node.position = b;
        node.line = from.line + 1;
        node.fitness = fitness;
        node.flagged = at.type == BreakItem::Penalty && at.flagged;
        node.demerits = c.demerits;
        node.after = after;
        fresh_[static_cast<std::size_t>(fresh_count_++)] = node;
    }
}

std::vector<int> Breaker::run() {
    // Typical paragraphs keep a handful of active nodes and make a few per line.
    active_.reserve(kTypicalActive);
    nodes_.reserve(kTypicalActive * 4);
    nodes_.push_back({-1, -1});
    Active start;
    start.after = totals_after(Totals{}, -1);
    active_.push_back(start);
    Totals sum;
    const int n = static_cast<int>(items_.size());
    for (int i = 0; i < n; ++i) {
        if (legal_break(i) && !consider(i, sum)) return {};
        const BreakItem& item = items_[static_cast<std::size_t>(i)];
        if (item.type != BreakItem::Penalty && (item.width < 0 || item.stretch < 0)) prunable_ = false;
        sum.add(item);
    }
    return trace_back();
}

/// Follows the best node at the final forced break back to the start.
std::vector<int> Breaker::trace_back() const {
    const Active* best = nullptr;
    for (const Active& a : active_)
        if (!best || a.demerits < best->demerits) best = &a;
    std::vector<int> breaks;
    if (!best) return breaks;
    for (int node = best->node; node >= 0 && nodes_[static_cast<std::size_t>(node)].position >= 0;
         node = nodes_[static_cast<std::size_t>(node)].previous)
        breaks.push_back(nodes_[static_cast<std::size_t>(node)].position);
    std::reverse(breaks.begin(), breaks.end());
    return breaks;
}

}  // namespace

std::vector<int> break_lines(const std::vector<BreakItem>& items,
                             const std::vector<double>& line_widths, const BreakParams& params) {
    if (items.empty()) return {};
    if (line_widths.empty()) throw std::invalid_argument("break_lines: no line widths");
    const BreakItem& last = items.back();
    if (last.type != BreakItem::Penalty || last.penalty > -kInfinity)
        throw std::invalid_argument("break_lines: items must end with a forced break");
    // First pass at the caller's tolerance; the second accepts any underfull line and, where
    // a box is wider than the line, an overfull one, so it always succeeds.
    std::vector<int> breaks = Breaker(items, line_widths, params, false).run();
    if (breaks.empty()) breaks = Breaker(items, line_widths, params, true).run();
    return breaks;
}

double adjustment_ratio(const std::vector<BreakItem>& items, int from, int to, double width) {
    Totals t;
    for (int i = std::max(from, 0); i < to && i < static_cast<int>(items.size()); ++i)
        t.add(items[static_cast<std::size_t>(i)]);
    if (to >= 0 && to < static_cast<int>(items.size()) &&
        items[static_cast<std::size_t>(to)].type == BreakItem::Penalty)
        t.width += items[static_cast<std::size_t>(to)].width;
    if (t.width < width - kEpsilon) return t.stretch > 0 ? (width - t.width) / t.stretch : 0;
    if (t.width > width + kEpsilon) return t.shrink > 0 ? (width - t.width) / t.shrink : 0;
    return 0;
}

}  // namespace deckpress::text
