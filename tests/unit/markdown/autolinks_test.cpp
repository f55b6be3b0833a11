// tests: bare web addresses in text become links, as on GitHub, without their trailing punctuation.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "markdown/autolinks.hpp"
#include "markdown/markdown.hpp"
#include "md_test_util.hpp"

using namespace deckpress;
using markdown::detail::find_autolinks;

namespace {

/// The addresses find_autolinks finds in `text`.
std::vector<std::string> addresses(std::string_view text) {
    std::vector<std::string> out;
    for (const auto& link : find_autolinks(text)) out.emplace_back(text.substr(link.begin, link.end - link.begin));
    return out;
}

using Strings = std::vector<std::string>;

}  // namespace

TEST_CASE("addresses end before trailing punctuation, an unmatched parenthesis or an entity") {
    CHECK(addresses("See https://fastapi.tiangolo.com/tutorial/.") == Strings{"https://fastapi.tiangolo.com/tutorial/"});
    CHECK(addresses("Docs (https://en.wikipedia.org/wiki/Foo_(bar)) and www.python.org, http://localhost:8000/docs?") ==
          Strings{"https://en.wikipedia.org/wiki/Foo_(bar)", "www.python.org", "http://localhost:8000/docs"});
    CHECK(addresses("Open http://x.org/a?b=1&amp; now; *www.x.org*") == Strings{"http://x.org/a?b=1", "www.x.org"});
    CHECK(addresses("at https://x.org/<b>") == Strings{"https://x.org/"});
}

TEST_CASE("no address in words, bare schemes, domains without a dot or with '_' near the end") {
    CHECK(addresses("awww.x.org shttp://x.org https:// www.x www.a_b.org www.x.y_z.org").empty());
    CHECK(addresses("www.x_y.example.org") == Strings{"www.x_y.example.org"});
    CHECK(markdown::detail::autolink_url("www.x.org") == "http://www.x.org");
    CHECK(markdown::detail::autolink_url("HTTPS://x.org") == "HTTPS://x.org");
}

TEST_CASE("a bare address in an answer is a link; one inside a link, code or image text is not") {
    Diagnostics diags;
    doc::Blocks blocks = markdown::parse_blocks(
        "Read https://docs.python.org/3/library/asyncio_task.html, then [www.a.org](https://b.org) "
        "and `https://c.org`.", test::md_context(), diags);
    REQUIRE(blocks.size() == 1);
    std::vector<std::pair<std::string, std::string>> linked;
    for (const doc::Span& s : blocks[0].spans)
        if (!s.link.empty()) linked.emplace_back(s.text, s.link);
    CHECK(linked == std::vector<std::pair<std::string, std::string>>{
                        {"https://docs.python.org/3/library/asyncio_task.html", "https://docs.python.org/3/library/asyncio_task.html"},
                        {"www.a.org", "https://b.org"}});
    CHECK(diags.items().empty());
}

TEST_CASE("a footnote reference right after an address is a note, not part of the address") {
    // 'https://x.org/fn[^1]' linked to 'https://x.org/fn[^1]' and lost its note number.
    Diagnostics diags;
    doc::Blocks blocks = markdown::parse_blocks("See https://x.org/fn[^1] and www.y.org[^1].\n\n[^1]: The note.\n",
                                                test::md_context(), diags);
    REQUIRE(!blocks.empty());
    std::vector<std::pair<std::string, std::string>> linked;
    int notes = 0;
    for (const doc::Span& s : blocks[0].spans) {
        if (!s.link.empty()) linked.emplace_back(s.text, s.link);
        notes += s.note > 0;
    }
    CHECK(linked == std::vector<std::pair<std::string, std::string>>{{"https://x.org/fn", "https://x.org/fn"},
                                                                     {"www.y.org", "http://www.y.org"}});
    CHECK(notes == 2);
    CHECK(diags.items().empty());
}
