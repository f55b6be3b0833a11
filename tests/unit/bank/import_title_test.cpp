// tests: the importer's bank title (after blank lines or YAML front matter) and repeated questions.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "bank/import.hpp"
#include "support/timing.hpp"

using namespace deckpress;

namespace {

bool has_remark(const bank::ImportSummary& s, const std::string& part) {
    for (const std::string& r : s.remarks)
        if (r.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("a '# Title' after blank lines is the bank's title") {
    auto r = bank::import_markdown("\n\n# Rust Questions\n\n## Ownership\n\n### Q1: What is ownership?\n\nOne owner.\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Rust Questions");
    CHECK(r.bank.notes.empty());
}

TEST_CASE("YAML front matter is dropped with a remark; its title is used when no '# Title' follows") {
    const std::string front = "---\ntitle: \"Rust Interview\"\ntags: [rust]\nauthor: me\n---\n\n";
    const std::string body = "## Ownership\n\n### Q1: What is ownership?\n\nOne owner.\n";
    auto with_h1 = bank::import_markdown(front + "# Rust Questions\n\n" + body, "Fallback", "doc.md");
    CHECK(with_h1.bank.title == "Rust Questions");
    CHECK(with_h1.bank.notes.empty());  // the front matter was kept as an 'Introduction' note
    CHECK(has_remark(with_h1.summary, "lines 1-5: front matter dropped"));
    REQUIRE(with_h1.bank.categories.size() == 1);
    CHECK(with_h1.bank.categories[0].questions.at(0).q == "What is ownership?");

    auto without_h1 = bank::import_markdown(front + body, "Fallback", "doc.md");
    CHECK(without_h1.bank.title == "Rust Interview");
    CHECK(without_h1.bank.notes.empty());
}

TEST_CASE("the front matter's author and subtitle (or description) become the bank's") {
    // They were dropped with the rest of the front matter, though bank.yaml has both keys.
    const std::string body = "## Ownership\n\n### Q1: What is ownership?\n\nOne owner.\n";
    auto r = bank::import_markdown("---\ntitle: Rust\nauthor: 'Zoë Ångström'\ndescription: Notes for interviews\n---\n" + body,
                                   "Fallback", "doc.md");
    CHECK(r.bank.author == "Zoë Ångström");
    CHECK(r.bank.subtitle == "Notes for interviews");
    auto both = bank::import_markdown("---\ndescription: Long text\nsubtitle: Short\nauthor: [a, b]\n---\n" + body,
                                      "Fallback", "doc.md");
    CHECK(both.bank.subtitle == "Short");  // subtitle: wins over description:
    CHECK(both.bank.author.empty());       // a list is not one line of text
    const std::string yaml = bank::emit_bank_files(r.bank).at(0).second;
    CHECK_MESSAGE(yaml.find("\nauthor: ") != std::string::npos, yaml);
}

TEST_CASE("a document that starts with a rule and prose has no front matter") {
    auto r = bank::import_markdown("---\nSome prose, not YAML.\n---\n\n### Q1: What is X?\n\nX.\n", "Fallback", "doc.md");
    CHECK(r.bank.title == "Fallback");
    CHECK_FALSE(has_remark(r.summary, "front matter"));
    REQUIRE(r.bank.notes.size() == 1);
    CHECK(r.bank.notes[0].body.find("Some prose") != std::string::npos);
}

TEST_CASE("a question asked twice is kept twice, with a remark naming both lines and ids") {
    auto r = bank::import_markdown("# Dup\n\n## A\n\n### Q1: What is X?\n\nX.\n\n### Q2: what is x\n\nAgain.\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].questions.size() == 2);
    CHECK(has_remark(r.summary, "line 9: question 'what is x' repeats line 5; both kept (ids x and x-2)"));
}

TEST_CASE("one question asked 20,000 times imports in linear time, with distinct ids") {
    std::string doc = "# Same\n\n## A\n\n";
    for (int i = 1; i <= 20000; ++i) doc += "### Q" + std::to_string(i) + ": What is Kafka?\n\nKafka.\n\n";
    const test::CpuStopwatch watch;
    auto r = bank::import_markdown(doc, "Fallback", "doc.md");
    double seconds = watch.seconds();
    REQUIRE(r.bank.categories.size() == 1);
    const auto& questions = r.bank.categories[0].questions;
    CHECK(questions.size() == 20000);
    CHECK(questions[0].id == "kafka");
    CHECK(questions[1].id == "kafka-2");
    CHECK(questions.back().id == "kafka-20000");
    CHECK_MESSAGE(seconds < test::time_bound(3), "took ", seconds, " s (was 40 s: quadratic suffix search)");
}

TEST_CASE("heading attributes ('{#anchor}', '{: #id }') are not part of questions or categories") {
    auto r = bank::import_markdown("# Kafka\n\n## Basics {#basics}\n\n### What is a topic? {#what-is-a-topic}\n\nA stream.\n\n"
                                   "### What is a partition? { #partition .faq }\n\nA log.\n\n## Ops\n\n### How do you scale? {: #scale }\n\n"
                                   "More consumers.\n\n### What does `{#x}` mean?\n\nAn anchor.\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 2);
    CHECK(r.bank.categories[0].title == "Basics");
    CHECK(r.bank.categories[0].id == "basics");
    CHECK(r.bank.categories[0].questions[0].q == "What is a topic?");
    CHECK(r.bank.categories[0].questions[1].q == "What is a partition?");
    CHECK(r.bank.categories[1].questions[0].q == "How do you scale?");
    CHECK(r.bank.categories[1].questions[1].q == "What does `{#x}` mean?");
}

TEST_CASE("questions in emphasis ('### *What is A?*', '**_What is D?_**') ask, without their emphasis") {
    auto r = bank::import_markdown("# T\n\n## Basics\n\n### *What is A?*\n\nA.\n\n### _What is B?_\n\nB.\n\n"
                                   "### **_What is C?_**\n\nC.\n\n### *a* or *b*?\n\nAB.\n",
                                   "Fallback", "doc.md");
    REQUIRE(r.bank.categories.size() == 1);
    std::vector<std::string> asked;
    for (const auto& q : r.bank.categories[0].questions) asked.push_back(q.q);
    CHECK(asked == std::vector<std::string>{"What is A?", "What is B?", "What is C?", "*a* or *b*?"});
    auto bold = bank::import_markdown("## Basics\n\n**_What is D?_**\n\nD.\n", "Fallback", "doc.md");
    REQUIRE(bold.bank.categories.size() == 1);
    CHECK(bold.bank.categories[0].questions[0].q == "What is D?");
}

TEST_CASE("Hugo's TOML front matter ('+++' ... '+++') is dropped, and its title names the bank") {
    auto r = bank::import_markdown("+++\ntitle = \"Networking Questions\"\ndate = 2023-05-01\n[params]\n  draft = false\n+++\n\n"
                                   "## What is DNS?\n\nNames to addresses.\n",
                                   "Fallback", "doc.md");
    CHECK(r.bank.title == "Networking Questions");
    CHECK(r.bank.notes.empty());
    REQUIRE(r.bank.categories.size() == 1);
    CHECK(r.bank.categories[0].questions.size() == 1);
    auto not_toml = bank::import_markdown("+++\nnot toml at all\n+++\n\n## What is DNS?\n\nNames.\n", "Fallback", "doc.md");
    CHECK(not_toml.bank.title == "Fallback");
}
