// tests: `deckpress import` copies the images a document shows into the bank, and its check sees the Markdown.
#include <doctest/doctest.h>

#include <filesystem>

#include "cli/import_images.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

const char* kDocument =
    "# Pictures\n\n## Design\n\n### 1. What does the diagram show?\n\n![the diagram](img/diagram.png)\n\n"
    "A cache in front of the database.\n";

test::RunResult import_doc(const fs::path& doc, const fs::path& out) {
    return test::run({test::deckpress_bin(), "import", doc.string(), "--out", out.string()});
}

}  // namespace

TEST_CASE("local image paths are found in Markdown; URLs, absolute paths and '..' are not") {
    CHECK(cli::local_image_paths("![a](img/x.png) and ![b](<my pics/y.png>) ![c](z.png \"title\")") ==
          std::vector<std::string>{"img/x.png", "my pics/y.png", "z.png"});
    CHECK(cli::local_image_paths("![a](https://e.com/x.png) ![b](/etc/x.png) ![c](../x.png) ![d](data:x) [e](f.png)")
              .empty());
}

TEST_CASE("import copies an image shown next to the document; a missing one is an error of its check") {
    fs::path dir = test::scratch_dir("import-images");
    fs::create_directories(dir / "img");
    fs::copy_file(fs::path(test::source_root()) / "tests/fixtures/image-bank/diagram.png", dir / "img/diagram.png");
    test::write_text_file(dir / "doc.md", kDocument);
    test::RunResult r = import_doc(dir / "doc.md", dir / "bank");
    CHECK_MESSAGE(r.exit_code == 0, r.out, r.err);
    CHECK(r.out.find("copied 1 image next to the document: img/diagram.png") != std::string::npos);
    CHECK(fs::exists(dir / "bank/img/diagram.png"));
    test::RunResult reader = test::run({test::deckpress_bin(), "reader", (dir / "bank").string(), "--layout",
                                        "reader-tablet", "--out", (dir / "r.pdf").string()},
                                       test::source_root());
    CHECK_MESSAGE(reader.exit_code == 0, reader.err);

    fs::remove(dir / "img/diagram.png");
    r = import_doc(dir / "doc.md", dir / "bank2");
    CHECK(r.exit_code == 1);  // 'check: 0 errors' before, while 'deckpress check' found the missing image
    CHECK(r.out.find("check: 1 error,") != std::string::npos);
    CHECK(r.err.find("error: image not found: img/diagram.png") != std::string::npos);
}
