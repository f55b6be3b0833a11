// tests: running `deckpress cards` and checking its PDF against its JSON geometry report.
#pragma once

#include <doctest/doctest.h>

#include <cctype>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/geometry.hpp"
#include "support/pdf_words.hpp"
#include "support/run.hpp"

namespace deckpress::cards_test {

/// One card face from the report.
struct Face {
    std::string id;
    int part = 1;
    int page = 0;
    Rect rect;
};

struct Report {
    nlohmann::json json;
    std::vector<Face> fronts;
    std::vector<Face> backs;
};

inline Rect rect_of(const nlohmann::json& j) {
    return {j[0].get<double>(), j[1].get<double>(), j[2].get<double>(), j[3].get<double>()};
}

inline Report read_report(const std::string& path) {
    Report r;
    std::ifstream in(path);
    r.json = nlohmann::json::parse(in);
    for (const auto& c : r.json["cards"]) {
        r.fronts.push_back({c["id"], c["part"], c["front"]["page"], rect_of(c["front"]["rect"])});
        r.backs.push_back({c["id"], c["part"], c["back"]["page"], rect_of(c["back"]["rect"])});
    }
    return r;
}

/// Lowercase letters and digits only: compares text across line breaks, hyphens and markup.
inline std::string normalized(const std::string& text) {
    std::string out;
    for (unsigned char c : text)
        if (std::isalnum(c)) out += static_cast<char>(std::tolower(c));
    return out;
}

inline bool inside(const test::PdfWord& w, const Rect& r, double eps = 0.5) {
    return w.x_min >= r.x - eps && w.x_max <= r.right() + eps && w.y_min >= r.y - eps && w.y_max <= r.bottom() + eps;
}

inline bool overlaps(const test::PdfWord& w, const Rect& r) {
    return w.x_max > r.x + 0.5 && w.x_min < r.right() - 0.5 && w.y_max > r.y + 0.5 && w.y_min < r.bottom() - 0.5;
}

/// The text of the words inside `r` on `page`, in reading order (line by line), normalized.
inline std::string text_in(const test::PdfText& pdf, int page, const Rect& r) {
    std::vector<test::PdfWord> words;
    for (const auto& w : pdf.words)
        if (w.page == page && inside(w, r)) words.push_back(w);
    std::stable_sort(words.begin(), words.end(), [](const auto& a, const auto& b) {
        double ya = a.y_max, yb = b.y_max;  // words of one line share a baseline, give or take
        if (std::abs(ya - yb) > 1.5) return ya < yb;
        return a.x_min < b.x_min;
    });
    std::string out;
    for (const auto& w : words) out += w.text;
    return normalized(out);
}

/// Every word lies inside exactly one card of its page, or outside all of them (page margins).
/// Returns the number of words outside every card.
inline int check_words_placed(const test::PdfText& pdf, const Report& report) {
    int outside = 0;
    for (const auto& w : pdf.words) {
        int containing = 0, touching = 0;
        for (const auto* faces : {&report.fronts, &report.backs})
            for (const Face& f : *faces) {
                if (f.page != w.page) continue;
                containing += inside(w, f.rect) ? 1 : 0;
                touching += overlaps(w, f.rect) ? 1 : 0;
            }
        bool ok = (containing >= 1 && touching == 1) || touching == 0;
        if (!ok) FAIL_CHECK("word '" << w.text << "' on page " << w.page << " crosses a card edge");
        if (touching == 0) ++outside;
    }
    return outside;
}

/// Runs the command; checks the exit code and that poppler reads the PDF without warnings.
inline test::PdfText run_cards(const std::vector<std::string>& extra, const std::string& pdf,
                                  const std::string& report, test::RunResult* result = nullptr) {
    std::vector<std::string> argv{test::deckpress_bin(), "cards", "--out", pdf, "--report", report};
    argv.insert(argv.end(), extra.begin(), extra.end());
    test::RunResult r = test::run(argv);
    INFO("stderr: " << r.err);
    REQUIRE(r.exit_code == 0);
    if (result) *result = r;
    test::PdfText text = test::read_pdf_words(pdf, std::filesystem::path(pdf).parent_path().string());
    CHECK(text.warnings == "");
    return text;
}

}  // namespace deckpress::cards_test
