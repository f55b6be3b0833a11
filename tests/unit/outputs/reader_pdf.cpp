// tests: the reader PDF read back through poppler and qpdf: text, order, bookmarks, links.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <cctype>
#include <map>

#include "outputs/job.hpp"
#include "support/pdf_words.hpp"
#include "support/run.hpp"

using namespace deckpress;
namespace fs = std::filesystem;

namespace {

std::string alnum(const std::string& s) {
    std::string out;
    for (unsigned char c : s)
        if (c < 0x80 && std::isalnum(c)) out += static_cast<char>(c);
    return out;
}

/// The letters and digits a reader shows for blocks, in reading order: ordered-list numbers
/// and code-block language labels included, bullets and markup excluded.
void stream_of(const doc::Blocks& blocks, std::string& out) {
    for (const doc::Block& b : blocks) {
        out += alnum(doc::plain_text(b.spans));
        if (b.kind == doc::BlockKind::Code) {
            out += alnum(b.lang);
            for (const auto& line : b.lines) out += alnum(doc::plain_text(line));
        }
        if (b.kind == doc::BlockKind::List) {
            int n = b.start;
            for (const doc::Block& item : b.children) {
                if (b.ordered) out += std::to_string(n++);
                stream_of(item.children, out);
            }
        } else {
            stream_of(b.children, out);
        }
    }
}

struct Reader {
    fs::path pdf;
    test::PdfText text;
    std::unique_ptr<outputs::LoadedBank> bank;
};

const Reader& reader() {
    static Reader r = [] {
        Reader r;
        fs::path dir = test::scratch_dir("reader-pdf");
        r.pdf = dir / "reader-tablet.pdf";
        auto result = test::run({test::deckpress_bin(), "reader", "--layout", "reader-tablet", "--out", r.pdf.string()},
                                test::source_root());
        REQUIRE_MESSAGE(result.exit_code == 0, result.err);
        r.text = test::read_pdf_words(r.pdf.string(), dir.string());
        Diagnostics diags;
        r.bank = outputs::load_prepared(test::source_root() + "/content/python-fastapi-interview", diags);
        REQUIRE(r.bank);
        return r;
    }();
    return r;
}

/// Body text of every page without the running header and footer, as one letters-only stream.
std::string body_stream(const test::PdfText& text, std::vector<std::size_t>* page_starts) {
    std::string out;
    for (std::size_t p = 1; p <= text.pages.size(); ++p) {
        if (page_starts) page_starts->push_back(out.size());
        double h = text.pages[p - 1].height;
        for (const test::PdfWord& w : text.words)
            if (w.page == static_cast<int>(p) && w.y_min > 0.45 * 72 + 20 && w.y_max < h - 0.45 * 72 - 12)
                out += alnum(w.text);
    }
    return out;
}

int page_at(const std::vector<std::size_t>& starts, std::size_t offset) {
    int page = 0;
    for (std::size_t i = 0; i < starts.size() && starts[i] <= offset; ++i) page = static_cast<int>(i) + 1;
    return page;
}

/// The start of the line above each question in the body ("Q12 · SQL ..."), which the
/// contents does not have.
std::string meta_of(const outputs::Entry& e) { return alnum("Q" + std::to_string(e.number) + e.category->title); }

nlohmann::json qpdf_json(const fs::path& pdf) {
    return nlohmann::json::parse(test::run({"qpdf", "--json", pdf.string()}).out);
}

}  // namespace

TEST_CASE("the reader PDF is clean for poppler and qpdf") {
    const Reader& r = reader();
    CHECK(r.text.warnings.empty());
    auto check = test::run({"qpdf", "--check", r.pdf.string()});
    CHECK(check.exit_code == 0);
    CHECK(check.err.empty());
    auto fonts = test::run({"pdffonts", r.pdf.string()});
    CHECK(fonts.err.empty());
    CHECK(fonts.out.find(" no ") == std::string::npos);  // every font embedded, subset, with ToUnicode
    CHECK(fs::file_size(r.pdf) < 400 * 1024);
}

TEST_CASE("every question and every answer appears complete and in bank order") {
    const Reader& r = reader();
    std::vector<std::size_t> starts;
    std::string body = body_stream(r.text, &starts);
    std::size_t cursor = 0;
    REQUIRE(r.bank->prepared.entries.size() == 60);
    for (const outputs::Entry& e : r.bank->prepared.entries) {
        std::string q = alnum(doc::plain_text(e.q));
        std::size_t at = body.find(q, body.find(meta_of(e), cursor));
        REQUIRE_MESSAGE(at != std::string::npos, "question missing or out of order: " << e.question->id);
        std::string answer;
        stream_of(e.answer, answer);
        std::size_t a = body.find(answer, at + q.size());
        std::size_t same = 0;
        while (same < answer.size() && at + q.size() + same < body.size() && answer[same] == body[at + q.size() + same])
            ++same;
        CHECK_MESSAGE(a == at + q.size(), "answer incomplete or not right after its question: " << e.question->id
                                              << "; differs at: ..." << answer.substr(same > 20 ? same - 20 : 0, 60)
                                              << " vs " << body.substr(at + q.size() + (same > 20 ? same - 20 : 0), 60));
        cursor = at + q.size();
    }
}

TEST_CASE("bookmarks point at the page where each question is printed") {
    const Reader& r = reader();
    std::vector<std::size_t> starts;
    std::string body = body_stream(r.text, &starts);
    std::map<std::string, int> printed;  // question id -> page
    std::size_t cursor = 0;
    for (const outputs::Entry& e : r.bank->prepared.entries) {
        std::size_t at = body.find(alnum(doc::plain_text(e.q)), body.find(meta_of(e), cursor));
        printed[std::to_string(e.number)] = page_at(starts, at);
        cursor = at;
    }
    nlohmann::json json = qpdf_json(r.pdf);
    int checked = 0;
    for (const auto& category : json["outlines"])
        for (const auto& kid : category["kids"]) {
            std::string title = kid["title"];
            std::string number = title.substr(0, title.find('.'));
            if (!printed.count(number)) continue;
            CHECK_MESSAGE(kid["destpageposfrom1"].get<int>() == printed[number], title);
            ++checked;
        }
    CHECK(checked == 60);
}

TEST_CASE("contents entries show and link to the page of their question") {
    const Reader& r = reader();
    nlohmann::json json = qpdf_json(r.pdf);
    std::map<std::string, int> page_of_object;
    for (const auto& page : json["pages"]) page_of_object[page["object"]] = page["pageposfrom1"];
    int links = 0;
    for (const auto& page : json["pages"]) {
        int pos = page["pageposfrom1"];
        if (pos < 2 || pos > 6) continue;  // contents pages of this layout
        std::string key = "obj:" + page["object"].get<std::string>();
        for (const auto& annot_ref : json["qpdf"][1][key]["value"]["/Annots"]) {
            const auto& annot = json["qpdf"][1]["obj:" + annot_ref.get<std::string>()]["value"];
            if (!annot.contains("/Dest")) continue;
            const auto& dest = json["qpdf"][1]["obj:" + annot["/Dest"].get<std::string>()]["value"];
            int target = page_of_object[dest[0]];
            // The page number printed at the right end of the entry's last line.
            double top = 0, bottom = 0;
            const auto& rect = annot["/Rect"];
            double h = r.text.pages[static_cast<std::size_t>(pos - 1)].height;
            top = h - rect[3].get<double>();
            bottom = h - rect[1].get<double>();
            if (top < 0.45 * 72 + 20) continue;  // the running header's link to the contents
            std::string number;
            for (const test::PdfWord& w : r.text.words)
                if (w.page == pos && w.y_min >= top - 1 && w.y_max <= bottom + 1 && !w.text.empty() &&
                    std::all_of(w.text.begin(), w.text.end(), ::isdigit) && w.x_min > 300)
                    number = w.text;
            CHECK_MESSAGE(number == std::to_string(target), "entry at y=" << top << " on page " << pos);
            ++links;
        }
    }
    CHECK(links >= 60);
}

TEST_CASE("the same input renders byte-identical PDFs") {
    const Reader& r = reader();
    fs::path again = r.pdf.parent_path() / "again.pdf";
    auto result = test::run({test::deckpress_bin(), "reader", "--layout", "reader-tablet", "--out", again.string()},
                            test::source_root());
    REQUIRE(result.exit_code == 0);
    CHECK(test::read_text_file(again) == test::read_text_file(r.pdf));
}
