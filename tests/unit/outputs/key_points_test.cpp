// tests: the answer key's self-grading points leave out struck text (what not to say).
#include <doctest/doctest.h>

#include "markdown/markdown.hpp"
#include "outputs/exam.hpp"

using namespace deckpress;

namespace {

doc::Blocks blocks(const std::string& markdown) {
    Diagnostics diags;
    return markdown::parse_blocks(markdown, {{"t.md", 1, 1}, ".", "t"}, diags);
}

}  // namespace

TEST_CASE("struck words are not key points: '~~GET~~ DELETE' asks for DELETE") {
    outputs::Entry entry;
    entry.short_answer = blocks("- ~~Use GET to delete~~\n- Use DELETE, ~~not POST~~, to delete\n- ~~PUT~~ is idempotent\n");
    CHECK(outputs::key_points(entry, 8) == std::vector<std::string>{"Use DELETE, to delete", "is idempotent"});
    entry.short_answer = {};
    entry.answer = blocks("Send ~~a GET~~ a DELETE. HTML <s>struck</s>, kept. Done.");
    CHECK(outputs::key_points(entry, 8) == std::vector<std::string>{"Send a DELETE.", "HTML, kept.", "Done."});
}
