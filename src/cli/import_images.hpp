// cli: copying the images an imported document shows into the new bank folder.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "bank/bank.hpp"

namespace deckpress::cli {

/// The relative paths of the images that `![alt](path)` shows in `markdown`, as written
/// (no URLs, no absolute paths, none that leave the folder with `..`).
std::vector<std::string> local_image_paths(const std::string& markdown);

/// Copies each local image of the bank's answers and notes that exists next to the document
/// (in `doc_dir`) to the same relative path in `out`, so that the bank finds it. Returns
/// the paths copied; an image not found stays for the bank check to report.
std::vector<std::string> copy_images(const bank::Bank& bank, const std::filesystem::path& doc_dir,
                                     const std::filesystem::path& out);

}  // namespace deckpress::cli
