// cli: inotify folder watches, the debounce loop and the SIGINT/SIGTERM stop request.
#include "cli/watch_files.hpp"

#include <fcntl.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>

#include "core/diagnostics.hpp"

namespace deckpress::cli {
namespace fs = std::filesystem;
namespace {

// ---- stop request: a flag plus a self-pipe so that poll() wakes up ----
volatile std::sig_atomic_t g_stop = 0;
int g_stop_pipe[2] = {-1, -1};
struct sigaction g_old_int {};
struct sigaction g_old_term {};

extern "C" void on_stop_signal(int) {
    g_stop = 1;
    char byte = 1;
    [[maybe_unused]] ssize_t ignored = ::write(g_stop_pipe[1], &byte, 1);
}

/// Saved, created, renamed or deleted entries, and the watched folder itself going away.
constexpr uint32_t kWatchMask =
    IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_DELETE_SELF | IN_MOVE_SELF;

std::string normalized(const std::string& path) {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::absolute(path), ec);
    return (ec ? fs::absolute(path).lexically_normal() : p).string();
}

bool is_under(const std::string& path, const std::string& dir) {
    return path == dir || (path.starts_with(dir) && path.size() > dir.size() && path[dir.size()] == '/');
}

/// Editors' side files: hidden files (.x.swp, .#lock), backups (x~), vim's write test "4913",
/// and temporary files of atomic writes (ours are "NAME.tmp-XXXXXX").
bool is_editor_side_file(const std::string& name) {
    return name.empty() || name.front() == '.' || name.back() == '~' || name == "4913" || name.ends_with(".swp") ||
           name.ends_with(".swx") || name.ends_with(".tmp") || name.find(".tmp-") != std::string::npos;
}

}  // namespace

StopSignals::StopSignals() {
    g_stop = 0;
    if (::pipe2(g_stop_pipe, O_NONBLOCK | O_CLOEXEC) != 0)
        throw InputError{fmt::format("cannot create a pipe: {}", std::strerror(errno))};
    struct sigaction action {};
    action.sa_handler = on_stop_signal;
    action.sa_flags = SA_RESETHAND;  // a second Ctrl-C kills a render that takes too long
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, &g_old_int);
    ::sigaction(SIGTERM, &action, &g_old_term);
}

StopSignals::~StopSignals() {
    ::sigaction(SIGINT, &g_old_int, nullptr);
    ::sigaction(SIGTERM, &g_old_term, nullptr);
    ::close(g_stop_pipe[0]);
    ::close(g_stop_pipe[1]);
    g_stop_pipe[0] = g_stop_pipe[1] = -1;
}

bool StopSignals::stop_requested() const { return g_stop != 0; }

int StopSignals::wake_fd() const { return g_stop_pipe[0]; }

FileWatcher::FileWatcher() : fd_(::inotify_init1(IN_NONBLOCK | IN_CLOEXEC)) {
    if (fd_ < 0) throw InputError{fmt::format("cannot watch files (inotify): {}", std::strerror(errno))};
}

FileWatcher::~FileWatcher() { ::close(fd_); }

void FileWatcher::watch(const std::string& path) {
    std::error_code ec;
    std::string dir = fs::is_directory(path, ec) ? normalized(path) : normalized(fs::path(path).parent_path().string());
    if (dir.empty()) dir = normalized(".");
    if (std::find(roots_.begin(), roots_.end(), dir) == roots_.end()) roots_.push_back(dir);
    add_tree(dir);
}

void FileWatcher::ignore(const std::string& path) { ignored_.push_back(normalized(path)); }

void FileWatcher::rewatch() {
    for (const std::string& root : roots_) add_tree(root);
}

void FileWatcher::add_tree(const std::string& dir) {
    std::set<std::pair<dev_t, ino_t>> seen;
    add_tree(dir, seen);
}

void FileWatcher::add_tree(const std::string& dir, std::set<std::pair<dev_t, ino_t>>& seen) {
    auto ignored = [&](const std::string& d) {
        return std::any_of(ignored_.begin(), ignored_.end(), [&](const std::string& i) { return is_under(d, i); });
    };
    std::error_code ec;
    if (!fs::is_directory(dir, ec) || ignored(dir)) return;
    // Each folder once: a link back up the tree ('a -> .') would make the paths endless.
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0 || !seen.emplace(st.st_dev, st.st_ino).second) return;
    int wd = ::inotify_add_watch(fd_, dir.c_str(), kWatchMask);  // same folder again: same descriptor
    if (wd >= 0) folders_[wd] = dir;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_directory(ec) && !is_editor_side_file(it->path().filename().string()))
            add_tree(it->path().string(), seen);
}

bool FileWatcher::relevant(const std::string& path, const std::string& name) const {
    if (is_editor_side_file(name)) return false;
    return std::none_of(ignored_.begin(), ignored_.end(), [&](const std::string& i) { return is_under(path, i); });
}

bool FileWatcher::drain(std::vector<std::string>& changed) {
    alignas(inotify_event) char buffer[16 * 1024];
    bool any = false;
    for (;;) {
        ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n <= 0) return any;  // EAGAIN: nothing more pending
        any = true;
        for (ssize_t at = 0; at < n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            at += static_cast<ssize_t>(sizeof(inotify_event) + event->len);
            handle(*event, changed);
        }
    }
}

void FileWatcher::handle(const inotify_event& event, std::vector<std::string>& changed) {
    if (event.mask & IN_Q_OVERFLOW) {  // too many events to tell which: assume anything changed
        changed.push_back("(many files)");
        return;
    }
    auto folder = folders_.find(event.wd);
    if (folder == folders_.end()) return;
    if (event.mask & IN_IGNORED) {  // the folder is gone or replaced: rewatch() re-adds it
        folders_.erase(folder);
        return;
    }
    if (event.mask & (IN_DELETE_SELF | IN_MOVE_SELF)) {
        changed.push_back(folder->second);
        return;
    }
    std::string name = event.len > 0 ? std::string(event.name) : std::string();
    std::string path = folder->second + "/" + name;
    if (!relevant(path, name)) return;
    if ((event.mask & (IN_CREATE | IN_MOVED_TO)) && (event.mask & IN_ISDIR)) add_tree(path);
    changed.push_back(path);
}

std::vector<std::string> FileWatcher::wait_for_change(int debounce_ms, const StopSignals& stop) {
    std::vector<std::string> changed;
    int timeout = -1;  // block until the first relevant change, then wait for the burst to end
    while (!stop.stop_requested()) {
        pollfd fds[2] = {{fd_, POLLIN, 0}, {stop.wake_fd(), POLLIN, 0}};
        int n = ::poll(fds, 2, timeout);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw InputError{fmt::format("cannot watch files (poll): {}", std::strerror(errno))};
        if (n == 0) break;  // debounce_ms without an event: the burst is over
        if ((fds[0].revents & POLLIN) && drain(changed) && !changed.empty()) timeout = debounce_ms;
    }
    if (stop.stop_requested()) return {};
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    return changed;
}

}  // namespace deckpress::cli
