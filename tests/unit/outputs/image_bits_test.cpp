// tests: PNGs of 1, 2 and 4 bits per pixel give the same PDF bytes on every run (no unwritten memory in their rows).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

/// The rows of every image of fewer than 8 bits per component in `pdf` whose padding bits (after
/// the last pixel of the row, up to the byte's end) are not zero, as "object:row".
std::vector<std::string> dirty_padding(const std::string& pdf, int& images) {
    test::RunResult json = test::run({"qpdf", "--json=1", "--json-key=objects", pdf});
    REQUIRE(json.exit_code == 0);
    std::vector<std::string> dirty;
    const nlohmann::json objects = nlohmann::json::parse(json.out)["objects"];
    for (const auto& [key, object] : objects.items()) {
        if (!object.is_object() || object.value("/Subtype", std::string()) != "/Image") continue;
        const int bits = object.value("/BitsPerComponent", 8);
        if (bits >= 8) continue;
        ++images;
        const long width = object["/Width"], height = object["/Height"];
        const long row_bytes = (width * bits + 7) / 8;
        const int padding = static_cast<int>(row_bytes * 8 - width * bits);
        const std::string id = key.substr(0, key.find(' '));
        test::RunResult data = test::run({"qpdf", "--show-object=" + id, "--filtered-stream-data", pdf});
        REQUIRE(static_cast<long>(data.out.size()) == row_bytes * height);
        for (long row = 0; row < height && padding > 0; ++row)
            if (static_cast<unsigned char>(data.out[static_cast<std::size_t>(row * row_bytes + row_bytes - 1)]) &
                ((1u << padding) - 1))
                dirty.push_back(id + ":" + std::to_string(row));
    }
    return dirty;
}

}  // namespace

TEST_CASE("images of 1, 2 and 4 bits a pixel are written with clean rows: the same bytes on every run") {
    // libpng leaves the bits after a row's last pixel as they were in libharu's row buffer,
    // which was never cleared: a 1 x 1 palette PNG or a 300 px wide bilevel scan wrote a few
    // bits of leftover memory, and two runs on the same bank gave different PDFs.
    fs::path dir = test::scratch_dir("image-bits");
    const std::string bank = test::source_root() + "/tests/fixtures/low-depth-bank";
    std::vector<std::string> pdfs;
    for (int run = 0; run < 3; ++run) {
        pdfs.push_back((dir / ("reader-" + std::to_string(run) + ".pdf")).string());
        test::RunResult r = test::run({test::deckpress_bin(), "reader", "--bank", bank, "--layout", "reader-tablet",
                                       "--out", pdfs.back(), "--quiet"});
        REQUIRE_MESSAGE(r.exit_code == 0, r.err);
        int images = 0;
        CHECK(dirty_padding(pdfs.back(), images).empty());
        CHECK(images == 4);
    }
    CHECK(test::read_text_file(pdfs[0]) == test::read_text_file(pdfs[1]));
    CHECK(test::read_text_file(pdfs[0]) == test::read_text_file(pdfs[2]));
}
