// tests: the exam's PRNG (SplitMix64 known answers), bounded draws and Fisher-Yates shuffle.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <numeric>

#include "outputs/random.hpp"

using deckpress::outputs::derive_stream;
using deckpress::outputs::SplitMix64;
using deckpress::outputs::uniform_below;

namespace {

/// Pearson's chi-square statistic of `counts` against equal expected counts.
double chi_square(const std::vector<int>& counts) {
    double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    double expected = total / static_cast<double>(counts.size());
    double chi = 0;
    for (int c : counts) chi += (c - expected) * (c - expected) / expected;
    return chi;
}

/// A loose upper bound for chi-square with `df` degrees of freedom (about p < 1e-4): the
/// seeds are fixed, so the test cannot flake, but a biased draw would exceed it by far.
double chi_bound(int df) { return df + 4.5 * std::sqrt(2.0 * df); }

}  // namespace

TEST_CASE("SplitMix64 reproduces the reference outputs") {
    SplitMix64 zero(0);  // Vigna's splitmix64.c with x = 0
    CHECK(zero.next() == 0xE220A8397B1DCDAFULL);
    CHECK(zero.next() == 0x6E789E6AA1B965F4ULL);
    CHECK(zero.next() == 0x06C45D188009454FULL);
    SplitMix64 rosetta(1234567);  // Rosetta Code "Pseudo-random numbers/Splitmix64"
    CHECK(rosetta.next() == 6457827717110365317ULL);
    CHECK(rosetta.next() == 3203168211198807973ULL);
    CHECK(rosetta.next() == 9817491932198370423ULL);
    CHECK(rosetta.next() == 4593380528125082431ULL);
    CHECK(rosetta.next() == 16408922859458223821ULL);
}

TEST_CASE("derived streams are reproducible and distinct") {
    SplitMix64 a = derive_stream(42, 1), b = derive_stream(42, 1), c = derive_stream(42, 2), d = derive_stream(43, 1);
    std::uint64_t first = a.next();
    CHECK(first == b.next());
    CHECK(first != c.next());
    CHECK(first != d.next());
}

TEST_CASE("uniform_below stays in range and is unbiased") {
    SplitMix64 rng(99);
    CHECK(uniform_below(rng, 1) == 0);
    CHECK(uniform_below(rng, 0) == 0);
    std::vector<int> counts(7, 0);
    for (int i = 0; i < 70000; ++i) {
        std::uint64_t r = uniform_below(rng, 7);
        REQUIRE(r < 7);
        ++counts[r];
    }
    CHECK(chi_square(counts) < chi_bound(6));
    // A bound just above 2^63 rejects about half the outputs; the results still stay below it.
    std::uint64_t big = (1ULL << 63) + 12345;
    for (int i = 0; i < 1000; ++i) REQUIRE(uniform_below(rng, big) < big);
}

TEST_CASE("shuffle gives a permutation, every one equally often on small n") {
    SplitMix64 rng(2024);
    std::vector<int> items(50);
    std::iota(items.begin(), items.end(), 0);
    std::vector<int> shuffled = items;
    deckpress::outputs::shuffle(shuffled, rng);
    CHECK(shuffled != items);
    std::vector<int> sorted = shuffled;
    std::sort(sorted.begin(), sorted.end());
    CHECK(sorted == items);

    std::map<std::vector<int>, int> seen;  // 4! = 24 permutations
    for (int i = 0; i < 48000; ++i) {
        std::vector<int> v{0, 1, 2, 3};
        deckpress::outputs::shuffle(v, rng);
        ++seen[v];
    }
    REQUIRE(seen.size() == 24);
    std::vector<int> counts;
    for (const auto& [perm, n] : seen) counts.push_back(n);
    CHECK(chi_square(counts) < chi_bound(23));
}

TEST_CASE("shuffle handles empty and single-item lists") {
    SplitMix64 rng(1);
    std::vector<int> none;
    deckpress::outputs::shuffle(none, rng);
    CHECK(none.empty());
    std::vector<int> one{5};
    deckpress::outputs::shuffle(one, rng);
    CHECK(one == std::vector<int>{5});
}
