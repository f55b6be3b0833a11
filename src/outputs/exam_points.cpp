// outputs: deriving a self-grading checklist ("key points") from a question's answers.
#include <algorithm>
#include <cctype>
#include <string_view>

#include "outputs/exam.hpp"

namespace deckpress::outputs {

namespace {

std::string trim(std::string s) {
    s.erase(0, s.find_first_not_of(" \t\n"));
    s.erase(s.find_last_not_of(" \t\n:") + 1);
    return s;
}

/// Joins the text around cut words: "HTML ~~gone~~, kept" and "a, ~~gone~~, b" leave no
/// space before a comma, no doubled comma or space.
void join_after_cut(std::string& out, std::string& text) {
    if (out.size() >= 2 && !text.empty() && out.back() == ' ' && out[out.size() - 2] == text[0] &&
        std::ispunct(static_cast<unsigned char>(text[0])))
        text.erase(0, 1);
    if (out.empty() || out.ends_with(' ')) {
        if (text.starts_with(' ')) text.erase(0, text.find_first_not_of(' '));
        else if (!out.empty() && !text.empty() && std::string_view(",.;:!?)").find(text[0]) != std::string_view::npos)
            out.pop_back();
    }
}

/// The text a reader should say: struck words (`~~wrong~~ right`) are what not to say.
std::string said_text(const std::vector<doc::Span>& spans) {
    std::string out;
    bool dropped = false;
    for (const doc::Span& span : spans) {
        if (span.style & doc::Strike) {
            dropped = true;
            continue;
        }
        std::string text = doc::plain_text({span});
        if (dropped) join_after_cut(out, text);
        out += text;
        dropped = false;
    }
    return out;
}

const doc::Block* first_list(const doc::Blocks& blocks) {
    for (const doc::Block& b : blocks)
        if (b.kind == doc::BlockKind::List) return &b;
    return nullptr;
}

/// The spans of a list item's first paragraph (empty when it has none).
const std::vector<doc::Span>* item_spans(const doc::Block& item) {
    for (const doc::Block& b : item.children)
        if (b.kind == doc::BlockKind::Paragraph) return &b.spans;
    return nullptr;
}

std::vector<std::string> list_items(const doc::Blocks& blocks) {
    std::vector<std::string> out;
    if (const doc::Block* list = first_list(blocks))
        for (const doc::Block& item : list->children)
            if (const auto* spans = item_spans(item))
                if (std::string text = trim(said_text(*spans)); !text.empty()) out.push_back(std::move(text));
    return out;
}

/// "**Prioritization:** Assess ..." -> "Prioritization"; only when every item has a lead-in.
std::vector<std::string> bold_leadins(const doc::Blocks& blocks) {
    std::vector<std::string> out;
    const doc::Block* list = first_list(blocks);
    if (!list) return out;
    for (const doc::Block& item : list->children) {
        const auto* spans = item_spans(item);
        if (!spans || spans->empty() || !((*spans)[0].style & doc::Bold)) return {};
        out.push_back(trim((*spans)[0].text));
    }
    return out.size() >= 2 ? out : std::vector<std::string>{};
}

/// Splits at ". ", "? ", "! " before a capital letter, but not after "e.g." or "i.e.".
std::vector<std::string> split_sentences(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        bool end = (text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i + 1] == ' ' &&
                   std::isupper(static_cast<unsigned char>(text[i + 2]));
        bool abbreviation = i >= 3 && (text.compare(i - 3, 4, "e.g.") == 0 || text.compare(i - 3, 4, "i.e.") == 0);
        if (end && !abbreviation) {
            out.push_back(trim(text.substr(start, i + 1 - start)));
            start = i + 2;
        }
    }
    if (start < text.size()) out.push_back(trim(text.substr(start)));
    return out;
}

std::vector<std::string> sentences(const doc::Blocks& blocks) {
    std::vector<std::string> out;
    for (const doc::Block& b : blocks)
        if (b.kind == doc::BlockKind::Paragraph)
            for (std::string& s : split_sentences(said_text(b.spans)))
                if (!s.empty()) out.push_back(std::move(s));
    return out;
}

std::vector<std::string> first_sentences(const std::vector<std::string>& items) {
    std::vector<std::string> out;
    for (const std::string& item : items) {
        auto parts = split_sentences(item);
        if (!parts.empty()) out.push_back(parts.front());
    }
    return out;
}

}  // namespace

std::vector<std::string> key_points(const Entry& entry, int max) {
    std::vector<std::vector<std::string>> candidates{
        list_items(entry.short_answer), bold_leadins(entry.answer), sentences(entry.short_answer),
        first_sentences(list_items(entry.answer)), sentences(entry.answer)};
    // Prefer a source that gives a real checklist (two points or more), else any point at all.
    for (std::size_t wanted : {std::size_t{2}, std::size_t{1}})
        for (std::vector<std::string>& points : candidates) {
            if (points.size() < wanted) continue;
            if (static_cast<int>(points.size()) > max) points.resize(static_cast<std::size_t>(std::max(max, 0)));
            return points;
        }
    return {};
}

}  // namespace deckpress::outputs
