// outputs: a portable seeded PRNG (SplitMix64), unbiased bounded draws and Fisher-Yates shuffle.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace deckpress::outputs {

/// SplitMix64 (Steele, Lea & Flood, "Fast splittable pseudorandom number generators", 2014;
/// the reference code is Vigna's splitmix64.c). Same seed -> same sequence on every machine
/// and standard library, which std::uniform_int_distribution and std::shuffle do not promise.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
    /// The next 64-bit output.
    std::uint64_t next();

private:
    std::uint64_t state_;
};

/// A generator for one purpose (`stream`) of an exam seeded with `seed`: the streams are
/// independent, so drawing more numbers for one (e.g. a longer selection) does not change
/// the others (e.g. choice orders).
SplitMix64 derive_stream(std::uint64_t seed, std::uint64_t stream);

/// A uniform integer in [0, bound) (bound >= 1), without modulo bias: outputs below
/// 2^64 mod bound are rejected, so the remaining range is a multiple of `bound`
/// (the method of OpenBSD's arc4random_uniform).
std::uint64_t uniform_below(SplitMix64& rng, std::uint64_t bound);

/// Fisher-Yates (Durstenfeld) shuffle: every permutation equally likely.
template <class T>
void shuffle(std::vector<T>& items, SplitMix64& rng) {
    for (std::size_t i = items.size(); i > 1; --i) {
        std::size_t j = static_cast<std::size_t>(uniform_below(rng, i));
        std::swap(items[i - 1], items[j]);
    }
}

/// A fresh, readable seed (six digits, 100000..999999) from std::random_device and the clock,
/// for runs without --seed. The only non-deterministic function of the exam.
std::uint64_t fresh_seed();

}  // namespace deckpress::outputs
