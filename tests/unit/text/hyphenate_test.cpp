// tests/text: hyphenation points from libhyphen with the en_US patterns.
#include <doctest/doctest.h>

#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "text/hyphenate.hpp"
#include "hyphenated.hpp"

using deckpress::text::Hyphenator;
using deckpress::text::testing::hyphenated;

TEST_CASE("technical words hyphenate as the en_US patterns say") {
    Hyphenator h;
    CHECK(hyphenated(h, "asynchronous") == "asyn-chro-nous");
    CHECK(hyphenated(h, "microservices") == "mi-croser-vices");
    CHECK(hyphenated(h, "containerization") == "con-tainer-iza-tion");
    CHECK(hyphenated(h, "kubernetes") == "ku-ber-netes");
    CHECK(hyphenated(h, "idempotent") == "idem-po-tent");
    CHECK(h.points("microservices") == std::vector<int>{2, 8});
}

TEST_CASE("capitalised words are lowercased first") {
    Hyphenator h;
    CHECK(hyphenated(h, "Asynchronous") == "Asyn-chro-nous");
    CHECK(hyphenated(h, "KUBERNETES") == "KU-BER-NETES");
}

TEST_CASE("short words and words with non-letters get no points") {
    Hyphenator h;
    CHECK(h.points("data").empty());
    CHECK(h.points("").empty());
    CHECK(h.points("http2server").empty());
    CHECK(h.points("don't-care").empty());
    CHECK(h.points("na\xc3\xafvet\xc3\xa9").empty());
}

TEST_CASE("at least two letters stay before and three after a break") {
    Hyphenator h;
    for (const char* word : {"asynchronous", "containerization", "idempotent", "representation",
                             "interoperability", "acknowledgement"}) {
        std::string w = word;
        for (int p : h.points(w)) {
            CAPTURE(w);
            CHECK(p >= 2);
            CHECK(p <= static_cast<int>(w.size()) - 3);
        }
    }
}

TEST_CASE("a missing dictionary throws") {
    CHECK_THROWS_AS(Hyphenator("/nonexistent/hyph.dic"), std::runtime_error);
}

TEST_CASE("Hyphenators created on several threads share the default dictionary and agree") {
    const std::vector<std::string> words = {"asynchronous", "microservices", "containerization",
                                            "kubernetes", "idempotent", "interoperability"};
    std::vector<std::vector<std::string>> results(4);
    std::vector<std::thread> threads;
    for (std::size_t t = 0; t < results.size(); ++t)
        threads.emplace_back([&, t] {
            Hyphenator h;  // created at the same time as the others: one loads, the rest wait
            for (int round = 0; round < 50; ++round)
                for (const std::string& w : words) results[t].push_back(hyphenated(h, w + (round % 2 ? "" : "s")));
        });
    for (std::thread& t : threads) t.join();
    Hyphenator alone;
    CHECK(hyphenated(alone, "microservices") == "mi-croser-vices");
    for (std::size_t t = 1; t < results.size(); ++t) CHECK(results[t] == results[0]);
    CHECK(results[0][words.size() + 1] == "mi-croser-vices");  // round 1, no suffix
}

TEST_CASE("a missing dictionary still throws after the default one was loaded") {
    Hyphenator shared;
    CHECK(!shared.points("asynchronous").empty());
    CHECK_THROWS_AS(Hyphenator("/nonexistent/hyph.dic"), std::runtime_error);
}
