// tests: load_bank_texts (a bank held in memory) gives what load_bank gives for the same files.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>

#include "temp_bank.hpp"

using namespace deckpress;
using deckpress::test::dump;
using deckpress::test::has_diag;
namespace fs = std::filesystem;

namespace {

std::map<std::string, std::string> texts_of(const fs::path& dir) {
    std::map<std::string, std::string> texts;
    for (const auto& entry : fs::directory_iterator(dir))
        texts[entry.path().filename().string()] = test::read_text_file(entry.path());
    return texts;
}

std::string summary(const bank::Bank& b, const Diagnostics& diags) {
    std::string out = b.name + "|" + b.title + "|" + std::to_string(b.notes.size()) + "\n";
    for (const bank::Question* q : b.all_questions()) out += q->category + "/" + q->id + " " + q->a + "\n";
    return out + dump(diags);
}

}  // namespace

TEST_CASE("the bundled bank loads the same from texts as from its folder") {
    fs::path dir = fs::path(test::source_root()) / "content" / "python-fastapi-interview";
    Diagnostics from_disk;
    Diagnostics from_texts;
    bank::Bank a = bank::load_bank(dir.string(), from_disk);
    bank::Bank b = bank::load_bank_texts(texts_of(dir), dir.string(), from_texts);
    CHECK(a.question_count() == 60);
    CHECK(summary(a, from_disk) == summary(b, from_texts));
}

TEST_CASE("texts: missing and unlisted files are reported like on disk") {
    Diagnostics diags;
    bank::load_bank_texts({{"bank.yaml", "title: T\ncategories: [a, b]\n"},
                           {"a.yaml", "title: A\nquestions: []\n"},
                           {"c.yaml", "title: C\n"}},
                          "mem", diags);
    CHECK_MESSAGE(has_diag(diags, "mem/bank.yaml:2:17: error: category 'b' has no file mem/b.yaml"), dump(diags));
    CHECK_MESSAGE(has_diag(diags, "mem/c.yaml: error: category file 'c.yaml' is not listed in bank.yaml 'categories'"),
                  dump(diags));
    Diagnostics none;
    bank::load_bank_texts({}, "mem", none);
    CHECK(has_diag(none, "mem/bank.yaml: error: bank.yaml not found (a bank is a folder with bank.yaml and one "
                         "YAML file per category)"));
}
