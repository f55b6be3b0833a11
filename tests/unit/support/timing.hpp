// tests: time bounds that stretch in slow builds (sanitizers), so speed checks stay meaningful.
#pragma once

#include <sys/resource.h>

#include <cstdlib>
#include <string>

namespace deckpress::test {

/// The factor every time bound is multiplied by: DECKPRESS_TEST_TIME_SCALE, which ctest sets
/// to 3 in sanitizer builds (ASan + UBSan run this code about 2-3x slower than plain Debug);
/// 1 otherwise.
inline double time_scale() {
    const char* value = std::getenv("DECKPRESS_TEST_TIME_SCALE");
    double scale = value && *value ? std::atof(value) : 1.0;
    return scale >= 1.0 ? scale : 1.0;
}

/// `seconds` stretched by time_scale().
inline double time_bound(double seconds) { return seconds * time_scale(); }

/// CPU seconds used so far by this process (all its threads) and by its children that were
/// waited for (a `deckpress` run through std::system counts). Unlike wall time it does not
/// grow when other work loads the machine, so speed checks measure the code, not the load.
inline double cpu_seconds() {
    rusage self{}, children{};
    getrusage(RUSAGE_SELF, &self);
    getrusage(RUSAGE_CHILDREN, &children);
    auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; };
    return seconds(self.ru_utime) + seconds(self.ru_stime) + seconds(children.ru_utime) + seconds(children.ru_stime);
}

/// CPU seconds (cpu_seconds()) since it was made.
class CpuStopwatch {
public:
    double seconds() const { return cpu_seconds() - start_; }

private:
    double start_ = cpu_seconds();
};

}  // namespace deckpress::test
