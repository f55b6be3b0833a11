// outputs: the PDF metadata every output takes from its bank (title, language, author, keywords).
#pragma once

#include <string>

#include "bank/bank.hpp"
#include "layout/frame.hpp"

namespace deckpress::outputs {

/// Metadata for a document of `bank` titled `title` about `subject`: the bank's language tag and
/// author, its category titles as keywords.
layout::Metadata bank_metadata(const bank::Bank& bank, std::string title, std::string subject);

}  // namespace deckpress::outputs
