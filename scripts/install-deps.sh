#!/usr/bin/env bash
# Installs every build, test and font dependency of deckpress from Debian 12 packages.
# Idempotent: packages already present are skipped. Runs as root or through sudo.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  libhpdf-dev libcmark-dev libyaml-cpp-dev libfmt-dev doctest-dev
  libharfbuzz-dev libdeflate-dev libhyphen-dev libmimalloc-dev hyphen-en-us nlohmann-json3-dev
  # other languages' patterns, loaded at run time for banks with `language:` (README, Languages)
  hyphen-de hyphen-fr hyphen-ru hyphen-es hyphen-it hyphen-pt-pt hyphen-pt-br hyphen-nl hyphen-pl hyphen-sv
  poppler-utils qpdf mupdf-tools
  clang-14 libclang-rt-14-dev  # libFuzzer targets (.ci/fuzz.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "install-deps: all ${#packages[@]} packages present"; exit 0; }

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
