// doc: helpers over the document model.
#include "doc/model.hpp"

namespace deckpress::doc {

std::string plain_text(const std::vector<Span>& spans) {
    std::string out;
    for (const Span& s : spans) out += s.hard_break ? std::string("\n") : s.text;
    return out;
}

}  // namespace deckpress::doc
