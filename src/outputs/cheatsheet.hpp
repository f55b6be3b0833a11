// outputs: the cheat sheet (every short answer in dense columns, fitted to a page count).
#pragma once

#include <string>
#include <vector>

#include "layout/engine.hpp"
#include "layout/frame.hpp"
#include "layout/style.hpp"
#include "outputs/prepared.hpp"

namespace deckpress::outputs {

/// Which answer text an entry shows.
enum class CheatAnswer { Short, FirstParagraph, Full };

/// Where the bank's notes go (as shaded panels).
enum class CheatNotes { Start, End, None };

/// Options of the `cheatsheet:` section of a layout file.
struct CheatsheetOptions {
    int pages = 0;  ///< pages to fit on (0: no fit search, set at `text.size`)
    SourceLoc pages_loc;  ///< where the layout sets `pages`
    CheatAnswer answer = CheatAnswer::Short;
    bool code_blocks = true;          ///< false: code blocks are left out of answers
    CheatNotes notes = CheatNotes::Start;
    bool numbers = true;              ///< "12." before each question
    double furniture_size = 7;        ///< header and footer text, in points (not fitted)
    double band_scale = 1.05;         ///< category band text / base size
    double entry_gap = 0.55;          ///< space above each question, in ems
    double answer_gap = 0.12;         ///< space between a question and its answer, in ems
    double panel_padding = 0.5;       ///< padding of the note panels, in ems
    double note_scale = 1;            ///< note text / base size (notes are background reading)
};

/// Reads the `cheatsheet:` section (unknown keys and bad values go to `diags`).
CheatsheetOptions cheatsheet_options(const layout::LayoutFile& layout, Diagnostics& diags);

/// Height of the header band and of the footer band inside the content box, in points.
/// Body columns lie between them.
double cheatsheet_band_height(const CheatsheetOptions& options);

/// The answer blocks an entry shows under `options` (short answer, falling back to the first
/// paragraph of the full answer; code blocks removed when `code_blocks` is false).
doc::Blocks cheat_answer(const Entry& entry, const CheatsheetOptions& options);

/// A laid-out cheat sheet and how it was fitted.
struct Cheatsheet {
    layout::Document doc;
    double size = 0;       ///< the base font size used
    int wanted_pages = 0;  ///< the page count asked for (0: none)
    SourceLoc wanted_loc;  ///< where it was asked for: the layout's `pages` (empty: --pages)
    bool fits = true;      ///< false: did not fit on `wanted_pages` even at `text.min_size`
    int probes = 0;        ///< layouts tried by the fit search
};

/// Lays out the cheat sheet for `entries`. `pages` overrides the layout's `pages` when > 0.
/// With a page count, the base size is the largest in [text.min_size, text.size] (to 0.05 pt)
/// at which everything fits; when nothing fits, it is `min_size` on as many pages as needed.
Cheatsheet build_cheatsheet(const Prepared& prepared, const std::vector<const Entry*>& entries,
                            const layout::LayoutFile& layout, layout::Engine& engine, Diagnostics& diags,
                            int pages = 0);

}  // namespace deckpress::outputs
