// tests: command lines whose outputs would collide, and layout names with typos: usage errors.
#include <doctest/doctest.h>

#include <algorithm>

#include "patho_util.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

const std::string kReaderHelp = "Run 'deckpress reader --help' for its options.\n";

}  // namespace

TEST_CASE("a bank named twice is rendered once; two banks of one folder name are refused") {
    // Both were rendered into out/bank/, the second replacing the first's PDFs without a word.
    fs::path bank = bank_with_answer("twice", "The first bank.");
    fs::path out = bank.parent_path() / "out";
    TimedRun same = run_timed({"reader", bank.string(), "--bank", bank.string() + "/", "--layout", "reader-tablet",
                               "--out", out.string()},
                              source_root());
    CHECK(same.result.exit_code == 0);
    CHECK_MESSAGE(same.result.out.starts_with((out / "reader-tablet.pdf").string() + ": "), same.result.out);
    CHECK(std::count(same.result.out.begin(), same.result.out.end(), '\n') == 1);
    CHECK_FALSE(fs::exists(out / "bank"));

    fs::path other = bank_with_answer("twice-other", "Another bank in a folder of the same name.");
    fs::path out2 = bank.parent_path() / "out2";
    TimedRun clash = run_timed({"reader", "--bank", bank.string(), "--bank", other.string(), "--out", out2.string()},
                               source_root());
    CHECK(clash.result.exit_code == 2);
    CHECK(clash.result.err == "deckpress: error: banks " + bank.string() + " and " + other.string() +
                                  " would both be written to " + (out2 / "bank").string() +
                                  "/; render them one at a time, each with its own --out\n" + kReaderHelp);
    CHECK_FALSE(fs::exists(out2));
}

TEST_CASE("two layouts of one file name are refused; a misspelt layout name gets a did-you-mean") {
    fs::path dir = scratch_dir("patho-layout-files");
    const std::string layout = read_text_file(fs::path(source_root()) / "layouts" / "reader-tablet.yaml");
    write_text_file(dir / "a" / "reader-mine.yaml", layout);
    write_text_file(dir / "b" / "reader-mine.yaml", layout);
    const std::string a = (dir / "a" / "reader-mine.yaml").string(), b = (dir / "b" / "reader-mine.yaml").string();
    fs::path bank = bank_with_answer("layout-names", "Fine.");
    fs::path out = dir / "out";
    TimedRun clash = run_timed({"reader", bank.string(), "--layout", a, "--layout", b, "--out", out.string()});
    CHECK(clash.result.exit_code == 2);
    CHECK(clash.result.err == "deckpress: error: layouts " + a + " and " + b +
                                  " would both be written to reader-mine.pdf; rename one of the files\n" + kReaderHelp);
    CHECK_FALSE(fs::exists(out));

    TimedRun twice = run_timed({"reader", bank.string(), "--layout", a, "--layout", a, "--out", out.string()});
    CHECK(twice.result.exit_code == 0);
    CHECK(std::count(twice.result.out.begin(), twice.result.out.end(), '\n') == 1);

    // Was "/.../layouts/reader-tablet-drak.yaml: error: cannot open file: No such file or directory".
    const std::string layouts = (fs::canonical(source_root()) / "layouts").string();
    TimedRun typo = run_timed({"reader", bank.string(), "--layout", "reader-tablet-drak", "--out", out.string()},
                              source_root());
    CHECK(typo.result.exit_code == 2);
    CHECK(typo.result.err == "deckpress: error: no layout 'reader-tablet-drak' in " + layouts +
                                 " (did you mean 'reader-tablet-dark'?)\n" + kReaderHelp);
    TimedRun unknown = run_timed({"reader", bank.string(), "--layout", "poster", "--out", out.string()}, source_root());
    CHECK(unknown.result.exit_code == 2);
    CHECK(unknown.result.err == "deckpress: error: no layout 'poster' in " + layouts +
                                    "; the reader layouts are reader-ereader, reader-tablet, reader-tablet-dark, "
                                    "reader-tablet-selftest, or give the path of a .yaml file\n" + kReaderHelp);
    CHECK_FALSE(fs::exists(out / "reader-tablet.pdf"));
}

TEST_CASE("a seed out of range says which whole numbers --seed takes") {
    // Was "--seed expects a whole number, not '-1'": -1 is one.
    fs::path bank = bank_with_answer("seed-range", "Fine.");
    for (const char* seed : {"-1", "18446744073709551616", "abc"}) {
        TimedRun t = run_timed({"exam", bank.string(), "--seed", seed, "--out", (bank.parent_path() / "out").string()});
        CHECK(t.result.exit_code == 2);
        CHECK(t.result.err == "deckpress: error: --seed expects a whole number from 0 to 18446744073709551615, not '" +
                                  std::string(seed) + "'\nRun 'deckpress exam --help' for its options.\n");
    }
}

TEST_CASE("an empty --out, --bank or --layout is a usage error, not out/ or 'bank folder not found'") {
    // `--out "$DIR"` with DIR unset rendered into ./out/ without a word.
    fs::path bank = bank_with_answer("empty-values", "Fine.");
    const fs::path cwd = bank.parent_path();
    const std::vector<std::vector<std::string>> lines = {
        {"reader", bank.string(), "--layout", "reader-tablet", "--out", ""},
        {"reader", bank.string(), "--layout", "reader-tablet", "--out="},
        {"reader", "--bank", "", "--layout", "reader-tablet"},
        {"reader", bank.string(), "--layout="},
    };
    const std::vector<std::string> names = {"out' needs a value (PATH)", "out' needs a value (PATH)",
                                            "bank' needs a value (DIR)", "layout' needs a value (NAME)"};
    for (std::size_t i = 0; i < lines.size(); ++i) {
        TimedRun t = run_timed(lines[i], cwd.string());
        CHECK(t.result.exit_code == 2);
        CHECK(t.result.err == "deckpress: error: option '--" + names[i] + ", not an empty one\n" + kReaderHelp);
    }
    CHECK_FALSE(fs::exists(cwd / "out"));
}

TEST_CASE("nothing to render names the filters that select nothing, or says the bank has no questions") {
    // Both were "the filters select no question", also when no filter was given.
    fs::path bank = bank_with_answer("select-nothing", "Fine.");
    fs::path out = bank.parent_path() / "out";
    TimedRun level = run_timed({"reader", bank.string(), "--level", "advanced", "--layout", "reader-tablet", "--out",
                                out.string()});
    CHECK(level.result.exit_code == 1);
    CHECK(level.result.err == bank.string() + ": error: --level advanced selects no question\n");
    TimedRun both = run_timed({"reader", bank.string(), "--level", "advanced,intermediate", "--ids", "q1", "--layout",
                               "reader-tablet", "--out", out.string()});
    CHECK(both.result.err ==
          bank.string() + ": error: the filters --level advanced,intermediate, --ids q1 select no question together\n");

    write_text_file(bank / "p.yaml", "title: P\nquestions: []\n");
    TimedRun none = run_timed({"reader", bank.string(), "--quiet", "--layout", "reader-tablet", "--out", out.string()});
    CHECK(none.result.exit_code == 1);
    CHECK(none.result.err == bank.string() + ": error: the bank has no questions: its categories are empty, nothing to render\n");
    CHECK_FALSE(fs::exists(out));
}
