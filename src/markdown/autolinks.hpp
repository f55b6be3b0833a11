// markdown: bare web addresses in text (GitHub's extended autolinks), made into links.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace deckpress::markdown::detail {

/// Where a bare address lies in a text: [begin, end) in bytes.
struct Autolink {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The addresses in `text` that GitHub links without brackets: `https://...`, `http://...`
/// and `www....`, at the start of the text or after a space or one of `*_~(`, with a valid
/// domain, up to a space, `<` or a footnote reference, without trailing punctuation (`?!.,:*_~'"`), an unmatched
/// `)` or a trailing entity-like `&name;`.
std::vector<Autolink> find_autolinks(std::string_view text);

/// The link target of an address: "www.x.org" -> "http://www.x.org"; others unchanged.
std::string autolink_url(std::string_view address);

}  // namespace deckpress::markdown::detail
