// outputs: what every output command shares: loading a bank once, naming and saving PDFs.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "bank/bank.hpp"
#include "layout/frame.hpp"
#include "layout/style.hpp"
#include "outputs/prepared.hpp"
#include "text/fonts.hpp"

namespace deckpress::outputs {

/// A bank loaded, validated and parsed. Stable address: Prepared points into the Bank.
struct LoadedBank {
    bank::Bank bank;
    Prepared prepared;
};

/// Loads and parses the bank in `dir`; nullptr when `diags` holds errors afterwards. Warns
/// (at bank.yaml's `language:`) when the bank's language has no hyphenation patterns.
std::unique_ptr<LoadedBank> load_prepared(const std::string& dir, Diagnostics& diags);

/// Warns at bank.yaml's `language:` when the bank's language (other than English) has no
/// usable hyphenation patterns: its text is then set without hyphens (loose justified lines),
/// which its author should know. Loads the patterns (once per process) to find out.
void warn_unhyphenated(const bank::Bank& bank, Diagnostics& diags);

/// The layouts as `bank` is set with them: a bank in a language other than English is
/// hyphenated with its own language's patterns (TextStyle::language), or not at all when none
/// are installed (English ones would cut French "atomique" as "atom-ique").
/// Returns `layouts` itself when nothing changes (English banks).
std::shared_ptr<const std::vector<layout::LayoutFile>> layouts_for_bank(
    std::shared_ptr<const std::vector<layout::LayoutFile>> layouts, const bank::Bank& bank);

/// Whether an --out (or --report) value names a file: it ends in ".pdf" or ".json", in any
/// case ("Exam.PDF" too); anything else is a folder. `pdf_only` accepts ".pdf" alone.
bool names_file(const std::string& out, bool pdf_only = false);

/// Where an output goes. `out` is the --out value ("" for the default `out/`): a path ending
/// in ".pdf" names the file (only allowed when one file is written), anything else a folder.
/// With several banks, each bank gets its own subfolder named after it.
std::string output_path(const std::string& out, const std::string& bank_name, bool several_banks,
                        const std::string& file_name);

/// Paints `doc` and writes it atomically (temporary file + rename): a failure leaves any
/// previous file untouched. While a BackgroundPdfWriter is active on this thread this only queues the
/// document (copied, or moved from the && overload) and returns.
void save_pdf(const layout::Document& doc, const text::FontLibrary& fonts, const std::string& path);
void save_pdf(layout::Document&& doc, const text::FontLibrary& fonts, const std::string& path);

/// While alive, save_pdf hands documents to one background thread that paints and writes them
/// in order, so that the next document is laid out meanwhile (PDF writing is about half of the
/// work). At most two documents are alive: the one being written and the one being laid out.
/// The bytes of each file do not depend on timing. Not nestable; create and use on one thread.
class BackgroundPdfWriter {
public:
    BackgroundPdfWriter();
    /// Waits for the queued files; their errors are dropped unless finish() reported them.
    ~BackgroundPdfWriter();
    BackgroundPdfWriter(const BackgroundPdfWriter&) = delete;
    BackgroundPdfWriter& operator=(const BackgroundPdfWriter&) = delete;

    /// Waits until every queued file is written; rethrows the first write error.
    void finish();
    /// True while a writer is active.
    static bool active();

    struct Impl;

private:
    std::unique_ptr<Impl> impl_;
};

/// Parses a comma-separated list option ("a,b , c" -> {"a", "b", "c"}).
std::vector<std::string> split_list(const std::vector<std::string>& values);

}  // namespace deckpress::outputs
