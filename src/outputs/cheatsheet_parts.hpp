// outputs: the cheat sheet's body at one base size, and its page furniture (internal).
#pragma once

#include <vector>

#include "layout/blocks.hpp"
#include "outputs/cheatsheet.hpp"

namespace deckpress::outputs {

/// What the cheat sheet's body is made of, fixed before the fit search (answers chosen once).
struct CheatContent {
    const Prepared* prepared = nullptr;
    std::vector<const Entry*> entries;
    std::vector<doc::Blocks> answers;  ///< one per entry, see cheat_answer
    const layout::LayoutFile* layout = nullptr;
    CheatsheetOptions options;
};

/// Sets the whole body (notes as panels, category bands, entries) at `env.size` into one
/// column-wide stack. `diags` receives missing-glyph warnings (nullptr: silent, for probes).
layout::Stack cheat_stack(const CheatContent& content, const layout::SetterEnv& env, Diagnostics* diags);

/// Background, header (title, question count) and footer (subtitle, "page x of y").
/// `diags` receives missing-glyph warnings about the bank's title and subtitle.
void decorate_cheatsheet(std::vector<layout::Frame>& pages, const CheatContent& content,
                         const layout::SetterEnv& env, Diagnostics& diags);

}  // namespace deckpress::outputs
