// tests: images resolve against the bank folder; missing or escaping paths are errors.
#include <fstream>

#include <doctest/doctest.h>

#include "md_test_util.hpp"

namespace fs = std::filesystem;
using deckpress::Diagnostics;
using deckpress::test::dump_md;
using deckpress::test::golden;
using deckpress::test::md_context;

namespace {

fs::path bank_with_image() {
    const fs::path dir = deckpress::test::scratch_dir("images");
    fs::create_directories(dir / "img");
    std::ofstream(dir / "img" / "arch.png") << "not really a png";
    std::ofstream(dir.parent_path() / "markdown-outside.png") << "outside";
    return dir;
}

}  // namespace

TEST_CASE("a present image becomes an image block between the paragraph's text") {
    const fs::path dir = bank_with_image();
    Diagnostics diags;
    const std::string out =
        dump_md("Before ![The *arch*](img/arch.png \"title\") after.", diags, md_context(dir));
    CHECK(diags.items().empty());
    CHECK(out == golden(R"g(
paragraph @1:1
  span "Before"
image path=")g" + (dir / "img" / "arch.png").string() + R"g(" @1:8
  span "The "
  span "arch" italic
paragraph @1:1
  span "after."
)g"));
}

TEST_CASE("a missing image is an error naming the file; its alt text stays") {
    const fs::path dir = bank_with_image();
    Diagnostics diags;
    const std::string out = dump_md("text\n\n![diagram](img/missing.png)", diags, md_context(dir));
    CHECK(out == golden(R"g(
paragraph @1:1
  span "text"
paragraph @3:1
  span "diagram"
)g"));
    REQUIRE(diags.error_count() == 1);
    const std::string message = format_diagnostic(diags.items()[0]);
    CHECK(message.find("bank.yaml:3:1: error: image not found: img/missing.png") == 0);
    CHECK(message.find("(in question q1)") != std::string::npos);
}

TEST_CASE("image paths that leave the bank folder are refused even when the file exists") {
    const fs::path dir = bank_with_image();
    for (const std::string& url : std::vector<std::string>{
             "../markdown-outside.png", "img/../../markdown-outside.png",
          (dir.parent_path() / "markdown-outside.png").string()}) {
        CAPTURE(url);
        Diagnostics diags;
        const std::string out = dump_md("![x](" + url + ")", diags, md_context(dir));
        CHECK(out.find("image ") == std::string::npos);
        REQUIRE(diags.error_count() == 1);
        const std::string message = diags.items()[0].message;
        CHECK(message.find(url) != std::string::npos);
        const bool refused = message.find("leaves the bank folder") != std::string::npos ||
                             message.find("must be relative") != std::string::npos;
        CHECK(refused);
    }
}

TEST_CASE("a symlink pointing outside the bank folder is refused") {
    const fs::path dir = bank_with_image();
    std::error_code ec;
    fs::create_symlink(dir.parent_path() / "markdown-outside.png", dir / "link.png", ec);
    if (ec) return;  // file system without symlinks: nothing to check
    Diagnostics diags;
    dump_md("![x](link.png)", diags, md_context(dir));
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].message.find("through a link: link.png") != std::string::npos);
}

TEST_CASE("remote images are an error, not a silent drop") {
    Diagnostics diags;
    const std::string out = dump_md("![logo](https://example.com/l.png)", diags);
    CHECK(out == "paragraph @1:1\n  span \"logo\"\n");
    REQUIRE(diags.error_count() == 1);
    CHECK(diags.items()[0].message.find("remote image not supported: https://example.com/l.png") ==
          0);
}

TEST_CASE("an image inside a heading keeps its alt text in the heading") {
    Diagnostics diags;
    CHECK(dump_md("# See ![the chart](c.png) now", diags) == golden(R"g(
heading level=1 @1:1
  span "See the chart now"
)g"));
}
