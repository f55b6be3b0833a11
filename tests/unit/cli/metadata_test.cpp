// tests/cli: every output's PDF metadata names the bank: title, author, language, categories.
#include <doctest/doctest.h>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// pdfinfo's value for `key` ("Title", "Author", ...) in `info`, or "" when absent.
std::string info_value(const std::string& info, const std::string& key) {
    const std::size_t at = info.find("\n" + key + ":");
    if (at == std::string::npos) return "";
    std::size_t start = info.find_first_not_of(' ', at + key.size() + 2);
    return info.substr(start, info.find('\n', start) - start);
}

}  // namespace

TEST_CASE("every output's PDF has the bank's title, author and categories in its metadata") {
    fs::path bank = bank_with_answer("metadata", "An answer.");
    write_text_file(bank / "bank.yaml", "title: Quokka Bank\nauthor: Ada Writer\ncategories: [p, z]\n");
    write_text_file(bank / "z.yaml", "title: Zebra Topics\nquestions:\n  - id: z1\n    q: Why?\n    a: Because.\n"
                                     "    short: Because.\n    level: advanced\n");
    const std::vector<fs::path> pdfs = render_all(bank);
    for (const fs::path& pdf : pdfs) {
        const std::string name = pdf.filename().string();
        const std::string info = "\n" + run_capture("pdfinfo " + shell_quote(pdf.string()) + " 2>&1");
        CHECK_MESSAGE(info_value(info, "Title").rfind("Quokka Bank", 0) == 0, name, info);
        CHECK_MESSAGE(info_value(info, "Author") == "Ada Writer", name, info);
        CHECK_MESSAGE(!info_value(info, "Subject").empty(), name, info);
        // The exam's keywords say how to make it again (seed, version, layout) instead.
        if (name.rfind("exam", 0) == 0)
            CHECK_MESSAGE(info_value(info, "Keywords").find("seed") != std::string::npos, name, info);
        else
            CHECK_MESSAGE(info_value(info, "Keywords") == "P, Zebra Topics", name, info);
    }
    CHECK(pdfs.size() >= 10);  // readers, cards, cheat sheets, exam and key
}

TEST_CASE("titles written with inline Markdown show their text, without backticks, stars or escapes") {
    fs::path bank = bank_with_answer("markdown-titles", "An answer.");
    write_text_file(bank / "bank.yaml", "title: The `asyncio` *book*\ncategories: [p]\n"
                                        "notes:\n  - title: Read **twice**\n    body: Slowly.\n");
    std::string category = read_text_file(bank / "p.yaml");
    category.replace(0, category.find('\n'), "title: Using `yield` in C\\+\\+");
    write_text_file(bank / "p.yaml", category);
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    const std::string text = run_capture("pdftotext -q " + shell_quote(pdf.string()) + " -");
    CHECK(text.find("The asyncio book") != std::string::npos);
    CHECK(text.find("Using yield in C++") != std::string::npos);
    CHECK(text.find("Read twice") != std::string::npos);
    for (const char* syntax : {"`", "*", "\\"}) CHECK_MESSAGE(text.find(syntax) == std::string::npos, syntax, text);
    const std::string info = "\n" + run_capture("pdfinfo " + shell_quote(pdf.string()) + " 2>&1");
    CHECK(info_value(info, "Title") == "The asyncio book");
    CHECK(info_value(info, "Keywords") == "Using yield in C++");
}
