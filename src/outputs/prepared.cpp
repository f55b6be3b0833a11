// outputs: parsing a bank's Markdown once and selecting questions.
#include "outputs/prepared.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "bank/yaml_tree.hpp"
#include "core/ordered_tasks.hpp"
#include "markdown/markdown.hpp"

namespace deckpress::outputs {

namespace {

template <class T>
bool contains(const std::vector<T>& v, const T& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

markdown::Context context(const bank::Bank& bank, SourceLoc loc, const TextMap& map, std::string subject) {
    return markdown::Context{std::move(loc), bank.dir, std::move(subject), &map};
}

/// Where a choice's text is in its file, for problems inside it (the question's start when
/// the bank was built without a file).
markdown::Context choice_context(const bank::Bank& bank, const bank::Question& question, const bank::Choice& choice) {
    std::string subject = "choices of " + question.id;
    if (choice.text_loc.file.empty()) return {question.loc, bank.dir, std::move(subject)};
    return context(bank, choice.text_loc, choice.text_map, std::move(subject));
}

/// Markdown is parsed on helper threads only when there is this much in all: cmark parses
/// 1 KB in about 0.03 ms, and starting and joining a thread costs about 0.02 ms.
constexpr std::size_t kMinParallelBytes = 16 * 1024;
/// Threads parsing Markdown, the calling thread included.
constexpr int kMaxParseThreads = 4;

/// The text of 'q' or 'a' that is not empty, yet shows nothing once read as Markdown (an
/// HTML comment, a link reference definition, a no-break space, a rule) is an error, as an
/// empty one is; such a 'short' is a warning and the cards show the answer instead.
void check_shows(const bank::Question& q, Entry& e, Diagnostics& diags) {
    const char* why = "is empty once read as Markdown: nothing in it is shown";
    if (!doc::shows_text(e.q)) diags.error(q.text_loc(), fmt::format("'q' {}", why));
    if (!doc::shows_anything(e.answer)) diags.error(q.a_loc.file.empty() ? q.loc : q.a_loc, fmt::format("'a' {}", why));
    if (!q.short_a.empty() && !doc::shows_anything(e.short_answer)) {
        diags.warning(q.short_loc.file.empty() ? q.loc : q.short_loc,
                      fmt::format("'short' {} (the cards show the answer)", why));
        e.short_answer.clear();
    }
}

Entry parse_entry(const bank::Bank& bank, const bank::Category& cat, const bank::Question& q, Diagnostics& diags) {
    Entry e;
    e.question = &q;
    e.category = &cat;
    std::string subject = "question " + q.id;
    e.q = markdown::parse_inline(q.q, context(bank, q.q_loc, q.q_map, subject), diags);
    e.answer = markdown::parse_blocks(q.a, context(bank, q.a_loc, q.a_map, subject), diags);
    // Parsed with the rest, not when an exam draws the question: `check` and every command
    // report a problem in a choice, as in an answer.
    for (const bank::Choice& choice : q.choices) {
        e.choices.push_back(markdown::parse_inline(choice.text, choice_context(bank, q, choice), diags));
        // An empty text is already an error; one that shows nothing would be a blank answer.
        if (!choice.text.empty() && !doc::shows_text(e.choices.back()))
            diags.error(choice.text_loc.file.empty() ? choice.loc : choice.text_loc,
                        "choice 'text' is empty once read as Markdown: nothing in it is shown");
    }
    if (!q.short_a.empty())
        e.short_answer = markdown::parse_blocks(q.short_a, context(bank, q.short_loc, q.short_map, subject), diags);
    if (!q.q.empty() && !q.a.empty()) check_shows(q, e, diags);  // empty ones are already errors
    return e;
}

PreparedNote parse_note(const bank::Bank& bank, const bank::Note& note, Diagnostics& diags) {
    return {&note, markdown::parse_blocks(note.body, context(bank, note.loc, note.body_map, "note '" + note.title + "'"), diags)};
}

/// One Markdown text set to parse: a question (its text, answer and short answer) or a note.
struct Parse {
    const bank::Category* category = nullptr;  ///< nullptr for a note
    const bank::Question* question = nullptr;
    const bank::Note* note = nullptr;
    Entry entry;
    PreparedNote prepared_note;
    Diagnostics diags;

    std::size_t bytes() const {
        return note ? note->body.size() : question->q.size() + question->a.size() + question->short_a.size();
    }
    void run(const bank::Bank& bank) {
        if (note) prepared_note = parse_note(bank, *note, diags);
        else entry = parse_entry(bank, *category, *question, diags);
    }
};

/// `title` replaced by the text of its inline Markdown (unchanged when it has none).
void read_title(const bank::Bank& bank, std::string& title, const SourceLoc& loc, const std::string& subject,
                Diagnostics& diags) {
    if (title.find_first_of("*_`\\<&[") == std::string::npos) return;  // nothing Markdown reads
    const markdown::Context ctx{loc, bank.dir, subject, nullptr};  // a title is one line: columns shift alike
    const std::vector<doc::Span> spans = markdown::parse_inline(title, ctx, diags);
    if (doc::shows_text(spans)) title = doc::plain_text(spans);  // else the title stays as written
}

void read_titles(bank::Bank& bank, Diagnostics& diags) {
    read_title(bank, bank.title, bank.locs.title, "the bank title", diags);
    read_title(bank, bank.subtitle, bank.locs.subtitle, "the bank subtitle", diags);
    for (bank::Category& c : bank.categories) read_title(bank, c.title, c.title_loc, "category '" + c.id + "'", diags);
    for (bank::Note& n : bank.notes) read_title(bank, n.title, n.title_loc, "a note title", diags);
}

std::vector<Parse> parses_of(const bank::Bank& bank) {
    std::vector<Parse> parses;
    for (const bank::Category& cat : bank.categories)
        for (const bank::Question& q : cat.questions) parses.push_back({&cat, &q, nullptr, {}, {}, {}});
    for (const bank::Note& note : bank.notes) parses.push_back({nullptr, nullptr, &note, {}, {}, {}});
    return parses;
}

}  // namespace

/// The texts are parsed on a few threads, each into diagnostics of its own, which are passed
/// on in bank order: the diagnostics are those of parsing one text after the other.
Prepared prepare(bank::Bank& bank, Diagnostics& diags) {
    read_titles(bank, diags);
    Prepared p;
    p.bank = &bank;
    std::vector<Parse> parses = parses_of(bank);
    std::size_t bytes = 0;
    for (const Parse& parse : parses) bytes += parse.bytes();
    OrderedTasks tasks(parses.size(), [&](std::size_t i) { parses[i].run(bank); },
                       OrderedTasks::helpers_for(parses.size(), bytes, kMinParallelBytes, kMaxParseThreads));
    int number = 0;
    for (std::size_t i = 0; i < parses.size(); ++i) {
        tasks.wait(i);
        Parse& parse = parses[i];
        for (const Diagnostic& d : parse.diags.items()) diags.add(d);
        if (parse.note) {
            p.notes.push_back(std::move(parse.prepared_note));
            continue;
        }
        parse.entry.number = ++number;
        p.entries.push_back(std::move(parse.entry));
    }
    return p;
}

namespace {

/// " (did you mean 'x'?)" for the candidate closest to `word`, else "" or, with `list_all`,
/// " (known: a, b, c)" in their order.
std::string hint(const std::string& word, const std::vector<std::string>& candidates, bool list_all) {
    std::string best = yaml::closest_match(word, candidates);
    if (!best.empty()) return fmt::format(" (did you mean '{}'?)", best);
    return list_all ? fmt::format(" (known: {})", fmt::join(candidates, ", ")) : std::string();
}

}  // namespace

void check_filter(const Filter& filter, const bank::Bank& bank, Diagnostics& diags) {
    SourceLoc at{bank.dir};  // several banks may be rendered: say which one
    std::vector<std::string> categories;
    for (const bank::Category& c : bank.categories) categories.push_back(c.id);
    for (const std::string& c : filter.categories)
        if (!bank.find_category(c))
            diags.error(at, fmt::format("--category '{}' matches no category of the bank{}", c,
                                        hint(c, categories, true)));
    for (const std::string& l : filter.levels)
        if (!bank::parse_level(l))
            diags.error({}, fmt::format("--level '{}' is not beginner, intermediate or advanced", l));
    std::vector<std::string> ids, tags;
    for (const bank::Question* q : bank.all_questions()) {
        ids.push_back(q->id);
        tags.insert(tags.end(), q->tags.begin(), q->tags.end());
    }
    for (const std::string& id : filter.ids)
        if (!contains(ids, id))
            diags.error(at, fmt::format("--ids '{}' matches no question of the bank{}", id, hint(id, ids, false)));
    for (const std::string& tag : filter.tags)
        if (!contains(tags, tag))
            diags.error(at, fmt::format("--tag '{}' matches no tag of the bank{}", tag, hint(tag, tags, false)));
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

std::string level_label(const bank::Labels& labels, bank::Level level) {
    switch (level) {
        case bank::Level::Beginner: return labels[bank::Label::Beginner];
        case bank::Level::Intermediate: return labels[bank::Label::Intermediate];
        case bank::Level::Advanced: return labels[bank::Label::Advanced];
        case bank::Level::Unset: break;
    }
    return labels[bank::Label::Unrated];
}

std::string kind_label(const bank::Labels& labels, bank::Kind kind) {
    switch (kind) {
        case bank::Kind::Concept: return labels[bank::Label::Concept];
        case bank::Kind::Code: return labels[bank::Label::Code];
        case bank::Kind::Scenario: return labels[bank::Label::Scenario];
        case bank::Kind::Behavioral: return labels[bank::Label::Behavioral];
        case bank::Kind::Unset: break;
    }
    return "";
}

}  // namespace deckpress::outputs
