// bank: line classification for the Markdown importer (headings, fences, TOC, noise).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace deckpress::bank::importer {

/// An ATX heading, possibly inside a numbered list item ("1. ### Question").
struct Heading {
    int level = 0;
    std::string text;      ///< cleaned: no `#`s, no whole-text bold, no empty anchors
    bool in_list = false;  ///< written as "N. ### text"
};

bool is_digit(char c);
std::string lower(std::string_view s);
/// Length of a "12." or "12)" list marker followed by a space at the start of `s`, or 0.
std::size_t number_marker(std::string_view s);
/// Length of a numbered ("12. ") or bullet ("- ", "* ", "+ ") list marker at the start of `s`, or 0.
std::size_t list_marker(std::string_view s);
std::string trim(std::string_view s);
/// `s` without emphasis around all of it ("**_What is X?_**" -> "What is X?"; "*a* or *b*" stays).
std::string unwrap_emphasis(std::string s);
std::optional<Heading> parse_heading(std::string_view line);

/// Length of a leading "Question" word (any case), or of its German, Spanish, Portuguese,
/// Italian, Dutch or Swedish form ("Frage", "Pregunta", "Pergunta", "Domanda", "Vraag",
/// "Fråga"); 0 when `s` starts otherwise.
std::size_t question_word(std::string_view s);

/// Whether `text` is a question label and number alone ("Question 1", "Q.2", "Frage 3:"): the
/// question follows on the lines below.
bool is_bare_label(std::string_view text);

/// The question of a question heading: "Q1: text", "1. text", "Question 1: text" ("Frage 1: text"...) at level
/// 3 or deeper, or any heading inside a numbered list item; a bare label at level 2 or deeper
/// ("## Question 1", see is_bare_label) as it is. nullopt for other headings.
std::optional<std::string> question_text(const Heading& h);

/// Whether `text` asks: it ends with '?', or it is a prompt that opens with a verb such as
/// "Explain X", "Describe ...", "Compare ..." (also German, Spanish, French), or "List the ...",
/// "Tell me ...", "Design a ..." (such verbs need an article next, or a ':' or '.' at the end),
/// or "Difference between X and Y". A prompt verb alone with one word ("Explain Plan") or in
/// capitals ("EXPLAIN ANALYZE", SQL) does not ask.
bool asks(std::string_view text);

/// For documents whose question headings carry no number (see has_numbered_questions): the
/// question of a line that asks one ("**Q: text**", "**Q1:** text", "Q2) text", "Question 3:
/// text", "**4. text?**", "5. **text?**"), or nullopt. With `bare_bold` (for documents whose
/// headings ask nothing: in the others such lines are part of answers) also "- **text?**" and
/// "**text?**", and bold prompts ("- **Tell me about yourself:**", "2. **Explain X.**"; see asks).
/// A labelled or numbered bold question may have its answer after it on its line ("**Q: What is
/// X?** Y.", "**1. What is X?** Y."): that text goes to `answer` ("" when there is none).
std::optional<std::string> question_line(std::string_view line, bool bare_bold, std::string* answer = nullptr);
/// A question with nothing below it whose line holds its answer too: "What is X? **A:** Y." or
/// "What is X? Y is a ...": the question up to the first '?' outside code that an answer lead
/// or a sentence of three words or more that does not ask follows, and the rest as the answer
/// (its lead dropped, and `*lead_dropped` set when there was one); nullopt when the text holds no
/// answer ("What is X? Why does it matter?").
std::optional<std::pair<std::string, std::string>> split_answer_on_line(std::string_view text, bool* lead_dropped = nullptr);
/// For those documents too: the question of a heading of level 2 or deeper that asks one
/// ("## What is X?", "## Explain X", "### Q: text", "## 1. What is X?" without its number; see asks), or nullopt.
std::optional<std::string> asking_heading(const Heading& h);
/// Whether any heading outside code fences is a numbered question heading (question_text).
bool has_numbered_questions(const std::vector<std::string>& lines);
/// Whether any heading outside code fences asks a question (asking_heading).
bool has_asking_headings(const std::vector<std::string>& lines);
/// `s` without HTML tags (`<b>`, `<strong>`, `<code>`) and with `**` / `__` removed, trimmed.
std::string html_text(std::string_view s);
/// Rewrites each HTML heading on a line of its own outside code (`<h1 align="center">Title</h1>`,
/// `<h3>What is X?</h3>`) into an ATX heading (`# Title`, `### What is X?`); returns how many.
int html_headings_to_atx(std::vector<std::string>& lines);
/// Rewrites each line outside code that is all one HTML bold (`<b>Q1. What is X?</b><br>`, as
/// forum and blog exports write questions; `<strong>` too, trailing `<br>`s aside) into Markdown
/// bold (`**Q1. What is X?**`); returns how many.
int html_bold_lines_to_markdown(std::vector<std::string>& lines);
/// Drops the `<br>` tags that end a paragraph outside code ("It combines rows.<br><br>", as
/// forum exports end each), where they break no line; returns how many lines.
int drop_closing_breaks(std::vector<std::string>& lines);
/// Rewrites a setext title (`Title` over `=====`) that opens the document (blank lines aside)
/// into a `# Title` line; returns whether there was one.
bool setext_title_to_heading(std::vector<std::string>& lines);
/// Rewrites each `<details>` block whose `<summary>` asks (see asks) into a question line
/// ("Q: summary") followed by the block's content, dropping its `</details>`; returns how many.
/// For documents without numbered question headings (there a `<details>` is answer content).
int details_to_questions(std::vector<std::string>& lines);
/// Unwraps each `<details>` block whose summary labels an answer ("Answer", "Show solution"; one
/// that asks is a question, see details_to_questions): its `<details>`, `<summary>`, lone `<p>` /
/// `</p>` and `</details>` lines go, and its headings ("#### Answer: B") become bold lines, so
/// that they neither open sections nor show as HTML; returns how many.
int answer_details_to_content(std::vector<std::string>& lines);
/// The rewriting passes below keep the document's line count (so that remarks name the lines of
/// the document): a line that becomes several holds them joined by '\n'.
/// Rewrites each two-column Q&A table (a header row naming a question and an answer column,
/// such as "| Question | Answer |" or "| Term | Definition |") into question lines ("Q: cell")
/// each followed by its answer cell (`<br>` as line breaks) and a list of its other cells
/// ("- **Difficulty:** Easy"; a row-number column aside); returns how many rows.
int tables_to_questions(std::vector<std::string>& lines);
/// Rewrites each list item that asks ("1. What is X?", "- What is X?") followed by a block quote
/// into a question line and the quote's text as its answer; returns how many.
int quoted_answers_to_questions(std::vector<std::string>& lines);
/// Takes each block quote that opens with a labelled question line ("> **Q:** What is X?",
/// "> Q1. text") out of its quote, so that it is a question and the rest of the quote its answer;
/// returns how many.
int quoted_questions_to_lines(std::vector<std::string>& lines);
/// Rewrites each numbered list item that asks ("1. What is X?") followed by text indented under
/// it into a question line, the indented text its answer; returns how many. With `bullets`, bullet
/// items too ("- What is X?" over an indented answer: Notion's toggle lists, outlines), for
/// documents in which nothing else was found to ask.
int indented_answers_to_questions(std::vector<std::string>& lines, bool bullets = false);
/// Rewrites each term of a definition list ("Latency" over ": The time a packet takes", Pandoc
/// and PHP Markdown Extra; a blank line may part them) into a question line ("Q: Latency"), its
/// definitions (without their ": ") the answer; returns how many terms.
int definition_lists_to_questions(std::vector<std::string>& lines);
/// Rewrites each line that is a question label alone ("**Question 1**", "Q2:", "Frage 3", see
/// is_bare_label), with the question in the paragraph below it, into a question line holding that
/// paragraph (as Word documents write them); returns how many.
int bare_label_lines_to_questions(std::vector<std::string>& lines);
/// Rewrites each unindented numbered item that asks and stands alone ("1. What is X?" over a
/// blank line and an unindented paragraph, with no numbered item just above or below it) into a
/// question line, the text after it its answer; returns how many, none unless there are two or
/// more (one is more likely a list in an answer). For documents in which none of the shapes
/// above was found (Google Docs exports number questions so).
int lone_numbered_questions_to_lines(std::vector<std::string>& lines);
/// Replaces the tabs that indent each line outside code by spaces up to CommonMark's tab stops
/// of 4 ("- Q?" over "\t- answer", as many editors indent), so that indentation reads the same
/// everywhere; returns how many lines.
int expand_indenting_tabs(std::vector<std::string>& lines);
/// Drops the backslash of each escaped number that opens a line outside code ("1\. What is X?",
/// "2\) text": Google Docs and Pandoc escape a number typed as text so), so that it reads as the
/// numbered line it shows; returns how many.
int unescape_list_numbers(std::vector<std::string>& lines);
/// Rewrites remote images outside code (`![alt](https://...)`, which a bank cannot show) into
/// links (`[alt](https://...)`), and a badge (`[![alt](https://...svg)](target)`) into its link
/// text; returns the numbers (1-based) of the lines it changed.
std::vector<int> remote_images_to_links(std::vector<std::string>& lines);
/// Rewrites Obsidian syntax outside code: a callout's `> [!tip] Title` line into `> **Title**\`
/// (the type when there is no title; a hard line break before its text), and wiki links
/// `[[Page|text]]` into their text, and a MkDocs admonition (`!!! note "Title"` over a body
/// indented by 4) into such a block quote; returns how many.
int obsidian_to_markdown(std::vector<std::string>& lines);
/// Rewrites fenced divs outside code: a callout (`::: {.callout-tip title="T"}` in Quarto, or its
/// title in a heading on its first line; `:::tip T` in Docusaurus) into a block quote with a bold
/// title line like an Obsidian callout, any other div (`::: {.columns}`) into its content; the
/// `:::` lines become blank. Returns how many divs.
int fenced_divs_to_markdown(std::vector<std::string>& lines);
/// Rewrites each code fence's braced language (R Markdown, Quarto and Pandoc: ```` ```{r} ````,
/// ```` ```{python echo=FALSE} ````, ```` ```{.js} ````) into the plain one (```` ```r ````);
/// returns how many.
int braced_code_languages(std::vector<std::string>& lines);
/// Rewrites each Notion callout (`<aside>` and `</aside>` on lines of their own around its text,
/// "💡 Tip ...") into a block quote of its text; returns how many.
int notion_asides_to_quotes(std::vector<std::string>& lines);
/// The text of a setext heading ("Title" over "-----" or "=====", after a blank line) that ends
/// `lines` (blank lines after it aside), removed with them (`removed` lines); nullopt, and
/// `lines` untouched, when they end otherwise.
std::optional<std::string> take_setext_title(std::vector<std::string>& lines, int& removed);

/// A category title without its leading number ("1. Python" -> "Python").
std::string category_title(const std::string& heading_text);

/// Tracks fenced code blocks: returns true while `line` is inside or delimits a fence.
class FenceTracker {
public:
    bool inside_after(std::string_view line);

private:
    std::string marker_;  ///< "```" or "~~~" (with its length) while inside a fence
};

bool is_separator(std::string_view line);     ///< `---`, `***`, `___` thematic breaks
bool is_back_to_top(std::string_view line);   ///< a line that is only a "back to top" link
bool is_toc_entry(std::string_view line);     ///< a list item or table row of `(#anchor)` links
bool is_empty_anchor(std::string_view line);  ///< only `<a name="x"></a>` (a README's link target)
bool is_table_row(std::string_view line);     ///< starts with `|`
bool is_blank(std::string_view line);

/// Removes an `**A:**` / `**Answer:**` / `A:` / `Ans.` lead (or "Antwort:", "Respuesta:", "Réponse:"...)
/// from the first non-blank line; returns
/// whether one was found.
bool strip_answer_lead(std::vector<std::string>& lines);

/// Removes the indentation common to all non-blank lines (README answers nested in a list).
void dedent(std::vector<std::string>& lines);

/// Drops leading and trailing blank lines.
void trim_blank_lines(std::vector<std::string>& lines);

std::string join_lines(const std::vector<std::string>& lines);

}  // namespace deckpress::bank::importer
