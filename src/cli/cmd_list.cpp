// cli: `deckpress list`: questions per category and level, as an aligned table.
#include <fmt/format.h>

#include <array>

#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "core/counted.hpp"
#include "core/utf8.hpp"

namespace deckpress::cli {
namespace {

using bank::Level;

/// Question counts indexed by Level (Unset, Beginner, Intermediate, Advanced).
using Counts = std::array<int, 4>;

constexpr std::size_t kMaxTitleWidth = 48;  // keeps the table within 100 columns

/// Terminal columns of a character: 0 for combining marks and zero-width characters, 2 for
/// East Asian wide ones and emoji (as wcwidth says), else 1.
std::size_t char_width(char32_t cp) {
    if ((cp >= 0x300 && cp <= 0x36F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0x20D0 && cp <= 0x20FF) || cp == 0xAD)
        return 0;
    bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F) ||
                (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) ||
                (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
                (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
}

std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for_each_codepoint(s, [&](char32_t cp) { n += char_width(cp); });
    return n;
}

/// Cuts `s` to `width` columns (never inside a character), marking the cut with "…".
std::string fit(const std::string& s, std::size_t width) {
    if (display_width(s) <= width) return s;
    std::string out;
    std::size_t used = 0;
    for (std::size_t pos = 0; pos < s.size();) {
        std::size_t start = pos;
        char32_t cp = next_codepoint(s, pos);
        if (used + char_width(cp) > width - 1) break;
        used += char_width(cp);
        out.append(s, start, pos - start);
    }
    return out + "…";
}

std::string row(const std::string& label, std::size_t width, const Counts& c, bool with_unset) {
    std::string out = fit(label, width);
    out += std::string(width - display_width(out), ' ');
    out += fmt::format("  {:>8}  {:>12}  {:>8}", c[1], c[2], c[3]);
    if (with_unset) out += fmt::format("  {:>5}", c[0]);
    return out + fmt::format("  {:>5}\n", c[0] + c[1] + c[2] + c[3]);
}

void print_table(const bank::Bank& bank) {
    std::vector<Counts> per_category;
    Counts total{};
    std::size_t width = 8;  // "category"
    for (const auto& cat : bank.categories) {
        Counts c{};
        for (const auto& q : cat.questions) ++c[static_cast<std::size_t>(q.level)];
        for (std::size_t i = 0; i < c.size(); ++i) total[i] += c[i];
        per_category.push_back(c);
        width = std::max(width, std::min(display_width(cat.title), kMaxTitleWidth));
    }
    bool with_unset = total[0] > 0;
    fmt::print("{}: {}\n", bank.name, bank.title);
    std::string header = fmt::format("{:<{}}  {:>8}  {:>12}  {:>8}", "category", width, "beginner",
                                     "intermediate", "advanced");
    fmt::print("{}{}  {:>5}\n", header, with_unset ? fmt::format("  {:>5}", "unset") : "", "total");
    for (std::size_t i = 0; i < bank.categories.size(); ++i)
        fmt::print("{}", row(bank.categories[i].title, width, per_category[i], with_unset));
    fmt::print("{}", row("total", width, total, with_unset));
}

int run_list(const Args& args) {
    bool failed = false;
    bool first = true;
    for (const std::string& dir : banks_to_use(args)) {
        Diagnostics diags = make_diagnostics(args);
        bank::Bank bank = bank::load_bank(dir, diags);
        if (diags.has_errors()) {
            print_diagnostics(diags);
            report_error(
                fmt::format("{}: not listed: {} (run 'deckpress check')\n", bank.name, counted(diags.error_count(), "error", "errors")));
            failed = true;
            continue;
        }
        if (!first) fmt::print("\n");
        first = false;
        print_table(bank);
    }
    return failed ? 1 : 0;
}

}  // namespace

Command list_command() {
    return {"list",
            "count questions per category and level",
            "deckpress list [BANK] [--bank DIR]",
            "Prints one table per bank: a row per category (in bank order), a column per\n"
            "level (plus 'unset' when some questions have no level) and the totals.",
            {bank_option()},
            1,
            run_list};
}

}  // namespace deckpress::cli
