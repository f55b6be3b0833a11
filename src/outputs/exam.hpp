// outputs: the mock-test PDF and its answer key, laid out from an exam plan.
#pragma once

#include <string>
#include <vector>

#include "layout/engine.hpp"
#include "layout/frame.hpp"
#include "layout/style.hpp"
#include "outputs/exam_plan.hpp"

namespace deckpress::outputs {

/// Lays out the test of `plan.versions[version]`: header (bank title, "Mock test", version,
/// seed, name and date lines, time limit, total points, instructions), then the numbered
/// questions, each with its points and ruled answer space (or lettered choices), kept on one
/// page when it fits. Never shows answer text. Every page's footer carries version and seed.
layout::Document build_exam_test(const Prepared& prepared, const ExamPlan& plan, std::size_t version,
                                 const ExamOptions& options, const layout::LayoutFile& layout,
                                 layout::Engine& engine, Diagnostics& diags);

/// Lays out the answer key of the same version: the same numbers in the same order, each with
/// the question, points, the correct letters of a multiple-choice question, the model answer,
/// a key-points checklist and where to read more; then a scoring table per category.
layout::Document build_exam_key(const Prepared& prepared, const ExamPlan& plan, std::size_t version,
                                const ExamOptions& options, const layout::LayoutFile& layout,
                                layout::Engine& engine, Diagnostics& diags);

/// A short checklist for self-grading, at most `max` points: the short answer's list items, else
/// the bold lead-ins of the answer's list ("**Prioritization:** ..."), else the short answer's
/// sentences, else the first sentence of each answer list item, else the answer's first sentences.
std::vector<std::string> key_points(const Entry& entry, int max);

}  // namespace deckpress::outputs
