// outputs: reading flags, bounded numbers, lengths and whole numbers from an output's section of a layout file.
#include "outputs/section_keys.hpp"

#include <fmt/format.h>

#include "layout/style.hpp"

namespace deckpress::outputs {

void read_flag(const yaml::Node& section, const char* key, bool& out, Diagnostics& diags) {
    if (const yaml::Node* v = section.find(key))
        if (auto b = yaml::as_bool(*v, diags, fmt::format("'{}'", key))) out = *b;
}

void read_number(const yaml::Node& section, const char* key, double& out, double min, double max,
                 Diagnostics& diags) {
    if (const yaml::Node* v = section.find(key))
        if (auto d = yaml::as_double(*v, diags, fmt::format("'{}'", key), min, max)) out = *d;
}

void read_length(const yaml::Node& section, const char* key, double& out, double min, double max,
                 Diagnostics& diags) {
    if (const yaml::Node* v = section.find(key))
        if (auto pt = layout::as_length(*v, diags, fmt::format("'{}'", key), min, max)) out = *pt;
}

void read_int(const yaml::Node& section, const char* key, int& out, long long min, long long max,
              Diagnostics& diags) {
    if (const yaml::Node* v = section.find(key))
        if (auto n = yaml::as_int(*v, diags, fmt::format("'{}'", key), min, max)) out = static_cast<int>(*n);
}

}  // namespace deckpress::outputs
