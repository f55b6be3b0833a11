// tests: render jobs that all fail at once end the run with a usage error, never a crash.
#include <doctest/doctest.h>

#include <filesystem>

#include "support/run.hpp"

using deckpress::test::deckpress_bin;
using deckpress::test::run;
using deckpress::test::RunResult;
using deckpress::test::scratch_dir;
using deckpress::test::source_root;
namespace fs = std::filesystem;

TEST_CASE("workers finishing their first jobs together do not crash (glibc malloc_trim race)") {
    // Every cards layout is a job; each rejects --flip at once, so the workers end their first
    // job (and trim memory) nearly together. The crash was timing-dependent (about 1 run in 30),
    // so the run is repeated.
    fs::path dir = scratch_dir("pool-errors");
    std::string bank = (fs::path(source_root()) / "content" / "python-fastapi-interview").string();
    int crashes = 0;
    for (int i = 0; i < 150 && crashes == 0; ++i) {
        RunResult r = run({deckpress_bin(), "cards", bank, "--flip", "sideways", "--out", dir.string()});
        if (r.exit_code != 2) ++crashes;
        if (r.exit_code != 2) MESSAGE("run ", i, " exited with ", r.exit_code, ": ", r.err);
    }
    CHECK(crashes == 0);
}
