#!/usr/bin/env bash
# CI: builds the libFuzzer targets with clang (ASan + UBSan) and runs each for SECONDS (default
# 60), all at once (one core each). Crashes, leaks, timeouts (>10 s per input) and >2 GB of
# memory fail; the failing input is left in build-fuzz/artifacts/<target>/.
# Usage: bash .ci/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
targets=(bank markdown_pdf)
cxx=$(command -v clang++-14 || command -v clang++)

CXX=$cxx cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=Debug "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -gline-tables-only" \
  -DDECKPRESS_FUZZ=ON >/dev/null
cmake --build build-fuzz -j"$(nproc 2>/dev/null || echo 2)" --target "${targets[@]/#/fuzz_}"
# Leaks inside system libraries that are not ours to fix are listed, with reasons, in lsan.supp.
export LSAN_OPTIONS="suppressions=$PWD/.ci/lsan.supp"

# Inputs that once failed (tests/fuzz/regressions/<target>/) must pass before fuzzing starts.
shopt -s nullglob
for t in "${targets[@]}"; do
  regressions=(tests/fuzz/regressions/$t/*)
  [ ${#regressions[@]} -eq 0 ] && continue
  echo "fuzz_$t: replaying ${#regressions[@]} regression inputs"
  build-fuzz/tests/fuzz/fuzz_$t -timeout=10 -rss_limit_mb=2048 "${regressions[@]}" >"build-fuzz/replay-$t.log" 2>&1 ||
    { tail -40 "build-fuzz/replay-$t.log"; echo "fuzz_$t: a regression input fails"; exit 1; }
done

pids=()
for t in "${targets[@]}"; do
  work=build-fuzz/corpus-work/$t artifacts=build-fuzz/artifacts/$t
  rm -rf "$work" && mkdir -p "$work" "$artifacts"
  # The committed seeds are read-only input; new coverage goes to the scratch corpus.
  build-fuzz/tests/fuzz/fuzz_$t "$work" "tests/fuzz/corpus/$t" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" >"build-fuzz/fuzz-$t.log" 2>&1 &
  pids+=($!)
done
failed=0
for i in "${!targets[@]}"; do
  t=${targets[$i]}
  if wait "${pids[$i]}"; then
    echo "fuzz_$t: ok ($(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "build-fuzz/fuzz-$t.log" | grep -o '[0-9]*$') runs)"
  else
    echo "fuzz_$t: FAILED; log and input:"; tail -60 "build-fuzz/fuzz-$t.log"; ls -l "build-fuzz/artifacts/$t"
    failed=1
  fi
done
exit $failed
