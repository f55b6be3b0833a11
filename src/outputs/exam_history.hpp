// outputs: the exam history file (which questions recent exams used), for --fresh.
#pragma once

#include <set>
#include <string>

#include "outputs/exam_plan.hpp"

namespace deckpress::outputs {

/// Ids of the questions used by the last `count` exams of bank `bank_name` recorded in the
/// history file `path` (none when the file does not exist). Throws InputError for a file that
/// is not a deckpress exam history.
std::set<std::string> recent_questions(const std::string& path, const std::string& bank_name, int count);

/// Appends `plan` (seed, layout, every version's question ids) to the history file, writing the
/// whole file atomically (a crash leaves the previous history intact).
void record_exam(const std::string& path, const std::string& bank_name, const std::string& layout_name,
                 const ExamPlan& plan);

}  // namespace deckpress::outputs
