// core: an exclusive lock on a folder (flock on its descriptor).
#include "core/folder_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <stdexcept>

namespace deckpress {

FolderLock::FolderLock(const std::string& folder) {
    std::string dir = folder.empty() ? "." : folder;
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);  // a failure shows in open() below
    fd_ = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd_ < 0) throw std::runtime_error("cannot lock folder " + dir + ": " + std::strerror(errno));
    while (::flock(fd_, LOCK_EX) != 0) {
        if (errno == EINTR) continue;
        int err = errno;
        ::close(fd_);
        throw std::runtime_error("cannot lock folder " + dir + ": " + std::strerror(err));
    }
}

FolderLock::~FolderLock() { ::close(fd_); }  // closing the descriptor releases the lock

}  // namespace deckpress
