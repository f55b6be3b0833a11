// bank: question shapes of documents that do not number their question headings: question
// lines ("**Q: ...**", "Q1. ...", "Question 2: ...") and headings that ask ("## What is X?").
#include "bank/import_lines.hpp"

#include <algorithm>
#include <cctype>
#include <span>

namespace deckpress::bank::importer {
namespace {

/// Length of a "Q", "Q12", "Question" or "Question 12" label (or "Frage 3", "Pregunta 4"...) and
/// the ':', '.', ')' or full-width '：' after it at the start of `s`, or of a numbered label marked otherwise: "Q.1 ",
/// "Q4 - " (a hyphen or dash); 0 when there is none ("Queue:" and "Questions:" are not labels).
std::size_t question_label(std::string_view s) {
    std::size_t i = question_word(s);
    if (i == 0) i = s.starts_with("Q") ? 1 : 0;
    if (i == 0) return 0;
    bool dotted = i < s.size() && s[i] == '.' && i + 1 < s.size() && is_digit(s[i + 1]);  // "Q.1"
    std::size_t digits = dotted ? i + 1 : i;
    while (digits < s.size() && s[digits] == ' ') ++digits;
    std::size_t end = digits;
    while (end < s.size() && is_digit(s[end])) ++end;
    std::size_t mark = end > digits ? end : i;  // without a number, the mark follows the word
    if (mark < s.size() && (s[mark] == ':' || s[mark] == '.' || s[mark] == ')')) return mark + 1;
    if (s.substr(mark).starts_with("\uFF1A")) return mark + 3;  // "问题：", a full-width colon
    if (end == digits) return 0;
    std::string_view rest = s.substr(end);
    for (std::string_view dash : {" - ", " \u2013 ", " \u2014 "})  // "Q4 - text", with an en or em dash too
        if (rest.starts_with(dash)) return end + dash.size();
    if (!dotted) return 0;
    return rest.starts_with(" ") ? end + 1 : rest.starts_with("**") ? end : 0;  // "Q.1 text", "**Q.1** text"
}

/// Whether `line` (trimmed) is all one italic ("*text*", "_text_"), not bold or a bullet.
bool is_italic_line(std::string_view line) {
    std::string t = trim(line);
    if (t.size() < 3 || (t[0] != '*' && t[0] != '_') || t[1] == t[0] || t[1] == ' ') return false;
    return t.back() == t[0] && t[t.size() - 2] != t[0] && unwrap_emphasis(t) != t;
}

/// Length of a number and its closing bold after an opening `**` ("1.** What is X?", "3)** text"),
/// or 0.
std::size_t bold_number(std::string_view s) {
    std::size_t digits = 0;
    while (digits < s.size() && digits < 9 && is_digit(s[digits])) ++digits;
    if (digits == 0 || digits + 3 > s.size() || (s[digits] != '.' && s[digits] != ')')) return 0;
    return s.substr(digits + 1, 2) == "**" ? digits + 3 : 0;
}

/// Whether `s` has a letter or digit (any non-ASCII byte counts as one): "## ???" asks nothing.
bool has_word_character(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80;
    });
}

/// `text` without a closing `**` (false when `bold` and there is none).
bool drop_closing_bold(std::string& text, bool bold) {
    if (!bold) return true;
    if (!text.ends_with("**")) return false;
    text = trim(std::string_view(text).substr(0, text.size() - 2));
    return true;
}

/// The first `n` words of `text` (split at spaces), lower-cased ASCII.
std::vector<std::string> first_words(std::string_view text, std::size_t n) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (words.size() < n && i < text.size()) {
        std::size_t end = std::min(text.find(' ', i), text.size());
        if (end > i) words.push_back(lower(text.substr(i, end - i)));
        i = end + 1;
    }
    return words;
}

/// Verbs that open a prompt whatever follows them ("Explain fail-fast iterators").
constexpr std::string_view kPromptVerbs[] = {
    "explain", "describe", "define", "compare", "contrast", "differentiate", "distinguish", "discuss",
    "summarize", "summarise", "elaborate", "justify", "illustrate",
    "erklären", "erkläre", "beschreiben", "beschreibe", "vergleichen", "vergleiche", "definieren",  // German
    "explica", "explique", "describa", "compara", "defina",                                      // Spanish
    "expliquez", "décrivez", "définissez", "comparez"};                                            // French
/// Verbs that open a prompt when an article follows or the text ends with ':' or '.' ("List the
/// auto traits:", "Design a URL shortener"), not in titles ("List comprehensions", "Name lookup").
constexpr std::string_view kArticleVerbs[] = {"list", "name", "write", "implement", "design", "give",
                                             "outline", "state", "identify", "mention", "tell", "walk"};

bool one_of(const std::string& word, std::span<const std::string_view> words) {
    return std::find(words.begin(), words.end(), word) != words.end();
}

/// `text` as far as asking goes: the text of a link that is all of it ("[What is X?](url)"),
/// without trailing emoji and symbols ("What is X? \U0001F914": 4-byte UTF-8 sequences and the
/// U+2000-U+2BFF symbols) or spaces.
std::string_view asked_part(std::string_view text) {
    if (text.starts_with("[") && text.ends_with(")")) {
        std::size_t mid = text.find("](");
        if (mid != std::string_view::npos && text.find(']') == mid) text = text.substr(1, mid - 1);
    }
    for (bool again = true; again && !text.empty();) {
        std::size_t lead = text.size();  // the start of the last UTF-8 sequence
        while (lead > 0 && (static_cast<unsigned char>(text[lead - 1]) & 0xC0) == 0x80) --lead;
        lead = lead > 0 ? lead - 1 : 0;
        unsigned char first = static_cast<unsigned char>(text[lead]);
        again = text.back() == ' ' || first >= 0xF0 || first == 0xE2 || text.substr(lead) == "\xEF\xB8\x8F";  // U+FE0F
        if (again) text.remove_suffix(text.size() - lead);
    }
    return text;
}

/// Whether `text` ends with '?' or a full-width '？' (trailing emoji aside, see asked_part).
bool ends_asking(std::string_view text) {
    text = asked_part(text);
    return has_word_character(text) && (text.ends_with("?") || text.ends_with("\xEF\xBC\x9F"));
}

}  // namespace

bool asks(std::string_view full) {
    std::string_view text = asked_part(full);
    if (!has_word_character(text)) return false;
    if (ends_asking(text)) return true;
    std::vector<std::string> words = first_words(text, 3);
    if (words.size() < 2 || (text.size() > 1 && std::isupper(static_cast<unsigned char>(text[1]))))
        return false;  // "EXPLAIN ANALYZE", "DESCRIBE users": SQL, not a prompt
    bool closed = text.ends_with(":") || text.ends_with(".");
    if (one_of(words[0], kPromptVerbs)) return words.size() >= 3 || closed;  // not "Explain Plan"
    if ((words[0] == "difference" || words[0] == "differences") && words[1] == "between") return true;
    bool article = one_of(words[1], std::initializer_list<std::string_view>{"a", "an", "the", "me", "us", "your", "all", "some", "two", "three"});
    return one_of(words[0], kArticleVerbs) && (article || closed);
}

std::optional<std::string> question_line(std::string_view line, bool bare_bold, std::string* answer) {
    std::string plain;  // "*Q1: What is X?*": a labelled question in italics reads as without them
    if (is_italic_line(line)) {
        plain = unwrap_emphasis(trim(line));
        if (!question_label(plain)) return std::nullopt;
        line = plain;
    }
    std::size_t indent = line.find_first_not_of(' ');
    if (indent == std::string_view::npos || indent > 3) return std::nullopt;
    std::string_view s = line.substr(indent);
    bool listed = false;  // "1. **What is X?**", "- **What is X?**": a list item, bold
    if (std::size_t number = bare_bold ? list_marker(s) : number_marker(s)) {
        std::string_view item = s.substr(number);
        item.remove_prefix(std::min(item.find_first_not_of(' '), item.size()));
        listed = item.starts_with("**");
        if (listed) s = item;
    }
    bool bold = s.starts_with("**");
    if (bold) s.remove_prefix(2);
    bool must_ask = false;
    bool answer_after = false;  // "**Q: What is X?** answer", "**1. What is X?** answer"
    if (std::size_t number = bold ? bold_number(s) : 0) {  // "**1.** What is X?": only the number bold
        s.remove_prefix(number);
        bold = false;
        must_ask = true;
    } else if (std::size_t label = question_label(s)) {
        s.remove_prefix(label);
        if (bold && s.starts_with("**")) {  // "**Q:** text"
            s.remove_prefix(2);
            bold = false;
        }
        answer_after = bold;
    } else if (std::size_t number = bold && !listed ? number_marker(s) : 0) {  // "**1. What is X?**"
        s.remove_prefix(number);
        must_ask = true;
        answer_after = true;
    } else if (listed || (bold && bare_bold)) {  // "**What is X?**" alone on its line
        must_ask = true;
    } else {
        return std::nullopt;
    }
    std::string text = trim(s);
    std::size_t close = answer_after && !text.ends_with("**") ? text.find("**") : std::string::npos;
    std::string after;
    if (close != std::string::npos && close > 0) {
        after = trim(std::string_view(text).substr(close + 2));
        text.resize(close + 2);
    }
    if (!drop_closing_bold(text, bold)) return std::nullopt;
    text = unwrap_emphasis(std::move(text));  // "**_What is X?_**"
    if (text.empty() || (must_ask && !(bare_bold ? asks(text) : ends_asking(text)))) return std::nullopt;
    if (answer) *answer = after;
    return text;
}

std::optional<std::pair<std::string, std::string>> split_answer_on_line(std::string_view text, bool* lead_dropped) {
    bool code = false;  // inside a code span
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        code = text[i] == '`' ? !code : code;
        if (code || text[i] != '?' || text[i + 1] != ' ') continue;
        std::vector<std::string> rest{trim(text.substr(i + 1))};
        std::string question(trim(text.substr(0, i + 1)));
        if (strip_answer_lead(rest)) {
            if (lead_dropped) *lead_dropped = true;
            return std::pair(question, rest.empty() ? "" : rest[0]);
        }
        std::size_t sentence_end = rest[0].find_first_of(".!?");
        bool asks_again = (sentence_end != std::string::npos && rest[0][sentence_end] == '?') ||  // "How is it used?"
                          asks(rest[0].substr(0, sentence_end == std::string::npos ? std::string::npos : sentence_end + 1));  // "Explain ..."
        if (!asks_again && first_words(rest[0], 3).size() == 3) return std::pair(question, rest[0]);
    }
    return std::nullopt;
}

std::optional<std::string> asking_heading(const Heading& h) {
    if (h.level < 2 || h.in_list) return std::nullopt;
    std::string_view t = h.text;
    if (std::size_t number = number_marker(t)) {  // "## 1. What is X?" (a level-2 numbered question)
        std::string_view rest = t.substr(number);
        rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
        if (asks(rest)) return std::string(rest);
    }
    if (std::size_t label = question_label(t)) {
        std::string text = trim(t.substr(label));
        if (!text.empty()) return text;
    }
    if (asks(t)) return std::string(t);
    return std::nullopt;
}

std::optional<std::string> take_setext_title(std::vector<std::string>& lines, int& removed) {
    std::size_t end = lines.size();
    while (end > 0 && is_blank(lines[end - 1])) --end;
    if (end < 2) return std::nullopt;
    std::string underline = trim(lines[end - 1]);
    bool rule = underline.size() >= 2 && underline.find_first_not_of(underline[0]) == std::string::npos &&
                (underline[0] == '-' || underline[0] == '=');
    std::string text = trim(lines[end - 2]);
    bool alone = end == 2 || is_blank(lines[end - 3]);
    if (!rule || !alone || text.empty() || parse_heading(text) || text.starts_with("- ") ||
        text.starts_with("* ") || text.starts_with(">") || text.starts_with("|") || text.starts_with("```"))
        return std::nullopt;
    removed = static_cast<int>(lines.size() - (end - 2));
    lines.resize(end - 2);
    return text;
}

bool setext_title_to_heading(std::vector<std::string>& lines) {
    auto first = std::find_if(lines.begin(), lines.end(), [](const std::string& l) { return !is_blank(l); });
    if (first == lines.end() || first + 1 == lines.end() || parse_heading(*first)) return false;
    std::string underline = trim(*(first + 1));
    if (underline.size() < 2 || underline.find_first_not_of('=') != std::string::npos) return false;
    *first = "# " + trim(*first);
    (first + 1)->clear();
    return true;
}

namespace {

/// Whether any heading outside code fences gives a question by `question_of`.
template <typename QuestionOf>
bool any_heading_asks(const std::vector<std::string>& lines, QuestionOf question_of) {
    FenceTracker fence;
    for (const std::string& line : lines) {
        if (fence.inside_after(line)) continue;
        if (std::optional<Heading> h = parse_heading(line); h && question_of(*h)) return true;
    }
    return false;
}

}  // namespace

bool has_numbered_questions(const std::vector<std::string>& lines) {
    return any_heading_asks(lines, [](const Heading& h) { return question_text(h).has_value(); });
}

bool has_asking_headings(const std::vector<std::string>& lines) {
    return any_heading_asks(lines, [](const Heading& h) { return asking_heading(h).has_value(); });
}

}  // namespace deckpress::bank::importer
