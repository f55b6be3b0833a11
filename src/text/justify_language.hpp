// text: how loosely a language's justified lines may be set before they are set ragged.
#pragma once

#include <string_view>

namespace deckpress::text {

/// The loosest justified line for most languages, as an adjustment ratio: interword glue
/// stretches by half a space per unit, so 2 lets a space grow to twice its width (TeX's
/// default tolerance allows about the same).
constexpr double kMaxStretch = 2.0;

/// The loosest justified line for languages that join words into long compounds (German,
/// Dutch, the Nordic languages, Finnish, Estonian, Hungarian) and for Russian, whose long
/// inflected words in wide Cyrillic letters do the same: the line breaker's own tolerance
/// (BreakParams::tolerance). Their lines hold fewer, longer words, so fewer spaces share the
/// shortfall: at kMaxStretch about a third of the lines of German answers in a tablet reader
/// came out ragged in the middle of justified paragraphs (Russian: 73 of 235; French, Spanish
/// and Polish about 1 of 220), where a looser justified line reads better than a line that
/// looks like a paragraph's end.
constexpr double kCompoundMaxStretch = 3.0;

/// kCompoundMaxStretch for the languages above (any region), else kMaxStretch.
double max_stretch_for(std::string_view language);

}  // namespace deckpress::text
