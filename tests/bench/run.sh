#!/usr/bin/env bash
# bench: times deckpress end to end on the bundled bank and on synthetic banks (median of N runs).
#
# Usage: tests/bench/run.sh [BUILD_DIR] [RUNS] [SIZES]
#   BUILD_DIR  a Release build with the deckpress binary (default: build-perf)
#   RUNS       runs per measurement (default: 5)
#   SIZES      synthetic bank sizes (default: "60 600 3000 6000")
# For each bank: the default command (check + every output), then each output alone
# (reader-tablet, every cards layout, every cheat sheet, the default exam). Reports the median
# wall time, the median CPU time (user + sys) and the largest peak RSS, from GNU time.
set -euo pipefail

root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:-$root/build-perf}"
runs="${2:-5}"
sizes="${3:-60 600 3000 6000}"
bin="$build/deckpress"
work="${TMPDIR:-/tmp}/deckpress-bench"
[ -x "$bin" ] || { echo "no deckpress binary in $build (build it with -DCMAKE_BUILD_TYPE=Release)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (/usr/bin/time, Debian package 'time')" >&2; exit 1; }

mkdir -p "$work/banks"
gen="$work/bankgen"
if [ ! -x "$gen" ] || [ "$root/tests/bench/bankgen.cpp" -nt "$gen" ]; then
    "${CXX:-g++}" -std=c++20 -O2 -o "$gen" "$root/tests/bench/bankgen.cpp"
fi
for n in $sizes; do
    [ -f "$work/banks/synthetic-$n/bank.yaml" ] || "$gen" "$n" "$work/banks/synthetic-$n"
done

# measure LABEL CMD...: runs CMD $runs times, prints one table row.
measure() {
    local label="$1"; shift
    local times="$work/times.txt"
    : > "$times"
    for _ in $(seq "$runs"); do
        rm -rf "$work/out"; mkdir -p "$work/out"
        /usr/bin/time -f "%e %U %S %M" -a -o "$times" "$@" > /dev/null 2> "$work/stderr.txt" || {
            echo "failed: $*" >&2; cat "$work/stderr.txt" >&2; exit 1; }
    done
    awk -v label="$label" '
        { wall[NR] = $1; cpu[NR] = $2 + $3; if ($4 > mem) mem = $4 }
        function median(a, n,   i, j, t) {
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        END { printf "| %-34s | %8.3f | %8.3f | %8.1f |\n", label, median(wall, NR), median(cpu, NR), mem / 1024 }
    ' "$times"
}

bench_bank() {
    local name="$1" dir="$2"
    measure "$name: all (default command)" "$bin" all "$dir" --out "$work/out"
    measure "$name: reader (reader-tablet)" "$bin" reader "$dir" --layout reader-tablet --out "$work/out"
    measure "$name: cards (every layout)" "$bin" cards "$dir" --out "$work/out"
    measure "$name: cheatsheet (every layout)" "$bin" cheatsheet "$dir" --out "$work/out"
    measure "$name: exam + key" "$bin" exam "$dir" --seed 424242 --out "$work/out"
}

echo "deckpress $("$bin" --version 2>/dev/null | awk '{print $2}'), $(nproc) cores, $runs runs per row, $(date -u +%Y-%m-%d)"
echo "| bank: measurement                  | wall s   | CPU s    | peak MB  |"
echo "|------------------------------------|----------|----------|----------|"
bench_bank "bundled (60)" "$root/content/python-fastapi-interview"
for n in $sizes; do bench_bank "synthetic $n" "$work/banks/synthetic-$n"; done
