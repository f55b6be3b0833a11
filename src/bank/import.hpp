// bank: `deckpress import`: a Q&A Markdown document -> a bank (model and YAML files).
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "bank/bank.hpp"

namespace deckpress::bank {

/// What the importer left out or changed, so that nothing disappears silently.
struct ImportSummary {
    int toc_entries = 0;         ///< table-of-contents links dropped
    int back_to_top_links = 0;   ///< "back to top" links dropped
    int separators = 0;          ///< `---` rules between questions/sections dropped
    int answer_leads = 0;        ///< `**A:**` leads dropped
    int mojibake_repairs = 0;    ///< cp1252-decoded UTF-8 sequences repaired
    std::vector<std::string> remarks;  ///< other decisions, one sentence each
};

struct ImportResult {
    Bank bank;  ///< categories, questions (id, q, a; level/kind unset), notes
    ImportSummary summary;
};

/// Parses a Q&A document. Recognises (1) `## **N. Category**` / `### **QN: question**`
/// documents with `**A:**` leads and `---` separators, and (2) README collections with
/// `## Category`, `1. ### Question` or `### 1. Question` headings, a table of contents and
/// "back to top" links. Text before the first category, category introductions and
/// sections without questions become notes. `fallback_title` is used when the document
/// has no `# Title` line; `source` is recorded as the bank's source. `text` must be valid
/// UTF-8 (check it with utf8::find_invalid first, as `deckpress import` does).
ImportResult import_markdown(std::string_view text, const std::string& fallback_title,
                             const std::string& source);

/// The bank as YAML files: {"bank.yaml", text} then one `<category>.yaml` per category.
/// `load_bank` reads them back without errors.
std::vector<std::pair<std::string, std::string>> emit_bank_files(const Bank& bank);

/// A slug of at most `max_words` meaningful words of `text` ("What is FastAPI?" -> "fastapi").
std::string make_slug(std::string_view text, int max_words);

}  // namespace deckpress::bank
