// core: line endings of text files (LF, CRLF and the lone CR of classic Mac OS).
#include "core/line_endings.hpp"

namespace deckpress {

std::string lone_cr_to_lf(std::string text) {
    for (std::size_t i = text.find('\r'); i != std::string::npos; i = text.find('\r', i + 1))
        if (i + 1 == text.size() || text[i + 1] != '\n') text[i] = '\n';
    return text;
}

}  // namespace deckpress
