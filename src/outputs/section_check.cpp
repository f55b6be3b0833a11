// outputs: checking a layout file's output section as its render will read it.
#include "outputs/section_check.hpp"

#include "outputs/cards.hpp"
#include "outputs/cheatsheet.hpp"
#include "outputs/exam_plan.hpp"
#include "outputs/reader.hpp"

namespace deckpress::outputs {

void check_section(const layout::LayoutFile& layout, Diagnostics& diags) {
    if (layout.kind == "reader") reader_options(layout, diags);
    else if (layout.kind == "cards") cards_options(layout, diags);
    else if (layout.kind == "exam") exam_options(layout, diags);
    else if (layout.kind == "cheatsheet") cheatsheet_options(layout, diags);
}

}  // namespace deckpress::outputs
