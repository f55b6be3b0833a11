// bank: HTML in imported documents: `<details><summary>Question</summary> answer </details>` blocks
// as questions (collapsible Q&A READMEs) and `<h1>`...`<h6>` lines as headings.
#include "bank/import_lines.hpp"

namespace deckpress::bank::importer {

std::string html_text(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '<') {
            std::size_t close = s.find('>', i);
            if (close != std::string_view::npos) {
                i = close;
                continue;
            }
        }
        if ((s[i] == '*' || s[i] == '_') && i + 1 < s.size() && s[i + 1] == s[i]) {
            ++i;
            continue;
        }
        out += s[i];
    }
    return trim(out);
}

namespace {

/// The text of a `<summary>...</summary>` in `line` and what follows it, if there is one.
std::optional<std::pair<std::string, std::string>> summary_in(const std::string& line) {
    std::string low = lower(line);
    std::size_t open = low.find("<summary");
    std::size_t open_end = open == std::string::npos ? open : low.find('>', open);
    std::size_t close = open_end == std::string::npos ? open_end : low.find("</summary>", open_end);
    if (close == std::string::npos) return std::nullopt;
    return std::pair{html_text(std::string_view(line).substr(open_end + 1, close - open_end - 1)),
                     trim(std::string_view(line).substr(close + 10))};
}

bool starts_details(const std::string& line) { return lower(trim(line)).starts_with("<details"); }

}  // namespace

int details_to_questions(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    bool open = false;  // inside a converted block: its `</details>` is dropped
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i])) continue;
        if (open && lower(trim(lines[i])) == "</details>") {
            lines[i].clear();
            open = false;
            continue;
        }
        if (!starts_details(lines[i])) continue;
        std::size_t at = i;  // the summary: on the `<details>` line or the next non-blank one
        if (!summary_in(lines[at]))
            for (at = i + 1; at < lines.size() && is_blank(lines[at]); ++at) {}
        std::optional<std::pair<std::string, std::string>> summary =
            at < lines.size() ? summary_in(lines[at]) : std::nullopt;
        if (!summary || !asks(summary->first)) continue;  // "Example", "Show answer": content
        if (at != i) lines[i].clear();
        lines[at] = "Q: " + summary->first;
        if (!summary->second.empty()) lines[at] += "\n" + summary->second;  // an answer on the summary's line
        i = at;
        open = true;
        ++converted;
    }
    return converted;
}

namespace {

/// Whether a `<details>` summary labels an answer ("Answer", "Show answer", "Solution").
bool labels_answer(const std::string& summary) {
    std::string low = lower(summary);
    return low.find("answer") != std::string::npos || low.find("solution") != std::string::npos;
}

/// Whether `line` is only a paragraph tag (`<p>`, `</p>`) that wraps a collapsed answer.
bool is_paragraph_tag(const std::string& line) {
    std::string low = lower(trim(line));
    return low == "<p>" || low == "</p>";
}

/// The index of the `</details>` that closes the block whose summary is on line `summary_at`
/// (outside code), or npos.
std::size_t details_end(const std::vector<std::string>& lines, std::size_t summary_at) {
    FenceTracker fence;
    for (std::size_t i = summary_at + 1; i < lines.size(); ++i)
        if (!fence.inside_after(lines[i]) && lower(trim(lines[i])) == "</details>") return i;
    return std::string::npos;
}

}  // namespace

int answer_details_to_content(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i]) || !starts_details(lines[i])) continue;
        std::size_t at = i;
        if (!summary_in(lines[at]))
            for (at = i + 1; at < lines.size() && is_blank(lines[at]); ++at) {}
        std::optional<std::pair<std::string, std::string>> summary = at < lines.size() ? summary_in(lines[at]) : std::nullopt;
        if (!summary || !summary->second.empty() || !labels_answer(summary->first) || asks(summary->first)) continue;
        std::size_t end = details_end(lines, at);
        if (end == std::string::npos) continue;
        for (std::size_t j = i; j <= at; ++j) lines[j].clear();
        lines[end].clear();
        FenceTracker code;
        for (std::size_t j = at + 1; j < end; ++j) {
            if (code.inside_after(lines[j])) continue;
            if (is_paragraph_tag(lines[j])) lines[j].clear();
            else if (std::optional<Heading> h = parse_heading(lines[j])) lines[j] = "**" + h->text + "**";  // "#### Answer: B"
        }
        i = end;
        ++converted;
    }
    return converted;
}

int html_headings_to_atx(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::string& line : lines) {
        if (fence.inside_after(line)) continue;
        std::string low = lower(trim(line));
        if (low.size() < 9 || !low.starts_with("<h") || low[2] < '1' || low[2] > '6' || (low[3] != '>' && low[3] != ' '))
            continue;
        if (!low.ends_with(std::string("</h") + low[2] + ">")) continue;
        std::string text = html_text(trim(line));
        if (text.empty()) continue;
        line = std::string(static_cast<std::size_t>(low[2] - '0'), '#') + " " + text;
        ++converted;
    }
    return converted;
}

namespace {

/// `low` (lower case) without the `<br>`, `<br/>` or `<br />` tags that end it.
std::string without_trailing_breaks(std::string low) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view br : {"<br>", "<br/>", "<br />"})
            if (low.ends_with(br)) {
                low = trim(std::string_view(low).substr(0, low.size() - br.size()));
                again = true;
            }
    }
    return low;
}

}  // namespace

int html_bold_lines_to_markdown(std::vector<std::string>& lines) {
    int converted = 0;
    FenceTracker fence;
    for (std::string& line : lines) {
        if (fence.inside_after(line)) continue;
        std::string t = trim(line);
        std::string low = without_trailing_breaks(lower(t));
        for (auto [open, close] : {std::pair{"<b>", "</b>"}, std::pair{"<strong>", "</strong>"}}) {
            if (!low.starts_with(open) || !low.ends_with(close) || low.find(close) != low.size() - std::string_view(close).size())
                continue;
            std::string text = html_text(std::string_view(t).substr(0, low.size()));
            if (text.empty()) break;
            line = "**" + text + "**";
            ++converted;
            break;
        }
    }
    return converted;
}

int drop_closing_breaks(std::vector<std::string>& lines) {
    int count = 0;
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (fence.inside_after(lines[i])) continue;
        if (i + 1 < lines.size() && !is_blank(lines[i + 1])) continue;  // mid-paragraph: a real line break
        std::string low = lower(trim(lines[i]));
        std::string kept = without_trailing_breaks(low);
        if (kept.size() == low.size() || kept.empty()) continue;
        lines[i] = trim(lines[i]).substr(0, kept.size());
        ++count;
    }
    return count;
}

}  // namespace deckpress::bank::importer
