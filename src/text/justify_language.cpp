// text: the stretch limit of justified lines by language (long compounds and long Russian words justify looser).
#include "text/justify_language.hpp"

#include <string>

#include "text/hyphen_language.hpp"

namespace deckpress::text {

double max_stretch_for(std::string_view language) {
    static constexpr std::string_view kCompounding[] = {"de", "nl", "sv", "da", "nb", "nn", "no", "is",
                                                        "fi", "et", "hu", "lb", "af", "ru"};
    const std::string base = base_language(language);
    for (std::string_view c : kCompounding)
        if (base == c) return kCompoundMaxStretch;
    return kMaxStretch;
}

}  // namespace deckpress::text
