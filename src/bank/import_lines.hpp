// bank: line classification for the Markdown importer (headings, fences, TOC, noise).
#pragma once

#include <optional>
#include <string>
#include <string_view>
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
std::optional<Heading> parse_heading(std::string_view line);

/// The question of a question heading: "Q1: text", "1. text", "Question 1: text" at level
/// 3 or deeper, or any heading inside a numbered list item. nullopt for other headings.
std::optional<std::string> question_text(const Heading& h);

/// For documents whose question headings carry no number (see has_numbered_questions): the
/// question of a line that asks one ("**Q: text**", "**Q1:** text", "Q2) text", "Question 3:
/// text", "**4. text?**", "5. **text?**"), or nullopt. With `bare_bold` (for documents whose
/// headings ask nothing: in the others such lines are part of answers) also "- **text?**" and
/// "**text?**".
std::optional<std::string> question_line(std::string_view line, bool bare_bold);
/// For those documents too: the question of a heading of level 2 or deeper that asks one
/// ("## What is X?", "### Q: text"), or nullopt.
std::optional<std::string> asking_heading(const Heading& h);
/// Whether any heading outside code fences is a numbered question heading (question_text).
bool has_numbered_questions(const std::vector<std::string>& lines);
/// Whether any heading outside code fences asks a question (asking_heading).
bool has_asking_headings(const std::vector<std::string>& lines);
/// Rewrites each `<details>` block whose `<summary>` asks (ends with '?') into a question line
/// ("Q: summary") followed by the block's content, dropping its `</details>`; returns how many.
/// For documents without numbered question headings (there a `<details>` is answer content).
int details_to_questions(std::vector<std::string>& lines);
/// Rewrites each two-column Q&A table (a header row naming a question and an answer column,
/// such as "| Question | Answer |" or "| Term | Definition |") into question lines ("Q: cell")
/// each followed by its answer cell (`<br>` as line breaks); returns how many rows.
int tables_to_questions(std::vector<std::string>& lines);
/// Rewrites each list item that asks ("1. What is X?", "- What is X?") followed by a block quote
/// into a question line and the quote's text as its answer; returns how many.
int quoted_answers_to_questions(std::vector<std::string>& lines);
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
bool is_table_row(std::string_view line);     ///< starts with `|`
bool is_blank(std::string_view line);

/// Removes an `**A:**` / `**Answer:**` / `A:` lead from the first non-blank line; returns
/// whether one was found.
bool strip_answer_lead(std::vector<std::string>& lines);

/// Removes the indentation common to all non-blank lines (README answers nested in a list).
void dedent(std::vector<std::string>& lines);

/// Drops leading and trailing blank lines.
void trim_blank_lines(std::vector<std::string>& lines);

std::string join_lines(const std::vector<std::string>& lines);

}  // namespace deckpress::bank::importer
