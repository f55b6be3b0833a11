// tests: `deckpress exam` end to end: determinism, key order, no answer leak, choices, errors.
#include <doctest/doctest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <sstream>

#include "outputs/job.hpp"
#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

const std::string kBank = "/content/python-fastapi-interview";

test::RunResult exam(const std::vector<std::string>& extra) {
    std::vector<std::string> argv{test::deckpress_bin(), "exam"};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return test::run(argv);
}

/// The question ids of each version, in display order, from the history file.
std::vector<std::vector<std::string>> history_ids(const fs::path& file) {
    auto doc = nlohmann::json::parse(test::read_text_file(file));
    std::vector<std::vector<std::string>> out;
    for (const auto& v : doc["exams"].back()["versions"]) out.push_back(v["ids"].get<std::vector<std::string>>());
    return out;
}

std::vector<std::string> words_of(const std::string& text) {
    std::istringstream in(text);
    std::vector<std::string> out;
    for (std::string w; in >> w;) out.push_back(w);
    return out;
}

/// Index of the word "N." followed by the first two words of the question, or -1.
long find_question(const test::PdfText& pdf, int number, const std::string& question, long from) {
    std::vector<std::string> q = words_of(question);
    for (std::size_t i = static_cast<std::size_t>(from); i + 2 < pdf.words.size(); ++i)
        if (pdf.words[i].text == std::to_string(number) + "." && pdf.words[i + 1].text == q[0] &&
            pdf.words[i + 2].text == q[1])
            return static_cast<long>(i);
    return -1;
}

/// Sentences of at least eight words of the answer's paragraphs (distinctive text).
std::vector<std::string> distinctive_sentences(const outputs::Entry& e) {
    std::vector<std::string> out;
    for (const doc::Block& b : e.answer) {
        if (b.kind != doc::BlockKind::Paragraph) continue;
        std::string text = doc::plain_text(b.spans);
        std::size_t start = 0;
        while (start < text.size()) {
            std::size_t end = text.find(". ", start);
            if (end == std::string::npos) end = text.size();
            std::string sentence = text.substr(start, end - start);
            auto w = words_of(sentence);
            if (w.size() >= 8) {
                std::string joined;
                for (std::size_t i = 0; i < 8; ++i) joined += (i ? " " : "") + w[i];
                out.push_back(joined);
            }
            start = end + 2;
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the same seed gives byte-identical PDFs, another seed another exam") {
    fs::path dir = test::scratch_dir("exam-determinism");
    std::string bank = test::source_root() + kBank;
    for (const char* sub : {"one", "two"})
        REQUIRE(exam({bank, "--seed", "31", "--out", (dir / sub).string()}).exit_code == 0);
    REQUIRE(exam({bank, "--seed", "32", "--out", (dir / "three").string()}).exit_code == 0);
    for (const char* file : {"exam-31.pdf", "exam-31-key.pdf"}) {
        std::string one = test::read_text_file(dir / "one" / file);
        REQUIRE(one.size() > 1000);
        CHECK(one == test::read_text_file(dir / "two" / file));
    }
    CHECK(history_ids(dir / "one" / "exam-history.json") != history_ids(dir / "three" / "exam-history.json"));
    std::string info = test::run_capture("pdfinfo '" + (dir / "one" / "exam-31.pdf").string() + "'");
    CHECK(info.find("seed 31") != std::string::npos);
}

TEST_CASE("the key has the test's numbers and order; the test leaks no answer text") {
    fs::path dir = test::scratch_dir("exam-key-order");
    std::string bank = test::source_root() + kBank;
    auto r = exam({bank, "--seed", "77", "--count", "12", "--versions", "2", "--out", dir.string()});
    REQUIRE(r.exit_code == 0);
    Diagnostics diags;
    auto loaded = outputs::load_prepared(bank, diags);
    REQUIRE(loaded);
    auto ids = history_ids(dir / "exam-history.json");
    REQUIRE(ids.size() == 2);
    int leaks_checked = 0, found_in_key = 0;
    for (std::size_t v = 0; v < 2; ++v) {
        std::string name = std::string("exam-77-") + static_cast<char>('A' + v);
        auto test_pdf = test::read_pdf_words((dir / (name + ".pdf")).string(), dir.string());
        auto key_pdf = test::read_pdf_words((dir / (name + "-key.pdf")).string(), dir.string());
        CHECK(test_pdf.warnings.empty());
        CHECK(key_pdf.warnings.empty());
        for (int page = 1; page <= static_cast<int>(test_pdf.pages.size()); ++page)
            CHECK(test_pdf.page_text(page).find("Seed 77") != std::string::npos);
        long in_test = 0, in_key = 0;
        std::string test_text = test_pdf.all_text(), key_text = key_pdf.all_text();
        for (std::size_t i = 0; i < ids[v].size(); ++i) {
            const outputs::Entry* e = nullptr;
            for (const outputs::Entry& entry : loaded->prepared.entries)
                if (entry.question->id == ids[v][i]) e = &entry;
            REQUIRE(e);
            std::string q = doc::plain_text(e->q);
            int number = static_cast<int>(i) + 1;
            CAPTURE(q);
            in_test = find_question(test_pdf, number, q, in_test);
            in_key = find_question(key_pdf, number, q, in_key);
            REQUIRE(in_test >= 0);  // found after the previous question: same order
            REQUIRE(in_key >= 0);
            CHECK(key_text.find("card #" + std::to_string(e->number)) != std::string::npos);
            for (const std::string& sentence : distinctive_sentences(*e)) {
                ++leaks_checked;
                CHECK_MESSAGE(test_text.find(sentence) == std::string::npos, sentence);
                if (key_text.find(sentence) != std::string::npos) ++found_in_key;
            }
        }
    }
    CHECK(leaks_checked > 10);
    CHECK(found_in_key > leaks_checked / 3);  // the same search does find answers in the key
}

TEST_CASE("multiple-choice questions show lettered options, keep_last last, letters in the key") {
    fs::path dir = test::scratch_dir("exam-mc");
    std::string bank = test::source_root() + "/tests/fixtures/mc-bank";
    REQUIRE(exam({bank, "--seed", "4", "--count", "8", "--out", dir.string()}).exit_code == 0);
    std::string test_text = test::read_pdf_words((dir / "exam-4.pdf").string(), dir.string()).all_text();
    std::string key_text = test::read_pdf_words((dir / "exam-4-key.pdf").string(), dir.string()).all_text();
    CHECK(test_text.find("D. All of the above") != std::string::npos);
    CHECK(test_text.find("D. None of the above") != std::string::npos);
    CHECK(test_text.find("Answer:") == std::string::npos);
    CHECK(test_text.find("Quokka") == std::string::npos);
    CHECK(key_text.find("Answer: ") != std::string::npos);
    CHECK(key_text.find("Quokka") != std::string::npos);
    CHECK(key_text.find("Scoring") != std::string::npos);
}

namespace {
bool has_line(const std::string& text, const std::string& line) { return ("\n" + text).find("\n" + line + "\n") != std::string::npos; }
}  // namespace

TEST_CASE("a blueprint the selection cannot meet is fitted to it with a warning, or an error that says why") {
    fs::path dir = test::scratch_dir("exam-impossible");
    const std::string layout = test::source_root() + "/layouts/exam-letter.yaml";
    auto r = exam({test::source_root() + kBank, "--seed", "1", "--count", "5", "--category", "scenarios", "--out",
                   dir.string()});
    CHECK(r.exit_code == 0);
    // 30/40/30% of 5 rounds to 2 beginner, 2 intermediate, 1 advanced; scenarios has no beginner
    // question, 1 intermediate and 6 advanced.
    CHECK_MESSAGE(has_line(r.err, layout + ":20:3: warning: the blueprint asks for 2 beginner questions, "
                                             "the selection has 0: 2 advanced instead"), r.err);
    CHECK_MESSAGE(has_line(r.err, layout + ":20:3: warning: the blueprint asks for 2 intermediate "
                                             "questions, the selection has 1: 1 advanced instead"), r.err);
    CHECK(test::read_pdf_words((dir / "exam-1.pdf").string(), dir.string()).all_text().find("5 questions") !=
          std::string::npos);

    r = exam({test::source_root() + kBank, "--seed", "2", "--count", "8", "--category", "scenarios", "--out",
              dir.string()});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(has_line(r.err, "deckpress: error: --count asks for 8 questions, the selection has 7 "
                                             "in category scenarios"), r.err);
    CHECK_FALSE(fs::exists(dir / "exam-2.pdf"));
}

TEST_CASE("a one-question exam says so in the singular") {
    fs::path dir = test::scratch_dir("exam-one");
    auto r = exam({test::source_root() + kBank, "--seed", "3", "--count", "1", "--out", dir.string()});
    REQUIRE(r.exit_code == 0);
    CHECK_MESSAGE(has_line(r.out, (dir / "exam-3.pdf").string() + ": 1 page (seed 3)"), r.out);
    std::string text = test::read_pdf_words((dir / "exam-3.pdf").string(), dir.string()).all_text();
    CHECK(text.find("45 minutes \u00b7 1 question \u00b7") != std::string::npos);
}

TEST_CASE("--fresh avoids the questions of the last exams in the history") {
    fs::path dir = test::scratch_dir("exam-fresh");
    std::string bank = test::source_root() + kBank;
    std::string history = (dir / "h.json").string();
    REQUIRE(exam({bank, "--seed", "9", "--out", dir.string(), "--history", history}).exit_code == 0);
    REQUIRE(exam({bank, "--seed", "9", "--fresh", "--out", dir.string(), "--history", history}).exit_code == 0);
    auto doc = nlohmann::json::parse(test::read_text_file(history));
    REQUIRE(doc["exams"].size() == 2);
    auto first = doc["exams"][0]["versions"][0]["ids"].get<std::vector<std::string>>();
    auto second = doc["exams"][1]["versions"][0]["ids"].get<std::vector<std::string>>();
    for (const std::string& id : second) CHECK(std::find(first.begin(), first.end(), id) == first.end());
}

TEST_CASE("exams run at the same time all land in the history file") {
    // Each write stalls a second (the crash-test hook), so that without a lock every run reads
    // the history before any of them wrote it back, and all but one exam would be lost.
    fs::path dir = test::scratch_dir("exam-concurrent");
    std::string history = (dir / "h.json").string();
    std::string runs;
    for (int seed = 1; seed <= 3; ++seed)
        runs += "DECKPRESS_TEST_STALL_WRITE=1 " + test::shell_quote(test::deckpress_bin()) + " exam " +
                test::shell_quote(test::source_root() + kBank) + " --quiet --count 3 --seed " + std::to_string(seed) +
                " --out " + test::shell_quote(dir.string()) + " --history " + test::shell_quote(history) + " & ";
    test::RunResult r = test::run({"/bin/sh", "-c", runs + "wait"});
    REQUIRE(r.exit_code == 0);
    auto doc = nlohmann::json::parse(test::read_text_file(history));
    std::vector<int> seeds;
    for (const auto& e : doc["exams"]) seeds.push_back(e["seed"].get<int>());
    std::sort(seeds.begin(), seeds.end());
    CHECK(seeds == std::vector<int>{1, 2, 3});
}

TEST_CASE("a history file that is not one is an error naming the file, and where") {
    fs::path dir = test::scratch_dir("exam-bad-history");
    std::string bank = test::source_root() + kBank;
    auto run_with = [&](const std::string& text) {
        test::write_text_file(dir / "h.json", text);
        return exam({bank, "--seed", "4", "--fresh", "--out", dir.string(), "--history", (dir / "h.json").string()});
    };
    test::RunResult r = run_with("{\"exams\": [{\"bank\": 1, \"versions\": []}]}");
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(has_line(r.err, (dir / "h.json").string() +
                                      ": error: not a deckpress exam history (exam 1: 'bank' is not a string)"), r.err);
    r = run_with("{\"exams\": [{\"bank\": \"b\", \"versions\": [{\"ids\": [\"a\", 2]}]}]}");
    CHECK_MESSAGE(has_line(r.err, (dir / "h.json").string() +
                                      ": error: not a deckpress exam history (exam 1: a version's 'ids' is not a list of "
                                      "question ids)"), r.err);
    r = run_with("{\"exams\": [\n  {\"bank\": ");
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find((dir / "h.json").string() + ":2:12: error: not valid JSON (syntax error while parsing value - unexpected end of input") == 0, r.err);
    CHECK_FALSE(fs::exists(dir / "exam-4.pdf"));

    // Without --fresh the history is only appended to, but a broken one still stops the run first.
    test::write_text_file(dir / "h.json", "{\"exams\": 3}");
    r = exam({bank, "--seed", "4", "--out", dir.string(), "--history", (dir / "h.json").string()});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find("not a deckpress exam history") != std::string::npos, r.err);
    CHECK_FALSE(fs::exists(dir / "exam-4.pdf"));

    r = run_with("\n");  // an empty file, made with touch say, is a history without exams
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK(nlohmann::json::parse(test::read_text_file(dir / "h.json"))["exams"].size() == 1);

    fs::create_directories(dir / "folder.json");  // was "not a deckpress exam history (expected {...})"
    r = exam({bank, "--seed", "5", "--fresh", "--out", dir.string(), "--history", (dir / "folder.json").string()});
    CHECK(r.exit_code == 1);
    CHECK(r.err == (dir / "folder.json").string() +
                       ": error: is a folder, not an exam history file; rename it or give --history FILE\n");
    CHECK_FALSE(fs::exists(dir / "exam-5.pdf"));
}

TEST_CASE("a history file that is not one fails the run before any PDF is written, without --fresh too") {
    // It was read only to append the exam: the PDFs were replaced, then the run failed.
    fs::path dir = test::scratch_dir("exam-bad-history-first");
    std::string history = (dir / "h.json").string();
    test::write_text_file(history, "not json\n");
    test::write_text_file(dir / "exam-4.pdf", "previous test");
    test::RunResult r = exam({test::source_root() + kBank, "--seed", "4", "--out", dir.string(), "--history", history});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find(history + ":1:2: error: not valid JSON") == 0, r.err);
    CHECK(test::read_text_file(dir / "exam-4.pdf") == "previous test");
    CHECK_FALSE(fs::exists(dir / "exam-4-key.pdf"));
}

TEST_CASE("a bank folder whose name is not UTF-8 gets its exams recorded, and --fresh finds them") {
    // Writing the history failed with '[json.exception.type_error.316] invalid UTF-8 byte', exit 1.
    fs::path dir = test::scratch_dir("exam-latin1-folder");
    fs::path bank = dir / "caf\xe9";
    fs::copy(test::source_root() + kBank, bank, fs::copy_options::recursive);
    std::string history = (dir / "h.json").string();
    test::RunResult first = exam({bank.string(), "--seed", "9", "--out", dir.string(), "--history", history});
    CHECK_MESSAGE(first.exit_code == 0, first.err);
    test::RunResult second =
        exam({bank.string(), "--seed", "9", "--fresh", "--out", dir.string(), "--history", history});
    CHECK_MESSAGE(second.exit_code == 0, second.err);
    auto doc = nlohmann::json::parse(test::read_text_file(history));
    REQUIRE(doc["exams"].size() == 2);
    CHECK(doc["exams"][0]["bank"] == "caf\uFFFD");
    CHECK(doc["exams"][0]["versions"][0]["ids"] != doc["exams"][1]["versions"][0]["ids"]);  // --fresh saw the first

    fs::path layout = dir / "exam-\xff.yaml";  // the layout's name is recorded too
    fs::copy_file(fs::path(test::source_root()) / "layouts" / "exam-a4.yaml", layout);
    test::RunResult third = exam({bank.string(), "--seed", "9", "--layout", layout.string(), "--out", dir.string(),
                                  "--history", history});
    CHECK_MESSAGE(third.exit_code == 0, third.err);
    CHECK(nlohmann::json::parse(test::read_text_file(history))["exams"][2]["layout"] == "exam-\uFFFD");
}

TEST_CASE("a blueprint shrunk to one question says so in the singular") {
    fs::path dir = test::scratch_dir("exam-shrunk-one");
    auto r = exam({test::source_root() + kBank, "--seed", "3", "--ids", "python-decorators", "--out", dir.string()});
    REQUIRE(r.exit_code == 0);
    CHECK_MESSAGE(r.err.find("warning: the exam has 1 question, not 10: the selection holds no more") !=
                      std::string::npos, r.err);
}

TEST_CASE("past 26 choices the doubled letters (AA., AB.) stay clear of the choice text") {
    fs::path dir = test::scratch_dir("exam-many-choices");
    std::string choices;
    for (int i = 0; i < 30; ++i)
        choices += "      - {text: \"Option " + std::to_string(i) + "\"" + (i == 0 ? ", correct: true}\n" : "}\n");
    test::write_text_file(dir / "bank" / "bank.yaml", "title: Many\ncategories: [m]\n");
    test::write_text_file(dir / "bank" / "m.yaml", "title: M\nquestions:\n  - id: q\n    q: Which?\n    a: This.\n"
                                                   "    short: This.\n    level: beginner\n    kind: concept\n"
                                                   "    choices:\n" + choices);
    REQUIRE(exam({(dir / "bank").string(), "--seed", "1", "--count", "1", "--out", dir.string()}).exit_code == 0);
    for (const char* file : {"exam-1.pdf", "exam-1-key.pdf"}) {
        test::PdfText pdf = test::read_pdf_words((dir / file).string(), dir.string());
        CHECK(pdf.warnings.empty());
        int letters = 0;
        for (std::size_t i = 0; i + 1 < pdf.words.size(); ++i) {
            if (pdf.words[i + 1].text != "Option") continue;
            ++letters;
            const test::PdfWord& letter = pdf.words[i];
            CHECK_MESSAGE(pdf.words[i + 1].x_min - letter.x_max > 1.5, file, ": ", letter.text);
        }
        CHECK_MESSAGE(letters == 30, file);  // each letter a word of its own, before its "Option"
    }
}

TEST_CASE("a question with several right choices says how many to choose; one with one right choice does not") {
    fs::path dir = test::scratch_dir("exam-choose-count");
    test::write_text_file(dir / "bank" / "bank.yaml", "title: Methods\ncategories: [m]\n");
    const std::string common = "    a: This.\n    short: This.\n    level: beginner\n    kind: concept\n    choices:\n";
    test::write_text_file(dir / "bank" / "m.yaml",
                          "title: M\nquestions:\n  - id: two\n    q: Which are HTTP methods?\n" + common +
                              "      - {text: GET, correct: true}\n      - {text: POST, correct: true}\n"
                              "      - {text: FETCH}\n"
                              "  - id: one\n    q: Which port is HTTPS?\n" + common +
                              "      - {text: '443', correct: true}\n      - {text: '80'}\n");
    REQUIRE(exam({(dir / "bank").string(), "--seed", "1", "--out", dir.string()}).exit_code == 0);
    for (const char* file : {"exam-1.pdf", "exam-1-key.pdf"}) {
        const std::string text = test::run_capture("pdftotext -q " + (dir / file).string() + " -");
        CAPTURE(file);
        CHECK(text.find("Which are HTTP methods? (choose 2)") != std::string::npos);
        CHECK(text.find("Which port is HTTPS?") != std::string::npos);
        CHECK(text.find("(choose 1)") == std::string::npos);
    }
    // In the bank's language, with its own words.
    test::write_text_file(dir / "bank" / "bank.yaml", "title: Methods\nlanguage: de\ncategories: [m]\n");
    REQUIRE(exam({(dir / "bank").string(), "--seed", "1", "--out", (dir / "de").string()}).exit_code == 0);
    CHECK(test::run_capture("pdftotext -q " + (dir / "de" / "exam-1.pdf").string() + " -").find("(2 auswählen)") !=
          std::string::npos);
}

namespace {
/// A copy of layouts/exam-a4.yaml in `dir` with `from` replaced by `to`; returns its path.
std::string exam_layout_with(const fs::path& dir, const std::string& from, const std::string& to) {
    std::string layout = test::read_text_file(test::source_root() + "/layouts/exam-a4.yaml");
    layout.replace(layout.find(from), from.size(), to);
    test::write_text_file(dir / "exam-custom.yaml", layout);
    return (dir / "exam-custom.yaml").string();
}
}  // namespace

TEST_CASE("a category quota the selection cannot meet is reported at that quota") {
    fs::path dir = test::scratch_dir("exam-category-quota");
    std::string path = exam_layout_with(dir, "  # categories: {sql: 2}", "  categories:\n    sql: 2\n    kotlin: 1");
    auto r = exam({test::source_root() + kBank, "--seed", "1", "--layout", path, "--out", dir.string()});
    CHECK(r.exit_code == 1);
    CHECK_MESSAGE(r.err.find(path + ":24:13: error: blueprint asks for 1 question in category kotlin, the "
                                    "selection has 0") != std::string::npos, r.err);
}

TEST_CASE("different questions per version warns when the selection is too small for them") {
    fs::path dir = test::scratch_dir("exam-different-small");
    std::string path = exam_layout_with(dir, "different_questions: false", "different_questions: true");
    // sql has 5 questions: version A takes 4, version B must repeat 3 of them.
    auto r = exam({test::source_root() + kBank, "--seed", "5", "--layout", path, "--category", "sql", "--count", "4",
                   "--versions", "2", "--out", dir.string()});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK_MESSAGE(has_line(r.err, path + ":31:24: warning: different_questions: version B repeats 3 questions of "
                                         "earlier versions (the selection has 5 for versions of 4 each)"), r.err);
    r = exam({test::source_root() + kBank, "--seed", "5", "--layout", path, "--count", "4", "--versions", "2", "--out",
              dir.string()});
    CHECK_MESSAGE(r.err.find("repeats") == std::string::npos, r.err);
}

TEST_CASE("different questions per version blames the quotas when the selection itself is large enough") {
    fs::path dir = test::scratch_dir("exam-different-quota");
    std::string path = exam_layout_with(dir, "different_questions: false", "different_questions: true");
    std::string layout = test::read_text_file(path);
    layout.replace(layout.find("  # categories: {sql: 2}"), 24, "  categories: {sql: 4}");
    test::write_text_file(path, layout);
    // 60 questions are enough for two versions of 10, but sql has 5: version B repeats 3 of them.
    auto r = exam({test::source_root() + kBank, "--seed", "5", "--layout", path, "--versions", "2", "--out",
                   dir.string()});
    CHECK_MESSAGE(r.exit_code == 0, r.err);
    CHECK_MESSAGE(has_line(r.err, path + ":31:24: warning: different_questions: version B repeats 3 questions of "
                                         "earlier versions (the selection has 60 questions, but too few new ones "
                                         "for the blueprint's category and level quotas)"), r.err);
}

TEST_CASE("a key entry's closing 'N points · Read more' line stays on the page of its entry") {
    // 200 one-line answers: with seed 681248 the line of question 5 began page 2 on its own.
    fs::path bank = test::scratch_dir("exam-key-tail") / "bank";
    test::write_text_file(bank / "bank.yaml", "title: Two hundred\ncategories: [one]\n");
    std::string questions = "title: One\nquestions:\n";
    for (int i = 0; i < 200; ++i)
        questions += fmt::format("  - id: q{0}\n    q: Word{0}?\n    level: {1}\n    kind: concept\n"
                                 "    short: Short {0}.\n    a: Answer number {0} with a little text.\n",
                                 i, i % 3 == 0 ? "beginner" : i % 3 == 1 ? "intermediate" : "advanced");
    test::write_text_file(bank / "one.yaml", questions);
    fs::path out = bank.parent_path() / "out";
    auto r = exam({bank.string(), "--layout", "exam-letter", "--seed", "681248", "--out", out.string()});
    REQUIRE_MESSAGE(r.exit_code == 0, r.err);
    test::PdfText key = test::read_pdf_words((out / "exam-681248-key.pdf").string(), out.string());
    REQUIRE(key.pages.size() > 1);
    for (std::size_t p = 2; p <= key.pages.size(); ++p) {
        const test::PdfWord* top = nullptr;  // the page's first word
        for (const test::PdfWord& w : key.words)
            if (w.page == static_cast<int>(p) && (!top || w.y_min < top->y_min)) top = &w;
        REQUIRE(top);
        std::string line;
        for (const test::PdfWord& w : key.words)
            if (w.page == top->page && std::abs(w.y_min - top->y_min) < 1) line += w.text + " ";
        CAPTURE(p);
        CHECK_MESSAGE(line.find("Read more") == std::string::npos, line);
    }
}
