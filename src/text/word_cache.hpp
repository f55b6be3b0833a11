// text: shapes of words already set, per font chain and break rules, reused at any size (internal).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <cstdint>
#include <deque>
#include <vector>

#include "text/word.hpp"

namespace deckpress::text::detail {

/// What decides a word's shape besides its text.
struct WordContext {
    FontId primary = -1;            ///< the look's face (Family::primary of its style)
    std::vector<FontId> fallback;   ///< the family's fallback chain
    bool code = false;              ///< code spans: no compound or hyphenation breaks
    const Hyphenator* hyphenator = nullptr;  ///< nullptr: no hyphenation
    bool operator==(const WordContext&) const = default;
};

/// Word shapes of one FontLibrary, keyed by context and text. A shape only depends on the faces
/// (fixed once loaded) and on the hyphenation points of a Hyphenator, which never change while
/// it lives. Not thread-safe, like the FontLibrary that owns it.
class WordCache {
public:
    /// The shapes of one context: an open-addressing table (linear probing, power-of-two
    /// size, no division on lookup) over shapes that never move once stored.
    class Words {
    public:
        /// The shape of `word`, or nullptr when it was not stored.
        const WordShape* find(std::string_view word) const;

    private:
        friend class WordCache;
        struct Entry {
            std::string word;
            WordShape shape;
        };
        struct Slot {
            std::size_t hash = 0;
            const Entry* entry = nullptr;  ///< nullptr: empty
        };
        /// FNV-1a: words are a few bytes, so an inlined byte loop is cheaper than a library
        /// call; the high half is folded in because the table masks the low bits.
        static std::size_t hash(std::string_view word) {
            std::uint64_t h = 14695981039346656037ull;
            for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
            return static_cast<std::size_t>(h ^ (h >> 32));
        }
        const WordShape* add(std::string_view word, WordShape&& shape);
        void grow();

        std::vector<Slot> slots_;
        std::deque<Entry> entries_;  ///< a deque: stored shapes keep their addresses
    };

    /// The shapes of `context` (created empty the first time).
    Words& words(const WordContext& context);
    /// False once the cache holds kMaxWords shapes: add no more.
    bool has_room() const { return size_ < kMaxWords; }
    /// Stores the shape of `word` in `words` and returns it.
    const WordShape* add(Words& words, std::string_view word, WordShape&& shape);

    /// A bank's vocabulary is a few ten thousand words per context; past this (generated or
    /// garbage text), words are shaped each time instead of growing the memory without bound.
    static constexpr std::size_t kMaxWords = 200000;

private:
    std::vector<std::pair<WordContext, std::unique_ptr<Words>>> contexts_;
    std::size_t size_ = 0;
};

}  // namespace deckpress::text::detail
