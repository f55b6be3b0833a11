#!/usr/bin/env bash
# Installs dependencies, builds deckpress and renders every output of the bundled bank into out/
# (the README's first quick-start command).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$jobs" --target deckpress
./build/deckpress
