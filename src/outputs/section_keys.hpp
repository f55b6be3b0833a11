// outputs: reading flags, bounded numbers, lengths and whole numbers from an output's section of a layout file.
#pragma once

#include "bank/yaml_tree.hpp"

namespace deckpress::outputs {

/// Sets `out` from the flag `key` of `section` when the key is there; a value that is not a
/// flag is reported to `diags` and leaves `out` as it was.
void read_flag(const yaml::Node& section, const char* key, bool& out, Diagnostics& diags);

/// Sets `out` from the number `key` of `section` when the key is there; a value that is not a
/// number in [min, max] is reported to `diags` and leaves `out` as it was.
void read_number(const yaml::Node& section, const char* key, double& out, double min, double max,
                 Diagnostics& diags);

/// Sets `out` (points) from the length `key` of `section` when the key is there: a number of
/// points or a length with its unit ("14pt", "5mm"); a value that is neither, or is outside
/// [min, max] points, is reported to `diags` and leaves `out` as it was.
void read_length(const yaml::Node& section, const char* key, double& out, double min, double max,
                 Diagnostics& diags);

/// Sets `out` from the whole number `key` of `section` when the key is there; a value that is
/// not a whole number in [min, max] is reported to `diags` and leaves `out` as it was.
void read_int(const yaml::Node& section, const char* key, int& out, long long min, long long max,
              Diagnostics& diags);

}  // namespace deckpress::outputs
