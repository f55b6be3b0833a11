// tests: what an import made, as short strings to compare ("question => answer", remarks).
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "bank/import.hpp"

namespace deckpress::test {

/// "question => answer" for each imported question, in order.
inline std::vector<std::string> pairs(const bank::ImportResult& r) {
    std::vector<std::string> out;
    for (const auto& c : r.bank.categories)
        for (const auto& q : c.questions) out.push_back(q.q + " => " + q.a);
    return out;
}

/// Whether the import's summary holds `remark`.
inline bool has_remark(const bank::ImportResult& r, const std::string& remark) {
    return std::find(r.summary.remarks.begin(), r.summary.remarks.end(), remark) != r.summary.remarks.end();
}

}  // namespace deckpress::test
