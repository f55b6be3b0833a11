// text: Knuth-Plass optimal line breaking over boxes, glue and penalties.
#pragma once

#include <vector>

namespace deckpress::text {

/// An item of the Knuth-Plass model (Knuth & Plass, "Breaking Paragraphs into Lines", 1981).
struct BreakItem {
    enum Type { Box, Glue, Penalty } type = Box;
    double width = 0;
    double stretch = 0;
    double shrink = 0;
    double penalty = 0;   ///< Penalty only; >= kInfinity forbids, <= -kInfinity forces
    bool flagged = false; ///< hyphen penalties: consecutive flagged breaks cost extra
};

constexpr double kInfinity = 10000;

struct BreakParams {
    double tolerance = 3;          ///< max adjustment ratio accepted in the first pass
    double line_penalty = 10;
    double flagged_demerits = 100; ///< two hyphenated lines in a row
    double fitness_demerits = 100; ///< adjacent lines of very different tightness
    bool justify = false;          ///< ragged lines are scored on shortfall, never stretched
    /// Justified text only: the caller sets a line ragged when its spaces would have to stretch
    /// beyond this ratio. The emergency pass (which runs when no line set fits `tolerance`)
    /// then scores such a line as worse than any line within the tolerance, so it keeps as
    /// many lines justified as it can instead of spreading the shortfall over many lines that
    /// all end up ragged. 0: every line is scored alike (TeX's \emergencystretch alone).
    double ragged_above = 0;
};

/// Chooses breaks minimising total demerits. Line i (0-based) has width line_widths[i];
/// the last width repeats. Returns indices of the items where lines break (a Glue or Penalty
/// index; the last is the final forced break). Never fails: if no feasible set exists at
/// `tolerance`, it retries with a huge tolerance, and finally allows an overfull line only
/// where a single box is wider than the line.
std::vector<int> break_lines(const std::vector<BreakItem>& items,
                             const std::vector<double>& line_widths, const BreakParams& params);

/// Adjustment ratio of a line from item `from` to break `to` at `width` (for justification).
double adjustment_ratio(const std::vector<BreakItem>& items, int from, int to, double width);

}  // namespace deckpress::text
