// fuzz: bank loader: YAML text -> yaml tree -> bank validation, never a crash or a hang; and
// differential: each file parses to the same tree and diagnostics with and without lifting
// literal blocks out of the text before yaml-cpp (abort on any difference).
//
// Input: the text of bank.yaml, optionally followed by more files, each introduced by a line
// "#@ <name>" (a YAML comment, so a seed stays readable), e.g. "#@ python.yaml".
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <string_view>

#include "bank/bank.hpp"
#include "bank/lift_diff.hpp"

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

/// Aborts, showing both results, when lifting changes how `text` parses.
void require_same_with_lifting(const std::string& name, const std::string& text) {
    deckpress::test::LiftComparison c = deckpress::test::compare_lifting(text, name);
    if (c.same()) return;
    std::fprintf(stderr, "lifting changes the parse of %s:\n%s\n--- without lifting:\n%s--- with lifting:\n%s",
                 name.c_str(), text.c_str(), c.plain.c_str(), c.lifted.c_str());
    std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::map<std::string, std::string> files = split_files(input);
    for (const auto& [name, text] : files) require_same_with_lifting(name, text);
    deckpress::Diagnostics diags;
    deckpress::bank::Bank bank = deckpress::bank::load_bank_texts(files, "fuzz-bank", diags);
    // Touch the result the way the outputs do.
    for (const deckpress::bank::Question* q : bank.all_questions())
        if (q->id.empty() && q->q.empty() && q->a.empty()) diags.warning(q->loc, "empty question");
    for (const auto& d : diags.items()) (void)deckpress::format_diagnostic(d);
    return 0;
}
