// fuzz: bank loader: YAML text -> yaml tree -> bank validation, never a crash or a hang.
//
// Input: the text of bank.yaml, optionally followed by more files, each introduced by a line
// "#@ <name>" (a YAML comment, so a seed stays readable), e.g. "#@ python.yaml".
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "bank/bank.hpp"

namespace {

/// Splits the input into files at lines starting with "#@ "; the text before the first such
/// line is bank.yaml. A repeated name keeps its first text.
std::map<std::string, std::string> split_files(std::string_view input) {
    std::map<std::string, std::string> files;
    std::string name = "bank.yaml";
    std::string text;
    std::size_t pos = 0;
    while (pos < input.size()) {
        std::size_t end = input.find('\n', pos);
        end = end == std::string_view::npos ? input.size() : end + 1;
        std::string_view line = input.substr(pos, end - pos);
        if (line.starts_with("#@ ")) {
            files.emplace(name, std::move(text));
            text.clear();
            name = std::string(line.substr(3));
            while (!name.empty() && (name.back() == '\n' || name.back() == '\r')) name.pop_back();
        } else {
            text += line;
        }
        pos = end;
    }
    files.emplace(name, std::move(text));
    return files;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    deckpress::Diagnostics diags;
    deckpress::bank::Bank bank = deckpress::bank::load_bank_texts(split_files(input), "fuzz-bank", diags);
    // Touch the result the way the outputs do.
    for (const deckpress::bank::Question* q : bank.all_questions())
        if (q->id.empty() && q->q.empty() && q->a.empty()) diags.warning(q->loc, "empty question");
    for (const auto& d : diags.items()) (void)deckpress::format_diagnostic(d);
    return 0;
}
