// tests: SIGKILL in the middle of writing a PDF leaves the previous PDFs intact, no partial file.
#include <doctest/doctest.h>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <thread>

#include "support/run.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

std::string bundled_bank() { return source_root() + "/content/python-fastapi-interview"; }

/// Starts deckpress with `args` (stdout/stderr to /dev/null) and `env` added, with signal
/// `ignored` (if any) ignored as nohup does; returns its pid.
pid_t spawn(const std::vector<std::string>& args, const std::string& env, int ignored = 0) {
    std::fflush(nullptr);  // the child must not repeat buffered output
    pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::putenv(const_cast<char*>(env.c_str()));
        if (ignored != 0) ::signal(ignored, SIG_IGN);
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);
        std::vector<char*> argv;
        std::string bin = deckpress_bin();
        argv.push_back(bin.data());
        for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
        argv.push_back(nullptr);
        ::execv(bin.c_str(), argv.data());
        ::_exit(127);
    }
    return pid;
}

/// The first temporary file in `dir` with some bytes in it, or "" after `seconds`.
fs::path wait_for_partial_temp(const fs::path& dir, pid_t pid, double seconds) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
    while (std::chrono::steady_clock::now() < deadline) {
        std::error_code ec;
        for (const auto& e : fs::directory_iterator(dir, ec))
            if (e.path().filename().string().find(".tmp-") != std::string::npos && fs::file_size(e.path(), ec) > 0)
                return e.path();
        if (::waitpid(pid, nullptr, WNOHANG) == pid) return {};  // exited without stalling
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return {};
}

std::map<std::string, std::string> pdfs_in(const fs::path& dir) {
    std::map<std::string, std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) files[e.path().filename().string()] = read_text_file(e.path());
    return files;
}

}  // namespace

TEST_CASE("SIGKILL mid-write: previous PDFs untouched, no partial file under a final name") {
    fs::path out = scratch_dir("crash-kill") / "out";
    const std::vector<std::string> render = {"reader", bundled_bank(), "--layout", "reader-tablet",
                                             "--layout", "reader-ereader", "--out", out.string()};
    RunResult first = run([&] {
        std::vector<std::string> argv = render;
        argv.insert(argv.begin(), deckpress_bin());
        argv.insert(argv.end(), {"--category", "python"});
        return argv;
    }());
    REQUIRE_MESSAGE(first.exit_code == 0, first.err);
    const std::map<std::string, std::string> before = pdfs_in(out);
    REQUIRE(before.size() == 2);

    // Rerun on the whole bank (different bytes), stalled halfway through the first temp file.
    pid_t pid = spawn(render, "DECKPRESS_TEST_STALL_WRITE=60");
    fs::path temp = wait_for_partial_temp(out, pid, 120);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    REQUIRE_MESSAGE(!temp.empty(), "deckpress never stalled inside a temporary file");
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);

    // Every final name still holds its complete previous PDF; only the half temp file is new.
    std::map<std::string, std::string> after = pdfs_in(out);
    REQUIRE(after.count(temp.filename().string()) == 1);
    const std::string partial = after[temp.filename().string()];
    after.erase(temp.filename().string());
    std::erase_if(after, [](const auto& file) {  // outputs render side by side: other temp files
        return file.first.find(".tmp-") != std::string::npos && file.second.find("%%EOF") == std::string::npos;
    });
    CHECK(after == before);
    CHECK(partial.starts_with("%PDF-"));
    CHECK(partial.find("%%EOF") == std::string::npos);  // really cut off mid-write
    for (const auto& [name, bytes] : after) {
        CHECK(name.ends_with(".pdf"));
        CHECK(bytes.find("%%EOF") != std::string::npos);
    }

    // The next run replaces the files normally.
    RunResult again = run([&] {
        std::vector<std::string> argv = render;
        argv.insert(argv.begin(), deckpress_bin());
        return argv;
    }());
    CHECK(again.exit_code == 0);
    CHECK(pdfs_in(out).at("reader-tablet.pdf") != before.at("reader-tablet.pdf"));
}

TEST_CASE("Ctrl-C mid-write removes the temporary files and leaves the previous PDFs") {
    fs::path out = scratch_dir("crash-interrupt") / "out";
    const std::vector<std::string> render = {"reader", bundled_bank(), "--layout", "reader-tablet", "--out",
                                             out.string()};
    RunResult first = run([&] {
        std::vector<std::string> argv = render;
        argv.insert(argv.begin(), deckpress_bin());
        argv.insert(argv.end(), {"--category", "sql"});
        return argv;
    }());
    REQUIRE_MESSAGE(first.exit_code == 0, first.err);
    const std::map<std::string, std::string> before = pdfs_in(out);
    REQUIRE(before.size() == 1);

    // SIGPIPE: 'deckpress reader | head -1' left 'reader-tablet-dark.pdf.tmp-BMnfit' behind.
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) {
        CAPTURE(signal);
        pid_t pid = spawn(render, "DECKPRESS_TEST_STALL_WRITE=60");
        fs::path temp = wait_for_partial_temp(out, pid, 120);
        ::kill(pid, signal);
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE_MESSAGE(!temp.empty(), "deckpress never stalled inside a temporary file");
        CHECK(WIFSIGNALED(status));  // it still ends as interrupted, for the shell
        CHECK(WTERMSIG(status) == signal);
        CHECK(pdfs_in(out) == before);  // the temporary file is gone, the old PDF untouched
    }
}

TEST_CASE("a hangup or broken pipe the caller ignores (nohup) does not stop a render") {
    // The interrupt handler replaced an inherited SIG_IGN: under nohup, a hangup ended the run.
    fs::path out = scratch_dir("crash-nohup") / "out";
    const std::vector<std::string> render = {"reader", bundled_bank(), "--layout", "reader-tablet", "--category",
                                             "sql", "--out", out.string()};
    for (int signal : {SIGHUP, SIGPIPE}) {
        CAPTURE(signal);
        pid_t pid = spawn(render, "DECKPRESS_TEST_STALL_WRITE=1", signal);
        REQUIRE_MESSAGE(!wait_for_partial_temp(out, pid, 120).empty(), "deckpress never stalled inside a temporary file");
        ::kill(pid, signal);
        int status = 0;
        ::waitpid(pid, &status, 0);
        CHECK(WIFEXITED(status));
        CHECK(WEXITSTATUS(status) == 0);
        CHECK(fs::exists(out / "reader-tablet.pdf"));
    }
}
