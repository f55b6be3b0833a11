// core: an exclusive lock on a folder, so that processes updating a file in it take turns.
#pragma once

#include <string>

namespace deckpress {

/// Holds an exclusive advisory lock (flock) on `folder` (created if missing) from construction
/// to destruction, blocking until other holders, in this or another process, let go. For a
/// read-change-write of a file that is replaced by renaming (the file itself cannot be locked:
/// each write makes a new one). Throws std::runtime_error when the folder cannot be opened.
class FolderLock {
public:
    explicit FolderLock(const std::string& folder);
    ~FolderLock();
    FolderLock(const FolderLock&) = delete;
    FolderLock& operator=(const FolderLock&) = delete;

private:
    int fd_ = -1;
};

}  // namespace deckpress
