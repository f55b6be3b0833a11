// core: atomic file output (write a temp file in the same folder, then rename).
#pragma once

#include <string>
#include <string_view>

namespace deckpress {

/// Makes sure `path` can be written by write_file_atomic: creates its missing parent folders and
/// checks it is not a folder. Throws std::runtime_error (with the path and the reason) otherwise.
void prepare_output(const std::string& path);

/// Writes `bytes` to `path` so that readers see either the old file or the complete new
/// one: the bytes go to a temporary file in the same folder, which is flushed and renamed
/// over `path`. Creates missing parent folders. Throws std::runtime_error (with the path
/// and the system's reason) on failure, leaving no temporary file behind.
/// Test hook: DECKPRESS_TEST_STALL_WRITE=<seconds> pauses halfway through writing the
/// temporary file (used by the crash-safety test to SIGKILL the process mid-write).
void write_file_atomic(const std::string& path, std::string_view bytes);

/// Makes SIGINT, SIGTERM, SIGHUP and SIGPIPE remove the temporary files being written before
/// the process ends as the signal ends it (previous outputs stay untouched either way); a signal
/// the process inherited as ignored stays ignored. `watch` replaces this while it waits, and
/// puts it back.
void remove_temporaries_on_interrupt();

}  // namespace deckpress
