// cli: folder watching for `deckpress watch` (Linux inotify), debounced, stoppable by SIGINT/SIGTERM.
#pragma once

#include <sys/types.h>

#include <map>
#include <set>
#include <string>
#include <vector>

struct inotify_event;

namespace deckpress::cli {

/// While alive, SIGINT and SIGTERM ask the watch loop to stop instead of killing the process
/// (a second one kills as usual: the handlers reset themselves). Restores the previous
/// handlers on destruction. One instance at a time.
class StopSignals {
public:
    StopSignals();
    ~StopSignals();
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    /// True once SIGINT or SIGTERM arrived.
    bool stop_requested() const;
    /// A file descriptor that becomes readable when a stop is requested (for poll).
    int wake_fd() const;
};

/// Watches folder trees for files that are saved, created, renamed into place or deleted.
class FileWatcher {
public:
    /// Throws InputError when inotify is unavailable.
    FileWatcher();
    ~FileWatcher();
    FileWatcher(const FileWatcher&) = delete;
    FileWatcher& operator=(const FileWatcher&) = delete;

    /// Watches `dir` and every folder below it; a file path watches the folder that holds it.
    /// Missing paths are skipped (rewatch() tries again).
    void watch(const std::string& path);
    /// Changes at `path` or below it are never reported (our own output).
    void ignore(const std::string& path);
    /// Adds the watches again for every path given to watch(): folders that were replaced
    /// (renamed over, deleted and recreated) or created since are watched anew.
    void rewatch();
    /// How many folders are watched.
    std::size_t folder_count() const { return folders_.size(); }

    /// Blocks until a relevant change, then until `debounce_ms` pass without another event
    /// (editors write temp files and rename them: one save is one burst). Returns the changed
    /// paths, sorted and unique; empty when `stop` is requested.
    std::vector<std::string> wait_for_change(int debounce_ms, const StopSignals& stop);

private:
    void add_tree(const std::string& dir);
    /// Watches `dir` and its subfolders, skipping folders in `seen` (device, inode).
    void add_tree(const std::string& dir, std::set<std::pair<dev_t, ino_t>>& seen);
    /// Reads every pending event; appends relevant changed paths. False when none was pending.
    bool drain(std::vector<std::string>& changed);
    /// Appends the path one event changed, when relevant; forgets folders that are gone.
    void handle(const inotify_event& event, std::vector<std::string>& changed);
    bool relevant(const std::string& path, const std::string& name) const;

    int fd_ = -1;
    std::map<int, std::string> folders_;  ///< watch descriptor -> folder
    std::vector<std::string> roots_;
    std::vector<std::string> ignored_;
};

}  // namespace deckpress::cli
