// render: painters that turn laid-out documents into bytes (PDF via libharu, or a text trace).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "layout/frame.hpp"
#include "text/fonts.hpp"

namespace deckpress::render {

struct PdfOptions {
    /// Seconds since the epoch for CreationDate; none means no date (byte-identical output).
    std::optional<long long> creation_time;
};

/// The last second a PDF date can hold, 9999-12-31T23:59:59Z (its year has four digits).
constexpr long long kLastPdfSecond = 253402300799;

/// A SOURCE_DATE_EPOCH value as seconds: decimal digits only, from 0 to kLastPdfSecond;
/// none for anything else (a sign, a fraction, spaces, an overflow, a later year).
std::optional<long long> parse_source_date_epoch(std::string_view text);

/// Reads SOURCE_DATE_EPOCH from the environment (none when unset or not a valid value:
/// the commands check it first and refuse a bad one).
PdfOptions pdf_options_from_environment();

/// Paints `doc` as a PDF: fonts subset to the glyphs used with a correct ToUnicode map,
/// internal links and bookmarks resolved to their anchors, URI links, metadata.
/// Throws std::runtime_error naming the libharu call that failed.
std::string write_pdf(const layout::Document& doc, const text::FontLibrary& fonts,
                      const PdfOptions& options = {});
/// The same, with the font file of each FontId (`font_paths[id]`) instead of the library: a
/// snapshot that another thread may paint from while the library keeps loading faces.
std::string write_pdf(const layout::Document& doc, const std::vector<std::string>& font_paths,
                      const PdfOptions& options = {});
/// The same, consuming `doc`: its pages are freed once libharu holds them, before the PDF is
/// compressed and serialised, which lowers the peak memory of big documents.
std::string write_pdf(layout::Document&& doc, const std::vector<std::string>& font_paths,
                      const PdfOptions& options = {});

/// Paints `doc` as a plain-text trace: one line per page, font change, text run, fill, line,
/// link and anchor, coordinates rounded to 0.01 pt. Used by golden tests.
std::string write_trace(const layout::Document& doc, const text::FontLibrary& fonts);

}  // namespace deckpress::render
