// tests: helpers for the end-to-end pathological-input tests (a scratch bank, a timed CLI run).
#pragma once

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "support/run.hpp"
#include "support/timing.hpp"

namespace deckpress::test {

/// Bound for one pathological run: 20 s, generous for a Debug build, stretched in sanitizer
/// builds (support/timing.hpp). Release builds need a fraction of it.
inline double patho_seconds() { return time_bound(20.0); }

struct TimedRun {
    RunResult result;
    double seconds = 0;
};

/// Runs deckpress with `args`, timing its CPU seconds.
inline TimedRun run_timed(std::vector<std::string> args, const std::string& cwd = "") {
    args.insert(args.begin(), deckpress_bin());
    const CpuStopwatch watch;
    TimedRun t;
    t.result = run(args, cwd);
    t.seconds = watch.seconds();
    return t;
}

/// `text` as the body of a YAML literal block: every line indented by 6 spaces.
inline std::string literal_lines(const std::string& text) {
    std::string body;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        body += "      " + text.substr(start, end - start) + "\n";
        start = end + 1;
    }
    return body;
}

/// A one-question bank in a scratch folder whose answer (`a:`) is `answer`, written as a YAML
/// literal block so any Markdown survives verbatim (every line indented by 6 spaces).
inline std::filesystem::path bank_with_answer(const std::string& name, const std::string& answer,
                                              const std::string& extra_keys = "") {
    std::filesystem::path dir = scratch_dir("patho-" + name) / "bank";
    write_text_file(dir / "bank.yaml", "title: Pathological\ncategories: [p]\n");
    std::string body = "title: P\nquestions:\n  - id: q1\n    q: Does it survive?\n    short: yes\n"
                       "    level: beginner\n    kind: concept\n" + extra_keys + "    a: |\n" + literal_lines(answer);
    write_text_file(dir / "p.yaml", body);
    return dir;
}

/// A bank of three questions in one category (file t.yaml) whose short answers are `short_md`
/// and whose answers are `answer_md`, both as YAML literal blocks.
inline std::filesystem::path bank_of_three(const std::string& name, const std::string& short_md,
                                           const std::string& answer_md) {
    std::filesystem::path dir = scratch_dir(name) / "bank";
    write_text_file(dir / "bank.yaml", "title: " + name + "\ncategories: [t]\n");
    std::string body = "title: T\nquestions:\n";
    for (int i = 1; i <= 3; ++i)
        body += "  - id: q" + std::to_string(i) + "\n    q: Question " + std::to_string(i) +
                "?\n    level: beginner\n    kind: concept\n    short: |\n" + literal_lines(short_md) +
                "    a: |\n" + literal_lines(answer_md);
    write_text_file(dir / "t.yaml", body);
    return dir;
}

/// `deckpress reader BANK --layout reader-tablet --out DIR/reader.pdf`, timed.
inline TimedRun render_reader(const std::filesystem::path& bank, const std::filesystem::path& pdf,
                              std::vector<std::string> extra = {}) {
    std::vector<std::string> args = {"reader", bank.string(), "--layout", "reader-tablet", "--out", pdf.string()};
    args.insert(args.end(), extra.begin(), extra.end());
    return run_timed(args, source_root());
}

/// `deckpress all BANK --quiet` into a folder beside the bank; the PDFs it wrote, by name.
inline std::vector<std::filesystem::path> render_all(const std::filesystem::path& bank) {
    const std::filesystem::path out = bank.parent_path() / "out";
    TimedRun t = run_timed({"all", bank.string(), "--quiet", "--out", out.string()}, source_root());
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    std::vector<std::filesystem::path> pdfs;
    for (const auto& entry : std::filesystem::directory_iterator(out))
        if (entry.path().extension() == ".pdf") pdfs.push_back(entry.path());
    std::sort(pdfs.begin(), pdfs.end());
    return pdfs;
}

/// True when no file in `dir` (recursively) has ".tmp-" in its name: no temp file left.
inline bool no_temp_files(const std::filesystem::path& dir) {
    std::error_code ec;
    for (const auto& e : std::filesystem::recursive_directory_iterator(dir, ec))
        if (e.path().filename().string().find(".tmp-") != std::string::npos) return false;
    return true;
}

}  // namespace deckpress::test
