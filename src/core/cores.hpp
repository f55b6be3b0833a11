// core: the machine's hardware threads, and how many of them this process leaves idle.
#pragma once

namespace deckpress::cores {

/// Hardware threads of this machine (at least 1).
int hardware();

/// Marks the calling thread busy for the guard's lifetime: a render worker while it runs a
/// job. Work that could split itself onto helper threads asks idle() first, so that helpers
/// start only on cores nobody else is using.
class BusyGuard {
public:
    BusyGuard();
    ~BusyGuard();
    BusyGuard(const BusyGuard&) = delete;
    BusyGuard& operator=(const BusyGuard&) = delete;
};

/// Hardware threads minus the threads marked busy (never negative). A hint: the answer may
/// be stale by the time it is used, and nothing but speed may depend on it.
int idle();

}  // namespace deckpress::cores
