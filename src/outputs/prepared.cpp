// outputs: parsing a bank's Markdown once and selecting questions.
#include "outputs/prepared.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "markdown/markdown.hpp"

namespace deckpress::outputs {

namespace {

template <class T>
bool contains(const std::vector<T>& v, const T& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

markdown::Context context(const bank::Bank& bank, SourceLoc loc, std::string subject) {
    return markdown::Context{std::move(loc), bank.dir, std::move(subject)};
}

}  // namespace

Prepared prepare(const bank::Bank& bank, Diagnostics& diags) {
    Prepared p;
    p.bank = &bank;
    int number = 0;
    for (const bank::Category& cat : bank.categories) {
        for (const bank::Question& q : cat.questions) {
            Entry e;
            e.question = &q;
            e.category = &cat;
            e.number = ++number;
            std::string subject = "question " + q.id;
            e.q = markdown::parse_inline(q.q, context(bank, q.loc, subject), diags);
            e.answer = markdown::parse_blocks(q.a, context(bank, q.a_loc, subject), diags);
            if (!q.short_a.empty())
                e.short_answer = markdown::parse_blocks(q.short_a, context(bank, q.short_loc, subject), diags);
            p.entries.push_back(std::move(e));
        }
    }
    for (const bank::Note& note : bank.notes)
        p.notes.push_back({&note, markdown::parse_blocks(note.body, context(bank, note.loc, "note '" + note.title + "'"), diags)});
    return p;
}

void check_filter(const Filter& filter, const bank::Bank& bank, Diagnostics& diags) {
    for (const std::string& c : filter.categories)
        if (!bank.find_category(c)) diags.error({}, fmt::format("--category '{}' matches no category of the bank", c));
    for (const std::string& l : filter.levels)
        if (!bank::parse_level(l))
            diags.error({}, fmt::format("--level '{}' is not beginner, intermediate or advanced", l));
    std::vector<std::string> ids;
    for (const bank::Question* q : bank.all_questions()) ids.push_back(q->id);
    for (const std::string& id : filter.ids)
        if (!contains(ids, id)) diags.error({}, fmt::format("--ids '{}' matches no question of the bank", id));
}

std::vector<const Entry*> select(const Prepared& prepared, const Filter& f) {
    std::vector<const Entry*> out;
    for (const Entry& e : prepared.entries) {
        const bank::Question& q = *e.question;
        if (!f.categories.empty() && !contains(f.categories, q.category)) continue;
        if (!f.levels.empty() && !contains(f.levels, std::string(bank::to_string(q.level)))) continue;
        if (!f.ids.empty() && !contains(f.ids, q.id)) continue;
        if (!f.tags.empty() && std::none_of(q.tags.begin(), q.tags.end(),
                                            [&](const std::string& t) { return contains(f.tags, t); }))
            continue;
        out.push_back(&e);
    }
    return out;
}

std::string level_label(bank::Level level) {
    switch (level) {
        case bank::Level::Beginner: return "Beginner";
        case bank::Level::Intermediate: return "Intermediate";
        case bank::Level::Advanced: return "Advanced";
        case bank::Level::Unset: break;
    }
    return "Unrated";
}

}  // namespace deckpress::outputs
