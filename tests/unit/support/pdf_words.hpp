// tests: reading a PDF back through poppler (`pdftotext -bbox-layout`): words with boxes.
#pragma once

#include <cstdio>
#include <regex>
#include <stdexcept>
#include <string>
#include <vector>

namespace deckpress::test {

/// A word as poppler extracts it; coordinates in points, origin at the page's top-left.
struct PdfWord {
    int page = 0;  ///< 1-based
    double x_min = 0, y_min = 0, x_max = 0, y_max = 0;
    std::string text;
};

struct PdfPage {
    double width = 0;
    double height = 0;
};

struct PdfText {
    std::vector<PdfPage> pages;
    std::vector<PdfWord> words;
    std::string warnings;  ///< whatever poppler printed on stderr (must stay empty)

    /// All words of a page joined by spaces.
    std::string page_text(int page) const {
        std::string out;
        for (const PdfWord& w : words)
            if (w.page == page) out += w.text + " ";
        return out;
    }
    std::string all_text() const {
        std::string out;
        for (const PdfWord& w : words) out += w.text + " ";
        return out;
    }
};

inline std::string decode_entities(std::string s) {
    const std::pair<const char*, const char*> entities[] = {
        {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&#39;", "'"}, {"&amp;", "&"}};
    for (const auto& [from, to] : entities)
        for (std::size_t pos = 0; (pos = s.find(from, pos)) != std::string::npos; pos += std::string(to).size())
            s.replace(pos, std::string(from).size(), to);
    return s;
}

inline std::string run_capture(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) throw std::runtime_error("cannot run " + command);
    char buffer[65536];
    std::size_t n;
    while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0) out.append(buffer, n);
    pclose(pipe);
    return out;
}

/// Runs `pdftotext -bbox-layout` on `path` and parses pages and words.
inline PdfText read_pdf_words(const std::string& path, const std::string& scratch = "/tmp") {
    std::string err_file = scratch + "/pdftotext-stderr.txt";
    std::string html = run_capture("pdftotext -bbox-layout '" + path + "' - 2>'" + err_file + "'");
    PdfText result;
    result.warnings = run_capture("cat '" + err_file + "'");
    static const std::regex page_re(R"re(<page width="([0-9.]+)" height="([0-9.]+)">)re");
    static const std::regex word_re(
        R"re(<word xMin="([0-9.-]+)" yMin="([0-9.-]+)" xMax="([0-9.-]+)" yMax="([0-9.-]+)">([^<]*)</word>)re");
    std::size_t pos = 0;
    int page = 0;
    std::vector<std::size_t> page_starts;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), page_re); it != std::sregex_iterator(); ++it) {
        result.pages.push_back({std::stod((*it)[1]), std::stod((*it)[2])});
        page_starts.push_back(static_cast<std::size_t>(it->position()));
    }
    for (auto it = std::sregex_iterator(html.begin(), html.end(), word_re); it != std::sregex_iterator(); ++it) {
        pos = static_cast<std::size_t>(it->position());
        while (page < static_cast<int>(page_starts.size()) && page_starts[static_cast<std::size_t>(page)] < pos) ++page;
        PdfWord w;
        w.page = page;
        w.x_min = std::stod((*it)[1]);
        w.y_min = std::stod((*it)[2]);
        w.x_max = std::stod((*it)[3]);
        w.y_max = std::stod((*it)[4]);
        w.text = decode_entities((*it)[5]);
        result.words.push_back(std::move(w));
    }
    return result;
}

/// The first word of `text` that is exactly `word`, or nullptr.
inline const PdfWord* find_word(const PdfText& text, const std::string& word) {
    for (const PdfWord& w : text.words)
        if (w.text == word) return &w;
    return nullptr;
}

}  // namespace deckpress::test
