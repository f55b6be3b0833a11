// cli: `deckpress list`: questions per category and level, as an aligned table.
#include <fmt/format.h>

#include <array>

#include "cli/command.hpp"
#include "cli/progress.hpp"
#include "core/counted.hpp"

namespace deckpress::cli {
namespace {

using bank::Level;

/// Question counts indexed by Level (Unset, Beginner, Intermediate, Advanced).
using Counts = std::array<int, 4>;

constexpr std::size_t kMaxTitleWidth = 48;  // keeps the table within 100 columns

std::size_t display_width(const std::string& s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
    return n;
}

/// Cuts `s` to `width` characters (never inside a UTF-8 sequence), marking the cut with "…".
std::string fit(const std::string& s, std::size_t width) {
    if (display_width(s) <= width) return s;
    std::string out;
    std::size_t chars = 0;
    for (char c : s) {
        bool starts_char = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        if (starts_char && ++chars > width - 1) break;
        out += c;
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
