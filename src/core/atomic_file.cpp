// core: atomic file output (write a temp file in the same folder, then rename).
#include "core/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace deckpress {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& what, int err) {
    throw std::runtime_error("cannot write " + path + ": " + what + ": " + std::strerror(err));
}

void write_all(int fd, std::string_view bytes, const std::string& tmp) {
    while (!bytes.empty()) {
        ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail(tmp, "write failed", errno);
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

/// Test hook for the crash-safety test: with DECKPRESS_TEST_STALL_WRITE=<seconds> in the
/// environment, every atomic write stalls that long after the first half of its bytes, so a
/// test can kill the process while a temporary file is half written. Unset in normal use.
void stall_for_crash_test() {
    static const char* seconds = std::getenv("DECKPRESS_TEST_STALL_WRITE");
    if (seconds && *seconds) ::sleep(static_cast<unsigned>(std::atoi(seconds)));
}

/// Temporary files being written, for the interrupt handler to remove: a fixed table, as a
/// signal handler may not allocate or lock. A slot is free (0), being filled (1) or holds a path (2).
/// Every member is initialised so that the table is constant-initialised (zeros in .bss): with
/// `path` left uninitialised, a start-up constructor stored each slot's 0 and touched 32 fresh
/// pages (32 page faults) in every run.
struct TemporarySlot {
    std::atomic<int> state{0};
    char path[4096]{};
};
constexpr int kSlots = 32;  // more writes at once than render workers and their helpers
constinit TemporarySlot g_temporaries[kSlots];

/// Remembers `tmp` until forget(); -1 (not remembered) when the table is full or the path too long.
int remember(const std::string& tmp) {
    if (tmp.size() >= sizeof(TemporarySlot::path)) return -1;
    for (int i = 0; i < kSlots; ++i) {
        int expected = 0;
        if (!g_temporaries[i].state.compare_exchange_strong(expected, 1)) continue;
        std::memcpy(g_temporaries[i].path, tmp.c_str(), tmp.size() + 1);
        g_temporaries[i].state.store(2);
        return i;
    }
    return -1;
}

void forget(int slot) {
    if (slot >= 0) g_temporaries[slot].state.store(0);
}

/// Forgets a remembered temporary file on every way out of write_file_atomic.
struct Remembered {
    int slot;
    ~Remembered() { forget(slot); }
};

extern "C" void remove_temporaries_and_stop(int signal) {
    for (TemporarySlot& slot : g_temporaries)
        if (slot.state.load() == 2) ::unlink(slot.path);
    ::signal(signal, SIG_DFL);  // then end as the signal would have ended the process
    ::raise(signal);
}

}  // namespace

void remove_temporaries_on_interrupt() {
    struct sigaction action {};
    action.sa_handler = remove_temporaries_and_stop;
    ::sigemptyset(&action.sa_mask);
    // A signal the caller set to be ignored (nohup: SIGHUP) stays ignored; SIGPIPE comes from
    // a reader of stdout that went away (`deckpress reader | head -1`).
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
        struct sigaction before {};
        ::sigaction(signal, nullptr, &before);
        if (before.sa_handler != SIG_IGN) ::sigaction(signal, &action, nullptr);
    }
}

void prepare_output(const std::string& path) {
    namespace fs = std::filesystem;
    fs::path target(path);
    std::error_code ec;
    if (target.has_parent_path()) {
        fs::create_directories(target.parent_path(), ec);
        if (ec) fail(path, "cannot create folder " + target.parent_path().string(), ec.value());
    }
    if (fs::is_directory(target, ec)) throw std::runtime_error("cannot write " + path + ": it is a folder");
}

void write_file_atomic(const std::string& path, std::string_view bytes) {
    prepare_output(path);
    std::string tmp = path + ".tmp-XXXXXX";
    int fd = ::mkstemp(tmp.data());
    if (fd < 0) fail(path, "cannot create a temporary file", errno);
    Remembered remembered{remember(tmp)};
    try {
        write_all(fd, bytes.substr(0, bytes.size() / 2), tmp);
        stall_for_crash_test();
        write_all(fd, bytes.substr(bytes.size() / 2), tmp);
        // mkstemp creates the file 0600; outputs are ordinary documents (rw-r--r--).
        if (::fchmod(fd, 0644) != 0) fail(tmp, "chmod failed", errno);
        if (::fsync(fd) != 0) fail(tmp, "fsync failed", errno);
    } catch (...) {
        ::close(fd);
        ::unlink(tmp.c_str());
        throw;
    }
    int err = ::close(fd) == 0 ? 0 : errno;
    if (err == 0 && ::rename(tmp.c_str(), path.c_str()) != 0) err = errno;
    if (err != 0) {
        ::unlink(tmp.c_str());
        fail(path, "cannot replace the file", err);
    }
}

}  // namespace deckpress
