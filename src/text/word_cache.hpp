// text: shapes of words already set, per font chain and break rules, reused at any size (internal).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#include "text/word.hpp"

namespace deckpress::text::detail {

/// What decides a word's shape besides its text.
struct WordContext {
    FontId primary = -1;            ///< the look's face (Family::primary of its style)
    std::vector<FontId> fallback;   ///< the family's fallback chain
    bool code = false;              ///< code spans: no compound or hyphenation breaks
    /// The language's patterns: an Engine keeps one Hyphenator per language for its whole
    /// life, so shapes of one language are never reused for another. nullptr: no hyphenation.
    const Hyphenator* hyphenator = nullptr;
    bool operator==(const WordContext&) const = default;
};

/// Append-only storage of trivially copyable values in chunks that never move: what is stored
/// keeps its address and is written once, where a vector would copy it at each doubling and a
/// separate allocation per value would cost a malloc, a free and its rounding each.
template <class T>
class ChunkedStore {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

public:
    /// A stored copy of `values`, contiguous (a run longer than a chunk gets a chunk of its own).
    std::span<const T> append(std::span<const T> values) {
        if (values.empty()) return {};
        if (values.size() > room_) start_chunk(values.size());
        T* at = next_;
        std::memcpy(static_cast<void*>(at), values.data(), values.size_bytes());
        next_ += values.size();
        room_ -= values.size();
        return {at, values.size()};
    }

private:
    /// 16 KB: a few pages, so a partly filled chunk wastes little, and few chunks per run.
    static constexpr std::size_t kChunkBytes = 16384;

    void start_chunk(std::size_t at_least) {
        const std::size_t count = std::max(at_least, kChunkBytes / sizeof(T));
        // Raw bytes, not T[]: nothing is written (no page touched) before a value is stored.
        chunks_.push_back(std::unique_ptr<std::byte[]>(new std::byte[count * sizeof(T)]));
        next_ = reinterpret_cast<T*>(chunks_.back().get());
        room_ = count;
    }

    std::vector<std::unique_ptr<std::byte[]>> chunks_;
    T* next_ = nullptr;
    std::size_t room_ = 0;
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
            std::string_view word;  ///< in the cache's text store
            WordShape shape;        ///< views of the cache's stores
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
        void insert(const Entry* entry);
        void grow();

        std::vector<Slot> slots_;
        std::size_t size_ = 0;  ///< entries in the table
    };

    /// The shapes of `context` (created empty the first time).
    Words& words(const WordContext& context);
    /// False once the cache holds kMaxWords shapes: add no more.
    bool has_room() const { return size_ < kMaxWords; }
    /// Stores `word` with a copy of what `shape` views in `words`; returns the stored shape,
    /// which never moves.
    const WordShape* add(Words& words, std::string_view word, const WordShape& shape);

    /// A bank's vocabulary is a few ten thousand words per context; past this (generated or
    /// garbage text), words are shaped each time instead of growing the memory without bound.
    static constexpr std::size_t kMaxWords = 200000;

private:
    std::vector<std::pair<WordContext, std::unique_ptr<Words>>> contexts_;
    std::size_t size_ = 0;
    // Every stored word's text, shape and entry, shared by the contexts.
    ChunkedStore<char> text_;
    ChunkedStore<char32_t> missing_;
    ChunkedStore<WordItem> items_;
    ChunkedStore<Words::Entry> entries_;
};

}  // namespace deckpress::text::detail
