// tests: run a command, capturing stdout, stderr and the exit code (header-only helper).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace deckpress::test {

struct RunResult {
    int exit_code = -1;  ///< the process's exit status, or 128 + signal number
    std::string out;     ///< everything written to stdout
    std::string err;     ///< everything written to stderr
};

/// An environment variable set by ctest, or `fallback` when the test runs by hand.
inline std::string env_or(const char* name, const std::string& fallback) {
    const char* value = std::getenv(name);
    return value && *value ? std::string(value) : fallback;
}

/// The deckpress binary under test (DECKPRESS_BIN).
inline std::string deckpress_bin() { return env_or("DECKPRESS_BIN", "deckpress"); }
/// The source tree (DECKPRESS_ROOT).
inline std::string source_root() { return env_or("DECKPRESS_ROOT", "."); }

/// A fresh scratch folder under DECKPRESS_TEST_TMP (or the system temp folder), named
/// after `name` and the process id; emptied if it exists.
inline std::filesystem::path scratch_dir(const std::string& name) {
    namespace fs = std::filesystem;
    fs::path base = env_or("DECKPRESS_TEST_TMP", fs::temp_directory_path().string());
    fs::path dir = base / (name + "-" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

inline std::string read_text_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

inline void write_text_file(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

/// Quotes a word for /bin/sh.
inline std::string shell_quote(const std::string& word) {
    std::string out = "'";
    for (char c : word) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

/// Runs `argv` (argv[0] is the program) in `cwd` (empty: the current folder) through
/// /bin/sh, with stdout and stderr captured to files. Stdin is /dev/null.
inline RunResult run(const std::vector<std::string>& argv, const std::string& cwd = "") {
    namespace fs = std::filesystem;
    static int runs = 0;  // one capture folder per call
    fs::path dir = scratch_dir("run" + std::to_string(++runs));
    std::string cmd = cwd.empty() ? "" : "cd " + shell_quote(cwd) + " && ";
    for (const auto& word : argv) cmd += shell_quote(word) + " ";
    cmd += "</dev/null >" + shell_quote((dir / "out").string()) + " 2>" + shell_quote((dir / "err").string());
    int status = std::system(cmd.c_str());
    RunResult r;
    if (status != -1) r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = read_text_file(dir / "out");
    r.err = read_text_file(dir / "err");
    fs::remove_all(dir);
    return r;
}

}  // namespace deckpress::test
