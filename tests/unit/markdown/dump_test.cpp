// tests: the model dump and the fmt formatters used by golden tests.
#include <doctest/doctest.h>

#include "doc/dump.hpp"

namespace doc = deckpress::doc;

TEST_CASE("spans print their text quoted, then style, token and link") {
    doc::Span span{"say \"hi\"\n\t\\", doc::Bold | doc::Code, doc::Token::String, "#anchor",
                   false};
    CHECK(fmt::format("{}", span) == "span \"say \\\"hi\\\"\\n\\t\\\\\" bold,code token=string "
                                     "link=#anchor");
    CHECK(fmt::format("{}", doc::Span{"", doc::Plain, doc::Token::Text, "", true}) == "break");
    CHECK(fmt::format("{}", doc::Span{"\x01", doc::Italic, doc::Token::Text, "", false}) ==
          "span \"\\x01\" italic");
}

TEST_CASE("blocks print one line each with children indented; locations when known") {
    doc::Block list;
    list.kind = doc::BlockKind::List;
    list.ordered = true;
    list.start = 3;
    list.tight = false;
    list.loc = deckpress::SourceLoc{"f.yaml", 4, 2};
    doc::Block item;
    item.kind = doc::BlockKind::ListItem;
    doc::Block image;
    image.kind = doc::BlockKind::Image;
    image.path = "img/a.png";
    image.spans.push_back(doc::Span{"alt", doc::Plain, doc::Token::Text, "", false});
    item.children.push_back(image);
    doc::Block rule;
    rule.kind = doc::BlockKind::Rule;
    item.children.push_back(rule);
    list.children.push_back(item);
    CHECK(fmt::format("{}", list) ==
          "list ordered start=3 loose @4:2\n"
          "  item\n"
          "    image path=\"img/a.png\"\n"
          "      span \"alt\"\n"
          "    rule\n");
    CHECK(doc::dump(doc::Blocks{list, list}) == doc::dump(list) + doc::dump(list));
}

TEST_CASE("a very deep hand-built tree dumps without recursion") {
    doc::Block root;
    root.kind = doc::BlockKind::Quote;
    doc::Block* cur = &root;
    for (int i = 0; i < 2000; ++i) {
        cur->children.emplace_back();
        cur->children.back().kind = doc::BlockKind::Quote;
        cur = &cur->children.back();
    }
    const std::string out = doc::dump(root);
    CHECK(out.size() > 2000u * 2000u);
    CHECK(out.find(std::string(2 * 2000, ' ') + "quote\n") != std::string::npos);
}
