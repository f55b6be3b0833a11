// tests: every piece of a scalar's text map holds the same bytes as the file where it points.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "bank/yaml_tree.hpp"
#include "temp_bank.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

/// Checks the pieces of every scalar under `n`; returns how many pieces were checked.
int check_node(const yaml::Node& n, const std::vector<std::string>& file) {
    int pieces = 0;
    const std::vector<std::string> value = split_lines(n.scalar);
    for (const TextPiece& p : n.text_map) {
        REQUIRE(p.line >= 1);
        REQUIRE(static_cast<std::size_t>(p.line) <= value.size());
        REQUIRE(p.file_line >= 1);
        REQUIRE(static_cast<std::size_t>(p.file_line) <= file.size());
        const std::string& in_value = value[static_cast<std::size_t>(p.line - 1)];
        const std::string& in_file = file[static_cast<std::size_t>(p.file_line - 1)];
        REQUIRE(p.column - 1 + p.length <= static_cast<int>(in_value.size()));
        REQUIRE(p.file_column - 1 + p.length <= static_cast<int>(in_file.size()));
        CHECK(in_value.substr(static_cast<std::size_t>(p.column - 1), static_cast<std::size_t>(p.length)) ==
              in_file.substr(static_cast<std::size_t>(p.file_column - 1), static_cast<std::size_t>(p.length)));
        ++pieces;
    }
    for (const yaml::Node& item : n.items) pieces += check_node(item, file);
    for (const auto& [key, v] : n.entries) pieces += check_node(key, file) + check_node(v, file);
    return pieces;
}

int check_text(const std::string& text) {
    Diagnostics diags;
    auto root = yaml::parse_text(text, "t.yaml", diags);
    REQUIRE(root);
    return check_node(*root, split_lines(text));
}

}  // namespace

TEST_CASE("text maps: the bundled bank's pieces are the file's bytes, and cover its answers") {
    fs::path dir = fs::path(test::source_root()) / "content" / "python-fastapi-interview";
    int pieces = 0;
    for (const auto& entry : fs::directory_iterator(dir))
        if (entry.path().extension() == ".yaml") pieces += check_text(test::read_text_file(entry.path()));
    CHECK(pieces > 1000);
}

TEST_CASE("text maps: every scalar style maps its text to the file's bytes") {
    const char* texts[] = {
        "a: |\n  one\n  two\n\n  ![x](m.png)\nb: 1\n",
        "a: |-\n  one\n    two\n  three\n",
        "a: |+\n  one\n\n  two\n\n\nb: 1\n",
        "a: >\n  one\n  two\n\n  three\n    code\n  four\n",
        "a: >-\n  one\n  two\n",
        "a: >+\n\n  one\n  two\n\n",
        "a: one\n  two\n\n  three # c\nb: 1\n",
        "a: 'one\n  it''s\n\n  two'\n",
        "a: \"one\\ntwo\\t\\\"three\\\"\n  four\\\n  five \"\n",
        "a: \"x\\u00e9y\"\n",
        "- |\n  one\n  two\n- plain\n  more\n",
        "a: |\r\n  one\r\n  two\r\nb: >\r\n  three\r\n  four\r\n",
    };
    for (const char* text : texts) {
        CAPTURE(text);
        CHECK(check_text(text) > 0);
    }
}

TEST_CASE("text maps: a folded answer's third line is found in its first text line") {
    Diagnostics diags;
    auto root = yaml::parse_text("a: >\n  one\n  two\n  ![x](m.png)\n", "t.yaml", diags);
    REQUIRE(root);
    const yaml::Node* a = root->find("a");
    REQUIRE(a != nullptr);
    CHECK(a->scalar == "one two ![x](m.png)\n");
    const SourceLoc at = locate(a->text_map, a->text_loc, 1, 9);
    CHECK(at.line == 4);
    CHECK(at.column == 3);
    // A byte no piece holds (the folded line break) is reported where the text starts.
    const SourceLoc folded = locate(a->text_map, a->text_loc, 1, 4);
    CHECK(folded.line == 2);
    CHECK(folded.column == 3);
}

TEST_CASE("text maps: scalars after CRLF line breaks are mapped in full") {
    // Keys x, y, l and values 1, 2 are five pieces; one, two, x, y four more (yaml-cpp's
    // marks count the CRs, as the map assumes).
    CHECK(check_text("x: 1\r\ny: 2\r\nl:\r\n- one\r\n  two\r\n- 'x\r\n  y'\r\n") == 9);
}
