// core: line endings of text files (LF, CRLF and the lone CR of classic Mac OS).
#pragma once

#include <string>

namespace deckpress {

/// `text` with every CR that is not followed by LF turned into LF: YAML and CommonMark both
/// end lines at a lone CR, which the loaders (and yaml-cpp) would otherwise read as one long
/// line. CRLF stays as it is; line numbers do not change.
std::string lone_cr_to_lf(std::string text);

}  // namespace deckpress
