// outputs: the PDF metadata every output takes from its bank.
#include "outputs/metadata.hpp"

#include <fmt/format.h>

#include <vector>

namespace deckpress::outputs {

layout::Metadata bank_metadata(const bank::Bank& bank, std::string title, std::string subject) {
    std::vector<std::string> categories;
    for (const bank::Category& c : bank.categories) categories.push_back(c.title);
    layout::Metadata meta;
    meta.title = std::move(title);
    meta.subject = std::move(subject);
    meta.language = bank.language_tag();
    meta.author = bank.author;
    meta.keywords = fmt::format("{}", fmt::join(categories, ", "));
    return meta;
}

}  // namespace deckpress::outputs
