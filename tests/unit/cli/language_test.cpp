// tests/cli: a bank's 'language' decides which patterns hyphenate its words, in every output.
#include <doctest/doctest.h>

#include <cmath>
#include <map>
#include <memory>
#include <vector>

#include "patho_util.hpp"
#include "support/pdf_words.hpp"
#include "text/hyphenate.hpp"

using namespace deckpress::test;
namespace fs = std::filesystem;

namespace {

/// French prose that the English patterns cut where French does not ("atom-ique", "supplé-
/// mentaires") in the narrow columns of a tablet reader.
const char* kFrench =
    "Une transaction est une unité de travail atomique : elle réussit entièrement ou échoue "
    "entièrement. Une implémentation élémentaire nécessite également des vérifications "
    "supplémentaires, et les caractéristiques d'internationalisation sont à considérer. ";

/// German prose with long compounds, which loose lines would show without hyphens.
const char* kGerman =
    "Die Datenbankverbindung wird von der Verbindungsverwaltung wiederverwendet, damit die "
    "Antwortzeiten der Anwendungsschnittstelle auch unter Höchstlast gleichmäßig bleiben. "
    "Eine Geschwindigkeitsbegrenzung schützt die nachgelagerten Dienstleistungsanbieter vor "
    "Überlastungserscheinungen, und die Zusammenarbeit der Entwicklungsabteilungen verbessert "
    "die Fehlerbehandlungsstrategie. ";

/// Russian (Cyrillic) prose.
const char* kRussian =
    "Транзакция представляет собой неделимую последовательность операций: программирование "
    "распределённых приложений требует согласованности, а электростанция данных обеспечивает "
    "непрерывность обслуживания пользователей и достопримечательную производительность. ";

/// bank_with_answer's bank, with `language:` in its bank.yaml.
fs::path bank_in_language(const std::string& language, const std::string& name, const std::string& answer) {
    fs::path bank = bank_with_answer(name, answer);
    write_text_file(bank / "bank.yaml", "title: Pathological\nlanguage: " + language + "\ncategories: [p]\n");
    return bank;
}

std::string repeated(const char* text, int times) {
    std::string out;
    for (int i = 0; i < times; ++i) out += text;
    return out;
}

/// The words the reader's pages cut at a line's end, as "before-after" (pdftotext -raw keeps
/// the hyphen at the line's end), but those that go on in the next column.
std::vector<std::string> cut_words(const fs::path& bank, const std::string& name = "reader.pdf") {
    fs::path pdf = bank.parent_path() / "out" / name;
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    std::string text = run_capture("pdftotext -q -raw " + shell_quote(pdf.string()) + " -");
    std::vector<std::string> cuts;
    for (std::size_t at = text.find("-\n"); at != std::string::npos; at = text.find("-\n", at + 1)) {
        std::size_t begin = text.find_last_of(" \n", at - 1) + 1;
        std::size_t end = text.find_first_of(" \n,.:", at + 2);
        std::string after = text.substr(at + 2, end - at - 2);
        if (after.empty() || after.starts_with("\xE2")) continue;  // the word goes on in the next column ("↑")
        cuts.push_back(text.substr(begin, at - begin) + "-" + after);
    }
    return cuts;
}

/// Whether the cut "before-after" is a point the patterns of `language` give the word.
bool patterns_allow(const std::string& language, const std::string& cut) {
    std::size_t hyphen = cut.find('-');
    std::string word = cut.substr(0, hyphen) + cut.substr(hyphen + 1);
    std::unique_ptr<deckpress::text::Hyphenator> hyphenator = deckpress::text::Hyphenator::for_language(language);
    for (int p : hyphenator->points(word))
        if (static_cast<std::size_t>(p) == hyphen) return true;
    return false;
}

}  // namespace

TEST_CASE("a bank in another language is hyphenated with its own patterns, not the English ones") {
    std::string answer = repeated(kFrench, 12);
    fs::path english = bank_with_answer("lang-en", answer);
    std::vector<std::string> english_cuts = cut_words(english);
    CHECK(!english_cuts.empty());  // the same text in a bank without 'language' is

    fs::path french = bank_in_language("fr", "lang-fr", answer);
    std::vector<std::string> french_cuts = cut_words(french);
    CHECK(!french_cuts.empty());
    for (const std::string& cut : french_cuts) {
        CAPTURE(cut);
        CHECK(patterns_allow("fr", cut));
        CHECK(cut != "atom-ique");
    }

    write_text_file(french / "bank.yaml", "title: Pathological\nlanguage: en-GB\ncategories: [p]\n");
    CHECK(cut_words(french) == english_cuts);  // English in any region: the en_US patterns
}

TEST_CASE("German and Russian paragraphs in a narrow reader get hyphenated lines at their patterns' points") {
    for (const auto& [language, text] : {std::pair{"de-DE", kGerman}, std::pair{"ru", kRussian}}) {
        CAPTURE(language);
        fs::path bank = bank_in_language(language, std::string("lang-") + language, repeated(text, 8));
        std::vector<std::string> cuts = cut_words(bank);
        CHECK(cuts.size() >= 5);
        for (const std::string& cut : cuts) {
            CAPTURE(cut);
            CHECK(patterns_allow(language, cut));
        }
    }
}

namespace {

/// Russian technical prose as a bank would hold it: paragraphs of ordinary, long words.
const char* kRussianProse =
    "Асинхронное программирование позволяет одному потоку обслуживать тысячи одновременных соединений, "
    "переключаясь между задачами в моменты ожидания ввода-вывода. Цикл событий следит за готовностью сокетов "
    "и возобновляет сопрограммы, когда данные становятся доступны. Блокирующий вызов внутри сопрограммы "
    "останавливает весь цикл, поэтому тяжёлые вычисления выносят в отдельный пул процессов.\n\n"
    "Индекс в реляционной базе данных ускоряет поиск строк по значению столбца, но замедляет вставку и "
    "обновление, поскольку структуру индекса приходится поддерживать в актуальном состоянии. Составной индекс "
    "эффективен только тогда, когда запрос использует его левые столбцы.\n\n"
    "Микросервисная архитектура разбивает приложение на небольшие независимо развёртываемые сервисы, каждый из "
    "которых владеет собственными данными. Такой подход упрощает масштабирование и позволяет командам работать "
    "параллельно, однако усложняет наблюдаемость, отладку распределённых транзакций и согласованность данных "
    "между сервисами.\n\n"
    "Контейнеризация упаковывает приложение вместе со всеми зависимостями в переносимый образ, который одинаково "
    "запускается на ноутбуке разработчика и на производственном сервере. Оркестратор распределяет контейнеры по "
    "узлам кластера, перезапускает упавшие экземпляры и обеспечивает балансировку нагрузки.\n\n";

/// Lines of the reader-tablet's justified paragraphs (6 x 8 in, margins 0.5 in, 11.5 pt at 1.4)
/// that are not their paragraph's last and end short of the right margin; `lines` counts them all.
int ragged_lines(const PdfText& text, int& lines) {
    constexpr double kLeft = 36, kRight = 396, kLeading = 11.5 * 1.4;
    std::map<std::pair<int, long>, std::pair<double, double>> rows;  // (page, baseline) -> x range
    for (const PdfWord& w : text.words) {
        auto [it, fresh] = rows.try_emplace({w.page, std::lround(w.y_max)}, w.x_min, w.x_max);
        if (!fresh) it->second = {std::min(it->second.first, w.x_min), std::max(it->second.second, w.x_max)};
    }
    int ragged = 0;
    lines = 0;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        auto next = std::next(it);
        if (next == rows.end() || next->first.first != it->first.first) continue;
        const bool body = std::abs(it->second.first - kLeft) < 1.5 && std::abs(next->second.first - kLeft) < 1.5;
        if (!body || next->first.second - it->first.second > kLeading + 1) continue;  // the paragraph ends here
        ++lines;
        if (it->second.second < kRight - 1.5) ++ragged;
    }
    return ragged;
}

}  // namespace

TEST_CASE("justified Russian paragraphs keep their lines justified, not ragged in the middle") {
    // Russian lines hold fewer, longer words than French or Polish ones: at the stretch other
    // languages allow, 73 of 235 lines of such paragraphs in a tablet reader were set ragged in
    // the middle of justified paragraphs (French, Spanish, Polish: 1 of about 220).
    fs::path bank = bank_in_language("ru", "lang-ru-justified", repeated(kRussianProse, 3));
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    int lines = 0;
    const int ragged = ragged_lines(read_pdf_words(pdf.string(), bank.parent_path().string()), lines);
    MESSAGE(ragged << " of " << lines << " lines ragged");
    CHECK(lines > 60);
    CHECK(ragged * 10 < lines);
}

TEST_CASE("banks in several languages rendered in one run come out as each does alone") {
    // One worker Engine sets every bank in turn: its word cache must keep each language's
    // hyphenated shapes apart, whatever order the banks come in.
    std::vector<fs::path> banks;
    for (const auto& [language, text] : {std::pair{"de", kGerman}, std::pair{"", kFrench}, std::pair{"ru", kRussian},
                                         std::pair{"fr", kFrench}}) {
        const std::string name = std::string("mix-") + (*language ? language : "en");
        fs::path bank = bank_with_answer("lang-" + name, repeated(text, 6));
        fs::remove_all(bank.parent_path() / name);
        fs::rename(bank, bank.parent_path() / name);  // a folder name of its own: its subfolder of `together`
        bank = bank.parent_path() / name;
        std::string keys = *language ? std::string("language: ") + language + "\n" : "";
        write_text_file(bank / "bank.yaml", "title: Pathological\n" + keys + "categories: [p]\n");
        banks.push_back(bank);
    }
    fs::path together = scratch_dir("patho-lang-mix") / "together";
    std::vector<std::string> args = {"reader", "--layout", "reader-tablet", "--out", together.string()};
    for (const fs::path& bank : banks) args.insert(args.end(), {"--bank", bank.string()});
    TimedRun all = run_timed(args, source_root());
    REQUIRE_MESSAGE(all.result.exit_code == 0, all.result.err);
    for (const fs::path& bank : banks) {
        CAPTURE(bank);
        fs::path alone = bank.parent_path() / "alone.pdf";
        TimedRun one = render_reader(bank, alone);
        REQUIRE(one.result.exit_code == 0);
        fs::path mixed = together / bank.filename() / "reader-tablet.pdf";
        CHECK_MESSAGE(read_text_file(mixed) == read_text_file(alone), "the PDFs differ");
    }
}

TEST_CASE("a language without installed patterns is a warning at bank.yaml's 'language:', not a failure") {
    fs::path bank = bank_in_language("eo", "lang-eo", repeated(kFrench, 12));
    fs::path pdf = bank.parent_path() / "out" / "reader.pdf";
    TimedRun t = render_reader(bank, pdf);
    REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
    CHECK_MESSAGE(t.result.err.find((bank / "bank.yaml").string() +
                                    ":2:11: warning: no hyphenation patterns for language 'eo' in "
                                    "/usr/share/hyphen (Debian package hyphen-eo): the bank's text is set "
                                    "without hyphenation; install them or change bank.yaml's 'language: eo'") !=
                      std::string::npos,
                  t.result.err);
    std::string text = run_capture("pdftotext -q -raw " + shell_quote(pdf.string()) + " -");
    CHECK(text.find("-\n") == std::string::npos);  // unhyphenated
    CHECK(text.find("atomique") != std::string::npos);

    TimedRun check = run_timed({"check", bank.string()}, source_root());
    CHECK(check.result.exit_code == 0);
    CHECK_MESSAGE(check.result.err.find(":2:11: warning: no hyphenation patterns for language 'eo'") != std::string::npos,
                  check.result.err);
}

TEST_CASE("Chinese, Japanese and Korean banks are not warned about hyphenation patterns, which they do not use") {
    // Was "no hyphenation patterns for language 'zh' ... (Debian package hyphen-zh)": no such package exists.
    for (const char* language : {"zh", "ja-JP", "ko"}) {
        fs::path bank = bank_in_language(language, std::string("lang-") + language, "\u7F13\u5B58\u662F\u4EC0\u4E48\uFF1F");
        TimedRun t = render_reader(bank, bank.parent_path() / "out" / "reader.pdf");
        REQUIRE_MESSAGE(t.result.exit_code == 0, t.result.err);
        CHECK_MESSAGE(t.result.err.find("hyphenation") == std::string::npos, t.result.err);
        TimedRun check = run_timed({"check", bank.string()}, source_root());
        CHECK_MESSAGE(check.result.err.find("hyphenation") == std::string::npos, check.result.err);
    }
}

TEST_CASE("every output tells PDF viewers the bank's language") {
    fs::path bank = bank_in_language("pt_BR", "lang-pdf", "Olá.");
    const std::vector<fs::path> pdfs = render_all(bank);
    for (const fs::path& pdf : pdfs) CHECK_MESSAGE(read_text_file(pdf).find("/Lang (pt-BR)") != std::string::npos, pdf);
    CHECK(pdfs.size() >= 10);
    const fs::path out = bank.parent_path() / "out";
    fs::path english = bank_with_answer("lang-pdf-en", "Hello.");
    TimedRun reader = render_reader(english, out / "en.pdf");
    REQUIRE(reader.result.exit_code == 0);
    CHECK(read_text_file(out / "en.pdf").find("/Lang (en)") != std::string::npos);
}
