// bank: import_markdown: split a Q&A document into categories, questions and notes.
#include "bank/import.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "bank/import_front.hpp"
#include "bank/import_lines.hpp"
#include "bank/utf8.hpp"
#include "core/counted.hpp"
#include "core/line_endings.hpp"

namespace deckpress::bank {
namespace {
using namespace importer;

/// Written for a question whose document has no answer, so that the bank still loads.
constexpr const char* kNoAnswer = "*(No answer in the source document.)*";

struct RawQuestion {
    std::string q;
    int line = 0;
    std::vector<std::string> body;
    bool text_below = false;  ///< `q` is a bare label ("Question 1"); the question opens `body`
};

/// A `##` section: a category when it holds questions, otherwise notes. The first section
/// (title "") holds the text before the first `##` heading.
struct Section {
    std::string title;
    int line = 0;
    std::vector<std::string> intro;  ///< text before its first question
    std::vector<RawQuestion> questions;
};

std::vector<std::string> split_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = std::min(text.find('\n', start), text.size());
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

/// Starts a category at a setext heading ("Title" over "-----") that comes right before a
/// question; true when there was one.
bool setext_category(std::vector<Section>& sections, int question_line) {
    Section& cur = sections.back();
    std::vector<std::string>& before = cur.questions.empty() ? cur.intro : cur.questions.back().body;
    int removed = 0;
    std::optional<std::string> title = take_setext_title(before, removed);
    if (title) sections.push_back({category_title(*title), question_line - removed, {}, {}});
    return title.has_value();
}

/// How a document marks its questions.
struct Shapes {
    bool loose = false;     ///< no numbered question headings: lines and headings that ask
    bool bare_bold = false; ///< no heading asks either: bold lines that ask too
    int heading_level = 0;  ///< when nothing asks: every heading of this level is a question
    int numbered_level = 0; ///< the level of the numbered question headings: one there that asks
                            ///< without a number ("### What is X?" among "### 2. ...") is one too
};

/// The question `line` starts, if any: a numbered question heading, or in a document without
/// them a heading or a line that asks a question, or a heading of the question level.
std::optional<std::string> question_at(const std::string& line, const std::optional<Heading>& h, Shapes shapes,
                                       std::string* answer = nullptr) {
    if (shapes.heading_level > 0)
        return h && h->level == shapes.heading_level && !h->in_list ? std::optional(h->text) : std::nullopt;
    if (h) {
        if (auto q = question_text(*h)) return q;
        return shapes.loose || (h->level == shapes.numbered_level && !h->in_list) ? asking_heading(*h) : std::nullopt;
    }
    return shapes.loose ? question_line(line, shapes.bare_bold, answer) : std::nullopt;
}

/// The deepest heading level that starts a category: the level above the shallowest question
/// heading (`#### What is X?` under `### Cells`), and at least 2 (`## Category`).
int category_level(const std::vector<std::string>& lines, Shapes shapes) {
    int shallowest = 7;  // deeper than any heading: no question heading
    int titles = 0;      // `# Title` headings
    FenceTracker fence;
    for (const std::string& line : lines) {
        if (fence.inside_after(line)) continue;
        std::optional<Heading> h = parse_heading(line);
        if (h && !h->in_list && question_at(line, h, shapes)) shallowest = std::min(shallowest, h->level);
        titles += h && !h->in_list && h->level == 1 ? 1 : 0;
    }
    if (shallowest == 2 && titles >= 2) return 1;  // `# Python` / `## What is X?` / `# SQL` / ...
    return shallowest == 7 ? 2 : std::max(2, shallowest - 1);
}

/// With `#` categories: the first `#` heading is the document's title when no question follows
/// it before the next one (its text joins the introduction).
void take_title_category(std::vector<Section>& sections, std::string& title) {
    if (!title.empty() || sections.size() < 3 || !sections[1].questions.empty()) return;
    title = sections[1].title;
    sections[0].intro.insert(sections[0].intro.end(), sections[1].intro.begin(), sections[1].intro.end());
    sections.erase(sections.begin() + 1);
}

/// First pass: headings outside code fences decide where each line belongs.
/// Splits the lines that the shape passes wrote with several lines in one ("Q: cell\nanswer"), so
/// that they kept the document's line count; returns each line's number in the document.
std::vector<int> unfold_lines(std::vector<std::string>& lines) {
    std::vector<std::string> out;
    std::vector<int> numbers;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        std::size_t start = 0;
        for (std::size_t end = lines[i].find('\n'); ; end = lines[i].find('\n', start)) {
            out.push_back(lines[i].substr(start, end == std::string::npos ? std::string::npos : end - start));
            numbers.push_back(static_cast<int>(i) + 1);
            if (end == std::string::npos) break;
            start = end + 1;
        }
    }
    lines = std::move(out);
    return numbers;
}

std::vector<Section> split_sections(const std::vector<std::string>& lines, const std::vector<int>& numbers,
                                    std::string& title, Shapes shapes) {
    std::vector<Section> sections(1);
    const int categories = category_level(lines, shapes);
    FenceTracker fence;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        int number = numbers[i];
        bool code = fence.inside_after(line);
        std::optional<Heading> h = code ? std::nullopt : parse_heading(line);
        std::string answer;  // on the question's line
        std::optional<std::string> question = code ? std::nullopt : question_at(line, h, shapes, &answer);
        Section& cur = sections.back();
        if (h && h->level == 1 && categories > 1 && title.empty() && sections.size() == 1 &&
            std::all_of(cur.intro.begin(), cur.intro.end(), [](const std::string& l) { return is_blank(l); })) {
            title = h->text;
        } else if (question) {
            if (!setext_category(sections, number) && sections.size() == 1)
                sections.push_back({"Questions", number, {}, {}});
            sections.back().questions.push_back({*question, number, {}, h && is_bare_label(*question)});
            if (!answer.empty()) sections.back().questions.back().body.push_back(answer);
        } else if (h && h->level <= categories && !h->in_list) {
            sections.push_back({category_title(h->text), number, {}, {}});
        } else if (!cur.questions.empty()) {
            cur.questions.back().body.push_back(line);
        } else {
            cur.intro.push_back(line);
        }
    }
    if (categories == 1) take_title_category(sections, title);
    return sections;
}

/// Drops "back to top" links and `---` rules at the ends of a block, counting them.
void drop_noise(std::vector<std::string>& lines, ImportSummary& summary) {
    std::vector<std::string> kept;
    FenceTracker fence;
    for (auto& line : lines) {
        bool code = fence.inside_after(line);
        if (!code && is_back_to_top(line)) {
            ++summary.back_to_top_links;
            continue;
        }
        if (!code && is_empty_anchor(line)) continue;  // shows nothing, and links nowhere in a bank
        kept.push_back(std::move(line));
    }
    lines = std::move(kept);
    bool dropped = true;
    while (dropped) {
        trim_blank_lines(lines);
        dropped = false;
        if (!lines.empty() && is_separator(lines.back())) {
            lines.pop_back();
            dropped = true;
        } else if (!lines.empty() && is_separator(lines.front())) {
            lines.erase(lines.begin());
            dropped = true;
        }
        summary.separators += dropped ? 1 : 0;
    }
}

/// Drops a table of contents: list items or table rows that only link to `#anchors`,
/// with the header rows of such a table.
void drop_toc(std::vector<std::string>& lines, ImportSummary& summary) {
    std::vector<std::string> kept;
    FenceTracker fence;
    for (auto& line : lines) {
        if (!fence.inside_after(line) && is_toc_entry(line)) {
            ++summary.toc_entries;
            // A table's header and delimiter rows come right before its first entry.
            while (!kept.empty() && is_table_row(kept.back()) && !is_toc_entry(kept.back())) kept.pop_back();
            continue;
        }
        kept.push_back(std::move(line));
    }
    lines = std::move(kept);
}

/// Whether a heading names a table of contents ("Table of Contents", "Contents", "TOC").
bool is_contents_title(const std::string& title) {
    std::string low = lower(trim(title));
    return low == "table of contents" || low == "contents" || low == "toc";
}

/// Splits loose text into notes at its headings; text before the first heading is titled
/// `first_title`.
void add_notes(std::vector<std::string> lines, const std::string& first_title, Bank& bank,
               ImportSummary& summary) {
    std::vector<std::pair<std::string, std::vector<std::string>>> parts{{first_title, {}}};
    FenceTracker fence;
    for (auto& line : lines) {
        std::optional<Heading> h = fence.inside_after(line) ? std::nullopt : parse_heading(line);
        if (h && !h->in_list) parts.push_back({category_title(h->text), {}});
        else parts.back().second.push_back(std::move(line));
    }
    for (auto& [title, body] : parts) {
        drop_noise(body, summary);
        if (body.empty()) {
            if (&title != &parts.front().first && title.find("ontents") == std::string::npos)
                summary.remarks.push_back(fmt::format("heading '{}' has no text: skipped", title));
            continue;
        }
        bank.notes.push_back({title, join_lines(body), {}, {}, {}});
    }
}

/// The first paragraph of `body` (its lines joined), removed from it; "" when there is none.
std::string take_first_paragraph(std::vector<std::string>& body) {
    trim_blank_lines(body);
    if (body.empty() || parse_heading(body[0]) || trim(body[0]).starts_with("```") || is_table_row(body[0])) return {};
    auto end = std::find_if(body.begin(), body.end(), [](const std::string& l) { return is_blank(l); });
    std::vector<std::string> words;
    for (auto it = body.begin(); it != end; ++it) words.push_back(trim(*it));
    body.erase(body.begin(), end);
    return fmt::format("{}", fmt::join(words, " "));
}

Question make_question(RawQuestion& raw, ImportSummary& summary) {
    Question q;
    q.q = raw.q;
    drop_noise(raw.body, summary);
    if (raw.text_below) {
        if (std::string below = take_first_paragraph(raw.body); !below.empty()) q.q = below;
    }
    if (strip_answer_lead(raw.body)) ++summary.answer_leads;
    dedent(raw.body);
    trim_blank_lines(raw.body);
    q.a = join_lines(raw.body);
    if (q.a.empty()) {
        bool lead = false;
        if (auto split = split_answer_on_line(q.q, &lead)) {
            std::tie(q.q, q.a) = *split;
            summary.remarks.push_back(fmt::format("line {}: question '{}' had its answer on its line (split after its '?')",
                                                  raw.line, q.q));
        }
        if (lead) ++summary.answer_leads;
    }
    return q;
}

/// Ids made unique with "-2", "-3", ... suffixes.
struct UniqueIds {
    std::set<std::string> used;
    std::map<std::string, int> next_suffix;  ///< per slug: every smaller suffix is taken

    /// `slug` (or `fallback` when empty), suffixed when taken. Remembering the next suffix per
    /// slug keeps a document that asks one question thousands of times linear.
    std::string take(std::string slug, const std::string& fallback) {
        if (slug.empty()) slug = fallback;
        if (used.insert(slug).second) return slug;
        int& n = next_suffix.try_emplace(slug, 2).first->second;
        std::string candidate;
        do candidate = fmt::format("{}-{}", slug, n++);
        while (!used.insert(candidate).second);
        return candidate;
    }
};

/// Notes a question asked again (same words, case and punctuation aside), keeping both.
void note_repeat(const RawQuestion& raw, const std::string& id, std::map<std::string, std::pair<int, std::string>>& asked,
                 ImportSummary& summary) {
    std::string key;
    for (char c : raw.q)
        if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80))
            key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto [it, first] = asked.try_emplace(key, raw.line, id);
    if (!first)
        summary.remarks.push_back(fmt::format("line {}: question '{}' repeats line {}; both kept (ids {} and {})",
                                              raw.line, raw.q, it->second.first, it->second.second, id));
}

/// Whether `body` ends with a `---` separator (blank lines aside).
bool ends_with_separator(const std::vector<std::string>& body) {
    auto last = std::find_if(body.rbegin(), body.rend(), [](const std::string& l) { return !is_blank(l); });
    return last != body.rend() && is_separator(*last);
}

/// In a document that parts its questions with `---` (every answer but the last ends with one,
/// two or more), the text after the last answer's last `---`, removed from it: a chat export's
/// "Let me know if you'd like more questions!". Empty when there is none.
std::vector<std::string> take_closing_text(std::vector<Section>& sections, ImportSummary& summary) {
    std::vector<RawQuestion*> all;
    for (Section& sec : sections)
        for (RawQuestion& q : sec.questions) all.push_back(&q);
    if (all.size() < 3 || !std::all_of(all.begin(), all.end() - 1, [](RawQuestion* q) { return ends_with_separator(q->body); }))
        return {};
    std::vector<std::string>& body = all.back()->body;
    if (&body != &sections.back().questions.back().body || ends_with_separator(body)) return {};  // notes follow it
    std::optional<std::size_t> rule;
    FenceTracker fence;
    for (std::size_t i = 0; i < body.size(); ++i)
        if (!fence.inside_after(body[i]) && is_separator(body[i])) rule = i;
    if (!rule) return {};
    std::vector<std::string> closing(body.begin() + static_cast<std::ptrdiff_t>(*rule) + 1, body.end());
    body.resize(*rule);
    ++summary.separators;
    trim_blank_lines(closing);
    return closing;
}

void build_bank(std::vector<Section>& sections, Bank& bank, ImportSummary& summary) {
    UniqueIds category_ids{{"bank"}, {}}, question_ids;  // "bank" would be bank.yaml
    std::map<std::string, std::pair<int, std::string>> asked;  // question words -> first line and id
    int number = 0;
    std::vector<std::string> closing = take_closing_text(sections, summary);
    for (std::size_t s = 0; s < sections.size(); ++s) {
        Section& sec = sections[s];
        drop_toc(sec.intro, summary);
        std::string note_title = s == 0 ? "Introduction" : sec.title;
        if (sec.questions.empty()) {
            add_notes(std::move(sec.intro), note_title, bank, summary);
            continue;
        }
        std::size_t notes_before = bank.notes.size();
        add_notes(std::move(sec.intro), note_title, bank, summary);
        if (bank.notes.size() > notes_before)
            summary.remarks.push_back(fmt::format("introduction of category '{}' kept as a note", sec.title));
        Category cat;
        if (is_contents_title(sec.title)) sec.title = "Questions";  // "1. ### What is X?" items under "## Contents"
        cat.title = sec.title.empty() ? fmt::format("Category {}", bank.categories.size() + 1) : sec.title;
        cat.id = category_ids.take(make_slug(sec.title, 3), fmt::format("category-{}", s));
        for (RawQuestion& raw : sec.questions) {
            Question q = make_question(raw, summary);
            q.id = question_ids.take(make_slug(q.q, 5), fmt::format("q{}", ++number));
            note_repeat(raw, q.id, asked, summary);
            q.category = cat.id;
            if (q.a.empty()) {
                q.a = kNoAnswer;
                summary.remarks.push_back(fmt::format("line {}: question '{}' has no answer (placeholder written)",
                                                      raw.line, q.q));
            }
            cat.questions.push_back(std::move(q));
        }
        bank.categories.push_back(std::move(cat));
    }
    if (closing.empty()) return;
    bank.notes.push_back({"Closing remarks", join_lines(closing), {}, {}, {}});
    summary.remarks.push_back("the text after the last question's '---' kept as the note 'Closing remarks' "
                              "(the document parts its questions with '---')");
}

bool no_questions(const std::vector<Section>& sections) {
    return std::all_of(sections.begin(), sections.end(), [](const Section& s) { return s.questions.empty(); });
}

/// The deepest level (2 or more) of the document's headings outside code, or 0 when it has none.
int deepest_heading_level(const std::vector<std::string>& lines) {
    int deepest = 0;
    FenceTracker fence;
    for (const std::string& line : lines) {
        if (fence.inside_after(line)) continue;
        if (std::optional<Heading> h = parse_heading(line); h && !h->in_list && h->level >= 2)
            deepest = std::max(deepest, h->level);
    }
    return deepest;
}

/// Says on which lines remote images became links ("lines 3, 9: ..."; the first five of many).
void note_remote_images(const std::vector<int>& at, ImportSummary& summary) {
    if (at.empty()) return;
    std::vector<int> shown(at.begin(), at.begin() + static_cast<long>(std::min<std::size_t>(at.size(), 5)));
    std::string more = at.size() > shown.size() ? fmt::format(" and {} more", at.size() - shown.size()) : "";
    summary.remarks.push_back(fmt::format("line{} {}{}: remote images turned into links (a bank shows images from its "
                                          "folder only)", at.size() > 1 ? "s" : "", fmt::join(shown, ", "), more));
}

/// The shallowest level of the numbered question headings outside code ("### 1. What is X?"),
/// or 0 when there are none.
int numbered_question_level(const std::vector<std::string>& lines) {
    int shallowest = 0;
    FenceTracker fence;
    for (const std::string& line : lines) {
        if (fence.inside_after(line)) continue;
        std::optional<Heading> h = parse_heading(line);
        if (h && !h->in_list && question_text(*h) && (shallowest == 0 || h->level < shallowest)) shallowest = h->level;
    }
    return shallowest;
}

/// Rewrites `<details>` blocks into question lines, and in a document whose headings ask
/// nothing (`lines_only`) Q&A tables, block-quoted answers and numbered questions with indented
/// answers too, saying how many in `summary`.
void read_other_shapes(std::vector<std::string>& lines, bool lines_only, ImportSummary& summary) {
    if (int n = details_to_questions(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (the <summary> is the question)",
                                              counted(static_cast<std::size_t>(n), "<details> block", "<details> blocks")));
    if (!lines_only) return;
    if (int n = tables_to_questions(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (the question column the question, the "
                                              "answer column its answer, other columns a list under it)", counted(static_cast<std::size_t>(n), "table row", "table rows")));
    if (int n = bare_label_lines_to_questions(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (the paragraph below each is the question)",
                                              counted(static_cast<std::size_t>(n), "label alone on its line ('Question 1')",
                                                      "labels alone on their lines ('Question 1')")));
    if (int n = definition_lists_to_questions(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (the definition is the answer)",
                                              counted(static_cast<std::size_t>(n), "definition list term", "definition list terms")));
    if (int n = quoted_answers_to_questions(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (the quote is the answer)",
                                              counted(static_cast<std::size_t>(n), "list item with a block quote", "list items with a block quote")));
    if (int n = quoted_questions_to_lines(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (a 'Q:' line opens each)",
                                              counted(static_cast<std::size_t>(n), "block quote", "block quotes")));
    if (int n = indented_answers_to_questions(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (the text indented under each is its answer)",
                                              counted(static_cast<std::size_t>(n), "numbered item that asks", "numbered items that ask")));
    else if (int lone = lone_numbered_questions_to_lines(lines))
        summary.remarks.push_back(fmt::format("{} read as questions (the paragraphs after each are its answer)",
                                              counted(static_cast<std::size_t>(lone), "numbered item that asks", "numbered items that ask")));
}

}  // namespace

ImportResult import_markdown(std::string_view text, const std::string& fallback_title,
                             const std::string& source) {
    ImportResult result;
    std::string clean = utf8::repair_mojibake(text, &result.summary.mojibake_repairs);
    if (clean.starts_with("\xEF\xBB\xBF")) clean.erase(0, 3);
    std::string title;
    std::vector<std::string> lines = split_lines(lone_cr_to_lf(std::move(clean)));
    FrontMatter front = take_front_matter(lines, result.summary);
    expand_indenting_tabs(lines);
    note_remote_images(remote_images_to_links(lines), result.summary);
    html_headings_to_atx(lines);
    html_bold_lines_to_markdown(lines);
    drop_closing_breaks(lines);
    setext_title_to_heading(lines);
    if (int n = obsidian_to_markdown(lines))
        result.summary.remarks.push_back(fmt::format("{} (Obsidian, MkDocs) turned into Markdown",
                                                     counted(static_cast<std::size_t>(n), "callout, admonition or wiki link",
                                                             "callouts, admonitions and wiki links")));
    if (int n = unescape_list_numbers(lines))
        result.summary.remarks.push_back(fmt::format("{} read as numbers (Google Docs and Pandoc write a number typed as text so)",
                                                     counted(static_cast<std::size_t>(n), "escaped number ('1\\.')", "escaped numbers ('1\\.')")));
    if (int n = answer_details_to_content(lines))
        result.summary.remarks.push_back(fmt::format("{} unwrapped (a printed answer need not be opened)",
                                                     counted(static_cast<std::size_t>(n), "collapsed answer ('<details><summary>Answer')",
                                                             "collapsed answers ('<details><summary>Answer')")));
    braced_code_languages(lines);  // "```{r}": the language alone, as the code's label
    if (int n = notion_asides_to_quotes(lines))
        result.summary.remarks.push_back(fmt::format("{} (Notion) turned into Markdown",
                                                     counted(static_cast<std::size_t>(n), "'<aside>' callout", "'<aside>' callouts")));
    if (int n = fenced_divs_to_markdown(lines))
        result.summary.remarks.push_back(fmt::format("{} (Quarto, Pandoc, Docusaurus) turned into Markdown",
                                                     counted(static_cast<std::size_t>(n), "':::' fenced div", "':::' fenced divs")));
    const bool loose = !has_numbered_questions(lines);
    Shapes shapes{loose, loose && !has_asking_headings(lines), 0, loose ? 0 : numbered_question_level(lines)};
    if (loose) read_other_shapes(lines, shapes.bare_bold, result.summary);
    const std::vector<int> numbers = unfold_lines(lines);
    std::vector<Section> sections = split_sections(lines, numbers, title, shapes);
    if (int n = no_questions(sections) ? indented_answers_to_questions(lines, true) : 0) {
        title.clear();
        sections = split_sections(lines, numbers, title, shapes);
        result.summary.remarks.push_back(fmt::format("{} read as questions (the text indented under each is its answer)",
                                                     counted(static_cast<std::size_t>(n), "bullet item that asks", "bullet items that ask")));
    }
    if (int level = no_questions(sections) ? deepest_heading_level(lines) : 0; level >= 2) {
        title.clear();
        shapes.heading_level = level;
        sections = split_sections(lines, numbers, title, shapes);
        result.summary.remarks.push_back(fmt::format("no question shapes found: each level-{} heading read as a "
                                                     "question, the text under it as its answer", level));
    }
    result.bank.title = !title.empty() ? title : front.title ? *front.title : fallback_title;
    result.bank.subtitle = front.subtitle;
    result.bank.author = front.author;
    result.bank.source = source;
    build_bank(sections, result.bank, result.summary);
    return result;
}

}  // namespace deckpress::bank
