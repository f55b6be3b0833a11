// tests/bank: furniture labels: built-in translations, plural forms, bank.yaml's `labels:` overrides.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include "bank/labels.hpp"
#include "core/plural.hpp"
#include "temp_bank.hpp"

using namespace deckpress;
using bank::Label;
using deckpress::test::dump;
using deckpress::test::has_diag;

namespace {

const char* const kBuiltIn[] = {"en", "de", "fr", "es", "it", "pt-BR", "pt-PT", "nl", "pl", "sv", "ru", "zh", "zh-Hant", "ja"};

/// A one-category bank whose bank.yaml has `extra` after its title and categories.
bank::Bank load_with(const std::string& extra, Diagnostics& diags) {
    std::string category = "title: P\nquestions:\n" + test::question_yaml("q1");
    return bank::load_bank_texts({{"bank.yaml", "title: T\ncategories: [p]\n" + extra}, {"p.yaml", category}}, "mem",
                                 diags);
}

}  // namespace

TEST_CASE("every built-in language words every label, with its placeholders and its number of forms") {
    for (const char* language : kBuiltIn) {
        CAPTURE(language);
        for (const bank::LabelSpec& spec : bank::label_specs()) {
            CAPTURE(spec.key);
            const char* text = bank::builtin_label(language, spec.label);
            REQUIRE(text != nullptr);
            CHECK(std::string(text).size() > 0);
            std::string allowed = std::string(" ") + spec.placeholders + " ";
            for (const std::string& name : bank::placeholders_in(text))
                CHECK_MESSAGE(allowed.find(" " + name + " ") != std::string::npos, name);
            // Every placeholder the outputs fill shows up (a count without its number reads wrong).
            for (const std::string& name : bank::placeholders_in("{" + std::string(spec.placeholders) + "}"))
                CHECK_MESSAGE(std::string(text).find("{" + name + "}") != std::string::npos, name);
            std::string t = text;
            int forms = static_cast<int>(std::count(t.begin(), t.end(), '|')) + 1;
            CHECK(forms == (spec.counted ? plural_form_count(language) : 1));
        }
    }
}

TEST_CASE("a bank's language picks its built-in words; unknown languages are English") {
    CHECK(bank::Labels()[Label::Contents] == "Contents");
    CHECK(bank::Labels::for_language("de-CH")[Label::Contents] == "Inhalt");
    CHECK(bank::Labels::for_language("fr")[Label::Contents] == "Sommaire");
    CHECK(bank::Labels::for_language("pt-BR")[Label::Contents] == "Sumário");
    CHECK(bank::Labels::for_language("pt")[Label::Contents] == "Sumário");
    CHECK(bank::Labels::for_language("pt_PT")[Label::Contents] == "Índice");
    CHECK(bank::Labels::for_language("pt-PT")[Label::Answer] == "Resposta");  // from pt-BR
    CHECK(bank::Labels::for_language("zh")[Label::Contents] == "\u76EE\u5F55");       // 目录
    CHECK(bank::Labels::for_language("zh-CN")[Label::Contents] == "\u76EE\u5F55");
    CHECK(bank::Labels::for_language("zh-TW")[Label::Contents] == "\u76EE\u9304");    // 目錄
    CHECK(bank::Labels::for_language("zh-Hant-HK")[Label::Contents] == "\u76EE\u9304");
    CHECK(bank::Labels::for_language("ja-JP")[Label::Contents] == "\u76EE\u6B21");    // 目次
    CHECK(bank::Labels::for_language("zh").count(Label::Questions, 1) == "1 \u9053\u9898");  // one form for every number
    CHECK(bank::Labels::for_language("cs")[Label::Contents] == "Contents");
    CHECK(bank::Labels::for_language("cs").count(Label::Questions, 3) == "3 questions");
}

TEST_CASE("counted labels take the form the language's plural rules choose") {
    bank::Labels en;
    CHECK(en.count(Label::Questions, 1) == "1 question");
    CHECK(en.count(Label::Questions, 60) == "60 questions");
    bank::Labels ru = bank::Labels::for_language("ru");
    CHECK(ru.count(Label::Questions, 1) == "1 вопрос");
    CHECK(ru.count(Label::Questions, 3) == "3 вопроса");
    CHECK(ru.count(Label::Questions, 11) == "11 вопросов");
    CHECK(ru.count(Label::Questions, 21) == "21 вопрос");
    CHECK(ru.count(Label::Categories, 12) == "12 категорий");
    bank::Labels pl = bank::Labels::for_language("pl");
    CHECK(pl.count(Label::Questions, 1) == "1 pytanie");
    CHECK(pl.count(Label::Questions, 22) == "22 pytania");
    CHECK(pl.count(Label::Questions, 21) == "21 pytań");
    CHECK(pl.count(Label::Points, 5) == "5 punktów");
    CHECK(bank::Labels::for_language("fr").count(Label::Points, 0) == "0 point");
    CHECK(bank::Labels::for_language("de").count(Label::TimeLimit, 1) == "Bearbeitungszeit: 1 Minute");
}

TEST_CASE("fill replaces the named placeholders only") {
    CHECK(bank::fill("Answer {n}/{total}", {{"n", "2"}, {"total", "3"}}) == "Answer 2/3");
    CHECK(bank::fill("{a} {b} {a}", {{"a", "x"}}) == "x {b} x");
    CHECK(bank::fill("{{n}} {", {{"n", "1"}}) == "{1} {");
    CHECK(bank::fill("no braces", {}) == "no braces");
}

TEST_CASE("bank.yaml's labels replace the built-in words") {
    Diagnostics diags;
    bank::Bank b = load_with("language: de\nlabels:\n  contents: Inhaltsverzeichnis\n  questions: \"{n} Aufgabe|{n} Aufgaben\"\n"
                             "  answer_part: 'Teil {n} von {total}'\n",
                             diags);
    REQUIRE_MESSAGE(!diags.has_errors(), dump(diags));
    CHECK(b.labels[Label::Contents] == "Inhaltsverzeichnis");
    CHECK(b.labels.count(Label::Questions, 1) == "1 Aufgabe");
    CHECK(b.labels.count(Label::Questions, 7) == "7 Aufgaben");
    CHECK(b.labels[Label::AnswerPart] == "Teil {n} von {total}");
    CHECK(b.labels[Label::Notes] == "Hinweise");  // the others stay built in
    Diagnostics english;
    bank::Bank e = load_with("labels: {contents: Overview, questions: '{n} item'}\n", english);
    REQUIRE_MESSAGE(!english.has_errors(), dump(english));
    CHECK(e.labels[Label::Contents] == "Overview");
    CHECK(e.labels.count(Label::Questions, 2) == "2 item");  // one form serves every number
}

TEST_CASE("an unknown label key is an error at its line and column, with a suggestion") {
    Diagnostics diags;
    load_with("labels:\n  contents: Inhalt\n  contnets: Inhalt\n", diags);
    CHECK_MESSAGE(has_diag(diags, "mem/bank.yaml:5:3: error: unknown key 'contnets' in labels (did you mean 'contents'?)"),
                  dump(diags));
}

TEST_CASE("a label with a placeholder it does not fill, or the wrong number of forms, is an error at its value") {
    Diagnostics diags;
    load_with("language: ru\nlabels:\n  sheet: 'лист {page}'\n  questions: '{n} вопрос|{n} вопросов'\n"
              "  contents: 'Содержание {n}'\n  notes: [a]\n",
              diags);
    CHECK_MESSAGE(has_diag(diags, "mem/bank.yaml:5:10: error: label 'sheet' fills {n} and {total}, not '{page}'"),
                  dump(diags));
    CHECK_MESSAGE(has_diag(diags, "mem/bank.yaml:6:14: error: label 'questions' has 2 forms separated by '|', but 'ru' "
                                  "counts with 3 (or give one form for every number)"),
                  dump(diags));
    CHECK_MESSAGE(has_diag(diags, "mem/bank.yaml:7:13: error: label 'contents' fills no placeholders: '{n}' would be "
                                  "printed as it is"),
                  dump(diags));
    CHECK(diags.error_count() == 4);  // and `notes: [a]` is not text
}
