// outputs: double-sided printable flashcards (question front, answer back) and a calibration sheet.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "layout/engine.hpp"
#include "layout/frame.hpp"
#include "outputs/cards_geometry.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::outputs {

/// The `cards:` section of a layout file (sizes in points unless named otherwise). The answer
/// text uses the layout's `text:` size, shrunk down to `text.min_size` when it must.
struct CardsOptions {
    CardGrid grid;
    double padding = 14;             ///< inside each card
    double question_size = 15;       ///< the question on the front, largest
    double question_min_size = 9;    ///< ... and smallest
    double label_size = 6.5;         ///< corner labels (category, level, number, deck title)
    double size_step = 0.25;         ///< granularity of the font-size search
    Flip flip = Flip::LongEdge;
    Point back_offset_mm;            ///< shifts back pages only
    bool full_answers = false;       ///< `answer: full` (default `short`)
    bool center_answer = true;       ///< centre a one-card answer vertically
    bool cut_marks = true;
    double cut_mark_length = 14;
    double cut_mark_gap = 4;         ///< between a card edge and its cut mark
    double cut_mark_width = 0.4;
};

/// Reads the layout's `cards:` section strictly (unknown keys, bad lengths, a grid that does
/// not fit the page inside its margins are reported to `diags`).
CardsOptions cards_options(const layout::LayoutFile& layout, Diagnostics& diags);

/// Command-line overrides of the layout's choices.
struct CardsRequest {
    std::optional<Flip> flip;
    std::optional<Point> back_offset_mm;
    bool full_answers = false;
};

/// One printed card (a question, or one part of a question whose answer needed several cards).
struct CardRecord {
    const Entry* entry = nullptr;
    int part = 1;
    int parts = 1;
    double font_size = 0;      ///< answer text size on the back
    double question_size = 0;  ///< question size on the front
    int sheet = 0;             ///< 0-based sheet of paper
    int front_page = 0;        ///< 1-based page in the interleaved document
    Rect front;
    int back_page = 0;
    Rect back;                 ///< offset applied
};

/// Laid-out cards: one front and one back page per sheet (fold layouts: fronts only, each page
/// holding its backs), plus what went where.
struct CardDeck {
    CardsOptions options;
    std::vector<layout::Frame> fronts;
    std::vector<layout::Frame> backs;  ///< empty for fold layouts
    std::vector<CardRecord> cards;
    layout::Metadata meta;
    bank::Labels labels;  ///< the bank's words, for the titles of the fronts and backs documents
};

/// Lays out a card per selected question (more when an answer must continue). Errors (a
/// question that cannot fit at the smallest size) go to `diags`.
CardDeck build_cards(const Prepared& prepared, const std::vector<const Entry*>& entries,
                     const layout::LayoutFile& layout, layout::Engine& engine,
                     const CardsRequest& request, Diagnostics& diags);

/// Pages for an automatic duplex printer: front 1, back 1, front 2, back 2...
layout::Document duplex_document(const CardDeck& deck);
/// Manual duplex: the fronts in order, and the backs in the order they are re-fed (last
/// sheet first: the printed stack goes back into the tray as it came out).
layout::Document fronts_document(const CardDeck& deck);
layout::Document backs_document(const CardDeck& deck);

/// Lines naming every shrunk or split card ("#12 fastapi-depends: shrunk to 8.5 pt").
std::vector<std::string> fit_summary(const CardDeck& deck, double layout_size);

/// The geometry report as JSON (points, top-left origin, pages from 1). With `manual`, pages
/// count within the fronts and backs files.
std::string cards_report(const CardDeck& deck, bool manual);

/// A two-page sheet (front, back) with crosshairs and millimetre rulers for measuring the
/// printer's back-side offset.
layout::Document calibration_sheet(const layout::LayoutFile& layout, layout::Engine& engine,
                                   const CardsRequest& request, Diagnostics& diags);

}  // namespace deckpress::outputs
