// tests: forcing how many helper threads every task list asks for, for one scope.
#pragma once

#include "core/ordered_tasks.hpp"

namespace deckpress::test {

/// Forces OrderedTasks::helpers_for's answer until the end of the scope, then lets it decide
/// by size and idle cores again.
struct ForcedHelpers {
    explicit ForcedHelpers(int count) { OrderedTasks::force_helpers(count); }
    ~ForcedHelpers() { OrderedTasks::force_helpers(-1); }
    ForcedHelpers(const ForcedHelpers&) = delete;
    ForcedHelpers& operator=(const ForcedHelpers&) = delete;
};

}  // namespace deckpress::test
