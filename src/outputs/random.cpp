// outputs: SplitMix64, rejection-sampled bounded draws and a fresh seed.
#include "outputs/random.hpp"

#include <chrono>
#include <random>

namespace deckpress::outputs {

std::uint64_t SplitMix64::next() {
    // Constants from the reference implementation (golden-ratio increment, Stafford's mix 13).
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

SplitMix64 derive_stream(std::uint64_t seed, std::uint64_t stream) {
    // Hash the stream number through one SplitMix64 step so nearby streams start far apart.
    SplitMix64 mixer(stream * 0xD1B54A32D192ED03ULL + 1);
    return SplitMix64(seed ^ mixer.next());
}

std::uint64_t uniform_below(SplitMix64& rng, std::uint64_t bound) {
    if (bound <= 1) return 0;
    std::uint64_t threshold = (0 - bound) % bound;  // = 2^64 mod bound
    for (;;) {
        std::uint64_t r = rng.next();
        if (r >= threshold) return r % bound;
    }
}

std::uint64_t fresh_seed() {
    std::random_device device;
    auto ticks = static_cast<std::uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count());
    std::uint64_t entropy = (static_cast<std::uint64_t>(device()) << 32) ^ device() ^ ticks;
    SplitMix64 rng(entropy);
    return 100000 + uniform_below(rng, 900000);
}

}  // namespace deckpress::outputs
