// bank: line classification for the Markdown importer (headings, fences, TOC, noise).
#include "bank/import_lines.hpp"
#include "core/ascii.hpp"

#include <algorithm>
#include <cctype>

namespace deckpress::bank::importer {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::string lower(std::string_view s) { return ascii_lower(s); }

std::size_t number_marker(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size() && i < 9 && is_digit(s[i])) ++i;
    if (i == 0 || i >= s.size() || (s[i] != '.' && s[i] != ')')) return 0;
    if (i + 1 < s.size() && s[i + 1] != ' ' && s[i + 1] != '\t') return 0;
    return i + 1;
}

std::size_t list_marker(std::string_view s) {
    if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && (s[1] == ' ' || s[1] == '\t')) return 2;
    return number_marker(s);
}

namespace {

/// Drops an empty HTML anchor (`<a name="x"></a>`, `<a id="x"></a>`) from the front.
std::string drop_leading_anchor(std::string s) {
    std::string low = lower(s);
    if (!low.starts_with("<a ")) return s;
    std::size_t close = low.find("</a>");
    if (close == std::string::npos || low.find('>') + 1 != close) return s;
    return trim(std::string_view(s).substr(close + 4));
}

/// Drops a trailing attribute block (`{#anchor}`, `{ #id .class }`, `{: #id }`) as Pandoc, kramdown
/// and MkDocs write after a heading.
std::string drop_attributes(std::string s) {
    if (!s.ends_with("}")) return s;
    std::size_t open = s.rfind('{');
    if (open == std::string::npos || open == 0 || s[open - 1] != ' ') return s;
    std::string inside = trim(std::string_view(s).substr(open + 1, s.size() - open - 2));
    if (inside.starts_with(":")) inside = trim(std::string_view(inside).substr(1));
    if (!inside.starts_with("#") && !inside.starts_with(".")) return s;
    return trim(std::string_view(s).substr(0, open));
}


/// Removes `[text](#anchor)` links, leaving the text around them.
std::string remove_anchor_links(std::string_view s) {
    std::string out;
    std::size_t i = 0;
    while (i < s.size()) {
        std::size_t open = s.find('[', i);
        std::size_t mid = open == std::string_view::npos ? open : s.find("](#", open);
        std::size_t close = mid == std::string_view::npos ? mid : s.find(')', mid);
        if (close == std::string_view::npos) break;
        out.append(s.substr(i, open - i));
        i = close + 1;
    }
    out.append(s.substr(std::min(i, s.size())));
    return out;
}

}  // namespace

std::string unwrap_emphasis(std::string s) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view mark : {"**", "__", "*", "_"}) {
            std::string_view inner = std::string_view(s).substr(std::min(mark.size(), s.size()));
            if (s.size() <= 2 * mark.size() || !s.starts_with(mark) || !s.ends_with(mark)) continue;
            inner.remove_suffix(mark.size());
            if (inner.find(mark) != std::string_view::npos || inner.front() == ' ' || inner.back() == ' ') continue;
            s = std::string(inner);
            again = true;
            break;
        }
    }
    return s;
}

std::string trim(std::string_view s) {
    std::size_t b = s.find_first_not_of(" \t");
    if (b == std::string_view::npos) return {};
    std::size_t e = s.find_last_not_of(" \t");
    return std::string(s.substr(b, e - b + 1));
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

std::optional<Heading> parse_heading(std::string_view line) {
    Heading h;
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || indent > 3) return std::nullopt;
    std::string_view rest = line.substr(indent);
    if (std::size_t marker = number_marker(rest)) {
        std::string_view after = rest.substr(marker);
        after.remove_prefix(std::min(after.find_first_not_of(" \t"), after.size()));
        if (!after.starts_with("#")) return std::nullopt;
        rest = after;
        h.in_list = true;
    }
    std::size_t hashes = rest.find_first_not_of('#');
    if (hashes == std::string_view::npos) hashes = rest.size();
    if (hashes == 0 || hashes > 6 || (hashes < rest.size() && rest[hashes] != ' ' && rest[hashes] != '\t'))
        return std::nullopt;
    std::string text = trim(rest.substr(hashes));
    std::size_t closing = text.find_last_not_of('#');
    if (closing != std::string::npos && closing + 1 < text.size() && text[closing] == ' ')
        text = trim(std::string_view(text).substr(0, closing));
    h.level = static_cast<int>(hashes);
    h.text = unwrap_emphasis(drop_leading_anchor(drop_attributes(text)));
    return h;
}

std::size_t question_word(std::string_view s) {
    static constexpr std::string_view kWords[] = {"question", "frage", "pregunta", "pergunta", "domanda", "vraag", "fråga",
                                                  "问题", "問題", "题目", "質問", "질문"};  // Chinese, Japanese, Korean
    for (std::string_view word : kWords)
        if (s.size() >= word.size() && lower(s.substr(0, word.size())) == word) return word.size();
    return 0;
}

bool is_bare_label(std::string_view text) {
    std::string_view t = text;
    std::size_t word = question_word(t);
    if (word == 0 && (t.starts_with("Q") || t.starts_with("q"))) word = 1;
    if (word == 0) return false;
    t.remove_prefix(word);
    if (t.starts_with(" ") || t.starts_with(".") || t.starts_with("#")) t.remove_prefix(1);
    std::size_t digits = 0;
    while (digits < t.size() && is_digit(t[digits])) ++digits;
    t.remove_prefix(digits);
    return digits > 0 && (t.empty() || t == ":" || t == "." || t == ")");
}

std::optional<std::string> question_text(const Heading& h) {
    if (h.level >= 2 && !h.in_list && is_bare_label(h.text)) return h.text;  // the question is below it
    if (h.level < 3 && !h.in_list) return std::nullopt;
    std::string_view t = h.text;
    bool bold_prefix = t.starts_with("**");
    if (bold_prefix) t.remove_prefix(2);
    std::size_t word = question_word(t);
    std::size_t skip = word > 0 && word < t.size() && t[word] == ' ' ? word + 1
                       : (t.size() > 1 && (t[0] == 'q' || t[0] == 'Q') && is_digit(t[1])) ? 1 : 0;
    std::string_view numbered = t.substr(skip);
    std::size_t digits = 0;
    while (digits < numbered.size() && is_digit(numbered[digits])) ++digits;
    bool has_number = digits > 0 && digits < numbered.size() &&
                      (numbered[digits] == ':' || numbered[digits] == '.' || numbered[digits] == ')');
    if (has_number && (skip > 0 || numbered.size() == digits + 1 || numbered[digits + 1] == ' ' ||
                       numbered.substr(digits + 1).starts_with("**"))) {
        std::string_view q = numbered.substr(digits + 1);
        if (bold_prefix && q.starts_with("**")) q.remove_prefix(2);
        std::string text = unwrap_emphasis(trim(q));
        if (!text.empty()) return text;
    }
    if (h.in_list && !h.text.empty()) return h.text;
    return std::nullopt;
}

std::string category_title(const std::string& heading_text) {
    std::size_t marker = number_marker(heading_text);
    return marker ? trim(std::string_view(heading_text).substr(marker)) : heading_text;
}

bool FenceTracker::inside_after(std::string_view line) {
    std::string t = trim(line);
    if (marker_.empty()) {
        if (t.starts_with("```") || t.starts_with("~~~")) {
            std::size_t n = t.find_first_not_of(t[0]);
            marker_ = t.substr(0, n == std::string::npos ? t.size() : n);
            return true;
        }
        return false;
    }
    if (t.starts_with(marker_) && t.find_first_not_of(marker_[0]) == std::string::npos) marker_.clear();
    return true;
}

bool is_separator(std::string_view line) {
    std::string t = trim(line);
    if (t.size() < 3 || (t[0] != '-' && t[0] != '*' && t[0] != '_')) return false;
    int marks = 0;
    for (char c : t) {
        if (c == t[0]) ++marks;
        else if (c != ' ') return false;
    }
    return marks >= 3;
}

bool is_back_to_top(std::string_view line) {
    std::string low = lower(line);
    bool phrase = low.find("back to top") != std::string::npos || low.find("back to the top") != std::string::npos;
    bool link = low.find("](#") != std::string::npos || low.find("href=\"#") != std::string::npos;
    return phrase && link && line.size() < 200;
}

bool is_empty_anchor(std::string_view line) {
    std::string t = trim(line);
    return lower(t).starts_with("<a ") && drop_leading_anchor(t).empty();
}

bool is_table_row(std::string_view line) { return trim(line).starts_with("|"); }

bool is_toc_entry(std::string_view line) {
    std::string t = trim(line);
    if (t.find("](#") == std::string::npos) return false;
    if (t.starts_with("|")) {
        std::string rest = remove_anchor_links(t);
        return std::all_of(rest.begin(), rest.end(),
                           [](char c) { return c == '|' || c == ' ' || c == '.' || is_digit(c); });
    }
    std::size_t marker = (t[0] == '-' || t[0] == '*' || t[0] == '+') && t.size() > 1 && t[1] == ' ' ? 1 : number_marker(t);
    if (marker == 0) return false;
    std::string item = trim(std::string_view(t).substr(marker));
    std::string rest = trim(remove_anchor_links(item));
    return item.starts_with("[") || item.starts_with("**[") ? (rest.empty() || rest == "****") : false;
}

namespace {

/// Whether `t` opens with "A." alone or before a space ("A. Y", as "Q. X" pairs with).
bool is_dotted_answer_lead(std::string_view t) {
    return t.starts_with("A.") && (t.size() == 2 || t[2] == ' ' || t[2] == '\t');
}

/// Whether the lines from `first` list lettered choices ("A. 12" over "B. 13"): then "A." is a
/// choice, not an answer lead.
bool lists_choices(std::vector<std::string>::iterator first, std::vector<std::string>::iterator end) {
    for (auto it = std::next(first); it != end; ++it) {
        std::string t = trim(*it);
        if (t.starts_with("- ") || t.starts_with("* ")) t = trim(t.substr(2));  // "- B: `true`"
        if (t.starts_with("B.") || t.starts_with("B)") || t.starts_with("B:")) return true;
    }
    return false;
}

/// Whether `t` opens with a one-letter lead ("A:", "**A:**", "A."), which lettered choices
/// after it ("B: ...") make the first choice instead.
bool letter_lead(std::string_view t) {
    return t.starts_with("A:") || t.starts_with("A.") || t.starts_with("**A:**") || t.starts_with("**A**:") ||
           t.starts_with("A\uFF1A");
}

/// Length of a numbered answer lead at the start of `t` ("A1:", "**A2:**", "**A3**:", "Answer 4:",
/// "A5 -", "Antwort 6."), as documents that number their questions "Q1:" write, or 0.
std::size_t numbered_answer_lead(std::string_view t) {
    static constexpr std::string_view kWords[] = {"A", "Answer", "Ans", "Antwort", "Respuesta", "Resposta", "Risposta",
                                                 "Réponse", "Antwoord", "Svar", "答案", "答"};
    bool bold = t.starts_with("**");
    std::size_t i = bold ? 2 : 0;
    for (std::string_view word : kWords) {
        if (t.substr(i, word.size()) != word) continue;
        std::size_t at = i + word.size();
        if (at < t.size() && t[at] == ' ') ++at;
        std::size_t digits = at;
        while (digits < t.size() && is_digit(t[digits])) ++digits;
        if (digits == at) continue;
        std::string_view rest = t.substr(digits);
        bool closed = bold && rest.starts_with("**");  // "**A3**:"
        if (closed) rest.remove_prefix(2);
        std::size_t mark = rest.starts_with(":") || rest.starts_with(".") || rest.starts_with(")") ? 1
                           : rest.starts_with("\uFF1A") || rest.starts_with(" - ") ? 3 : 0;
        if (mark == 0) continue;
        rest.remove_prefix(mark);
        if (bold && !closed) {
            if (!rest.starts_with("**")) continue;
            rest.remove_prefix(2);
        }
        return t.size() - rest.size();
    }
    return 0;
}

}  // namespace

bool strip_answer_lead(std::vector<std::string>& lines) {
    static const std::vector<std::string> kLeads = [] {
        std::vector<std::string> leads;
        for (std::string word : {"A", "Answer", "Antwort", "Respuesta", "Resposta", "Risposta", "Réponse", "Antwoord", "Svar",
                                 "答案", "答", "回答", "解答", "答え", "답변", "답"})
            for (std::string colon : {":", "\uFF1A"})  // a full-width colon in Chinese, Japanese and Korean
                for (std::string lead : {"**" + word + colon + "**", "**" + word + "**" + colon, word + colon}) leads.push_back(lead);
        for (std::string lead : {"Ans:", "Ans.", "Ans -", "**Ans:**", "**Ans.**", "**Ans**:"}) leads.push_back(lead);
        return leads;
    }();
    auto first = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return !is_blank(l); });
    if (first == lines.end()) return false;
    std::string t = trim(*first);
    if (t.size() > 2 && (t[0] == '*' || t[0] == '_') && t[1] != t[0] && t[1] != ' ' && t.back() == t[0])
        t = unwrap_emphasis(t);  // "*A: Y.*": an answer lead in italics (the answer's italics go with it)
    bool bullet = (t.starts_with("- ") || t.starts_with("* ")) &&  // "- Answer: Y", the answer a bullet under its question
                  std::any_of(kLeads.begin(), kLeads.end(), [&](const std::string& lead) { return trim(t.substr(2)).starts_with(lead); });
    if (bullet) t = trim(t.substr(2));
    if (letter_lead(t) && lists_choices(first, lines.end())) return false;  // "- A: 12" over "- B: 13": choices
    if (is_dotted_answer_lead(t)) {  // "Q. What is X? A. Y"
        std::string rest = trim(std::string_view(t).substr(2));
        if (rest.empty()) lines.erase(first);
        else *first = rest;
        return true;
    }
    std::string alone = unwrap_emphasis(t);  // "**Answer**" or "#### Answer" alone on its line, the answer below it
    if (std::optional<Heading> h = parse_heading(t)) alone = h->text;
    if (alone.ends_with(":")) alone.pop_back();
    for (std::string word : {"Answer", "Antwort", "Respuesta", "Resposta", "Risposta", "Réponse", "Antwoord", "Svar", "答案"})
        if (alone == word) {
            lines.erase(first);
            return true;
        }
    if (std::size_t lead = numbered_answer_lead(t)) {
        std::string rest = trim(std::string_view(t).substr(lead));
        if (rest.empty()) lines.erase(first);
        else *first = rest;
        return true;
    }
    for (const auto& lead : kLeads) {
        if (!t.starts_with(lead)) continue;
        std::string rest = trim(std::string_view(t).substr(lead.size()));
        if (rest.empty()) lines.erase(first);
        else *first = rest;
        return true;
    }
    return false;
}

void dedent(std::vector<std::string>& lines) {
    std::size_t common = std::string::npos;
    for (const auto& l : lines)
        if (!is_blank(l)) common = std::min(common, l.find_first_not_of(' '));
    for (auto& l : lines) l = is_blank(l) ? std::string() : l.substr(common == std::string::npos ? 0 : common);
}

void trim_blank_lines(std::vector<std::string>& lines) {
    while (!lines.empty() && is_blank(lines.back())) lines.pop_back();
    auto first = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return !is_blank(l); });
    lines.erase(lines.begin(), first);
}

std::string join_lines(const std::vector<std::string>& lines) {
    std::string out;
    for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
    return out;
}

}  // namespace deckpress::bank::importer
