// tests: `deckpress watch` (re-render on edit, errors, own output, SIGTERM) and --quiet.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <thread>

#include "cli/watch_files.hpp"
#include "support/run.hpp"
#include "support/timing.hpp"

using deckpress::test::deckpress_bin;
using deckpress::test::read_text_file;
using deckpress::test::run;
using deckpress::test::RunResult;
using deckpress::test::scratch_dir;
using deckpress::test::source_root;
using deckpress::test::write_text_file;
namespace fs = std::filesystem;
using namespace std::chrono_literals;

namespace {

/// Generous for a Debug build on a busy 2-core machine; a hang fails instead of blocking CI.
constexpr auto kTimeout = 90s;

/// `deckpress ARGS` running in the background in `dir`, stdout and stderr to files there.
class Background {
public:
    Background(const fs::path& dir, const std::vector<std::string>& args) : out_(dir / "stdout"), err_(dir / "stderr") {
        std::vector<std::string> argv = {deckpress_bin()};
        argv.insert(argv.end(), args.begin(), args.end());
        pid_ = ::fork();
        if (pid_ == 0) exec_child(dir, argv);
        REQUIRE(pid_ > 0);
    }
    ~Background() {
        if (pid_ > 0 && !exited_) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, nullptr, 0);
        }
    }
    std::string out() const { return read_text_file(out_); }
    std::string err() const { return read_text_file(err_); }

    /// Waits until `done()` holds; false on timeout.
    bool wait_until(const std::function<bool()>& done) const {
        for (auto end = std::chrono::steady_clock::now() + kTimeout; std::chrono::steady_clock::now() < end;) {
            if (done()) return true;
            std::this_thread::sleep_for(20ms);
        }
        return done();
    }
    /// The exit code, or -1 when the process has not exited within the timeout (it is then killed).
    int wait_for_exit() {
        int status = 0;
        bool ok = wait_until([&] { return ::waitpid(pid_, &status, WNOHANG) == pid_; });
        if (!ok) return -1;
        exited_ = true;
        return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    void signal(int sig) const { ::kill(pid_, sig); }

private:
    [[noreturn]] void exec_child(const fs::path& dir, const std::vector<std::string>& argv) const {
        if (::chdir(dir.c_str()) != 0) ::_exit(127);
        int in = ::open("/dev/null", O_RDONLY);
        int out = ::open(out_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = ::open(err_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        ::dup2(in, 0);
        ::dup2(out, 1);
        ::dup2(err, 2);
        std::vector<char*> args;
        for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }

    fs::path out_, err_;
    pid_t pid_ = -1;
    bool exited_ = false;
};

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}

/// A scratch copy of the bundled bank in `dir`/bank.
fs::path copy_bank(const fs::path& dir) {
    fs::path bank = dir / "bank";
    fs::copy(fs::path(source_root()) / "content" / "python-fastapi-interview", bank, fs::copy_options::recursive);
    return bank;
}

std::string pdf_text(const fs::path& pdf) { return run({"pdftotext", pdf.string(), "-"}).out; }

const std::string kQuestion = "What are RESTful APIs and what are their key principles?";

/// Rewrites the category file with the first question's text replaced (an editor's save).
void edit_question(const fs::path& bank, const std::string& new_text) {
    fs::path file = bank / "rest.yaml";
    std::string yaml = read_text_file(file);
    auto at = yaml.find(kQuestion);
    REQUIRE(at != std::string::npos);
    write_text_file(file, yaml.replace(at, kQuestion.size(), new_text));
}

std::vector<std::string> reader_args(const fs::path& bank, const fs::path& out) {
    return {"reader", "--layout", "reader-tablet", "--bank", bank.string(), "--out", out.string()};
}

}  // namespace

TEST_CASE("watch: a saved bank edit re-renders the PDF, and --max-runs ends the watch") {
    fs::path dir = scratch_dir("watch-edit");
    fs::path bank = copy_bank(dir);
    std::vector<std::string> args = {"watch", "--max-runs", "2"};
    for (const auto& a : reader_args(bank, dir / "out")) args.push_back(a);
    Background watch(dir, args);
    REQUIRE(watch.wait_until([&] { return count(watch.out(), "rendered 1 file in") == 1; }));
    fs::path pdf = dir / "out" / "reader-tablet.pdf";
    CHECK(pdf_text(pdf).find("QQZ7") == std::string::npos);

    edit_question(bank, "What are QQZ7 APIs and what are their key principles?");
    REQUIRE(watch.wait_for_exit() == 0);
    std::string out = watch.out();
    CHECK(count(out, "rendered 1 file in") == 2);
    CHECK(out.find("changed: ") != std::string::npos);
    CHECK(out.find("rest.yaml") != std::string::npos);
    CHECK(out.find("reader-tablet.pdf:") == std::string::npos);  // per-file lines are folded into the status
    CHECK(pdf_text(pdf).find("QQZ7") != std::string::npos);
    CHECK(watch.err().empty());  // not a terminal: no progress line, no \r
}

TEST_CASE("watch: an edit that breaks the bank reports the error and keeps the previous PDF") {
    fs::path dir = scratch_dir("watch-error");
    fs::path bank = copy_bank(dir);
    std::vector<std::string> args = {"watch", "--max-runs", "2", "--"};
    for (const auto& a : reader_args(bank, dir / "out")) args.push_back(a);
    Background watch(dir, args);
    REQUIRE(watch.wait_until([&] { return count(watch.out(), "rendered 1 file in") == 1; }));
    fs::path pdf = dir / "out" / "reader-tablet.pdf";
    std::string before = read_text_file(pdf);

    write_text_file(bank / "rest.yaml", read_text_file(bank / "rest.yaml") + "  - id: [unclosed\n");
    CHECK(watch.wait_for_exit() == 1);
    CHECK(watch.out().find("1 error, kept the previous PDFs") != std::string::npos);
    CHECK(watch.err().find("rest.yaml:") != std::string::npos);
    CHECK(watch.err().find("error:") != std::string::npos);
    CHECK(read_text_file(pdf) == before);
}

TEST_CASE("watch: its own output inside a watched folder does not trigger a run; SIGTERM stops it cleanly") {
    fs::path dir = scratch_dir("watch-self");
    fs::path bank = copy_bank(dir);
    std::vector<std::string> args = {"watch"};
    for (const auto& a : reader_args(bank, bank / "out")) args.push_back(a);  // out/ inside the bank folder
    Background self(dir, args);
    REQUIRE(self.wait_until([&] { return count(self.out(), "rendered 1 file in") == 1; }));
    std::this_thread::sleep_for(1500ms);  // many debounce periods: a loop on our own PDF would show by now
    CHECK(count(self.out(), "rendered") == 1);
    self.signal(SIGTERM);
    CHECK(self.wait_for_exit() == 0);
    CHECK(self.out().find("stopped watching") != std::string::npos);
}

TEST_CASE("watch: usage errors end it at once") {
    CHECK(run({deckpress_bin(), "watch", "readr"}).exit_code == 2);
    CHECK(run({deckpress_bin(), "watch", "--max-runs", "zero"}).exit_code == 2);
    CHECK(run({deckpress_bin(), "watch", "watch"}).exit_code == 2);
    RunResult help = run({deckpress_bin(), "watch", "--help"});
    CHECK(help.exit_code == 0);
    CHECK(help.out.find("--max-runs N") != std::string::npos);
    CHECK(run({deckpress_bin(), "--help"}).out.find("--quiet") != std::string::npos);
}

TEST_CASE("--quiet prints errors only, before or after the command name") {
    fs::path dir = scratch_dir("watch-quiet");
    fs::path bank = copy_bank(dir);
    std::vector<std::string> args = reader_args(bank, dir / "out");
    auto with = [&](std::vector<std::string> before, std::vector<std::string> after) {
        before.insert(before.end(), args.begin(), args.end());
        before.insert(before.end(), after.begin(), after.end());
        return run(before);
    };
    RunResult loud = with({deckpress_bin()}, {});
    CHECK(loud.exit_code == 0);
    CHECK(loud.out.find("reader-tablet.pdf: ") != std::string::npos);

    RunResult after = with({deckpress_bin()}, {"--quiet"});
    CHECK(after.exit_code == 0);
    CHECK(after.out.empty());
    CHECK(after.err.empty());
    RunResult before = with({deckpress_bin(), "--quiet"}, {});
    CHECK(before.exit_code == 0);
    CHECK(before.out.empty());

    RunResult check = run({deckpress_bin(), "check", "--quiet", bank.string()});
    CHECK(check.exit_code == 0);
    CHECK(check.out.empty());
    write_text_file(bank / "rest.yaml", read_text_file(bank / "rest.yaml") + "  - id: [unclosed\n");
    RunResult broken = run({deckpress_bin(), "check", "--quiet", bank.string()});
    CHECK(broken.exit_code == 1);
    CHECK(broken.out.empty());
    CHECK(broken.err.find("error:") != std::string::npos);
}

TEST_CASE("watch: links back up the folder tree are followed once, not without end") {
    // Two links to '.' made the watcher walk 2^40 paths (a/b/a/b/...) before its first run,
    // deaf to SIGTERM meanwhile.
    fs::path dir = scratch_dir("watch-link-loop");
    fs::create_directories(dir / "sub");
    fs::create_directory_symlink(".", dir / "a");
    fs::create_directory_symlink("..", dir / "sub" / "up");
    fs::create_directory_symlink("sub", dir / "b");
    deckpress::cli::FileWatcher watcher;
    const deckpress::test::CpuStopwatch watch;
    watcher.watch(dir.string());
    CHECK(watch.seconds() < 5.0);
    CHECK(watcher.folder_count() == 2);  // the folder and sub, each once
}
