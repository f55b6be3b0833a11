// text: shapes of words already set, per font chain and break rules, reused at any size (internal).
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
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
    /// The language's patterns (Hyphenator::patterns): every Hyphenator of a language breaks
    /// words alike, so the setting threads of one document share its shapes, and the patterns
    /// of one language live as long as the process, so they are never taken for another's.
    /// nullptr: no hyphenation.
    const void* patterns = nullptr;
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

/// Word shapes of one FontLibrary and of the libraries of its helper threads (FontLibrary::
/// Snapshot), keyed by context and text. A shape only depends on the faces (fixed once loaded)
/// and on the hyphenation patterns, so whichever thread shapes a word first stores what any
/// other would have: the threads setting one document shape each word once between them.
///
/// Thread-safe. Lookups take no lock: tables are published with release stores and an old
/// table stays readable until the cache dies, so find() costs what it did single-threaded.
/// Adding takes a mutex (uncontended: a few per cent of lookups add); a word two threads
/// shaped at once is kept once.
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
            std::size_t hash = 0;
            std::string_view word;  ///< in the cache's text store
            WordShape shape;        ///< views of the cache's stores
        };
        /// A power-of-two array of entries (nullptr: empty), written only under the cache's
        /// mutex and read by anyone.
        struct Table {
            explicit Table(std::size_t size) : mask(size - 1), slots(new std::atomic<const Entry*>[size]()) {}
            std::size_t mask;
            std::unique_ptr<std::atomic<const Entry*>[]> slots;
        };
        /// FNV-1a: words are a few bytes, so an inlined byte loop is cheaper than a library
        /// call; the high half is folded in because the table masks the low bits.
        static std::size_t hash(std::string_view word) {
            std::uint64_t h = 14695981039346656037ull;
            for (unsigned char c : word) h = (h ^ c) * 1099511628211ull;
            return static_cast<std::size_t>(h ^ (h >> 32));
        }
        const Entry* find(std::string_view word, std::size_t h) const;
        void insert(const Entry* entry);  // under the cache's mutex
        void grow();                      // likewise

        std::atomic<const Table*> table_{nullptr};  ///< the current table
        /// Every table made, the current one last: readers may still probe an older one.
        std::vector<std::unique_ptr<Table>> tables_;
        std::size_t size_ = 0;  ///< entries in the table
    };

    /// The shapes of `context` (created empty the first time).
    Words& words(const WordContext& context);
    /// False once the cache holds kMaxWords shapes: add no more.
    bool has_room() const { return size_.load(std::memory_order_relaxed) < kMaxWords; }
    /// Stores `word` with a copy of what `shape` views in `words`, unless another thread
    /// stored it first; returns the stored shape, which never moves.
    const WordShape* add(Words& words, std::string_view word, const WordShape& shape);

    /// A bank's vocabulary is a few ten thousand words per context; past this (generated or
    /// garbage text), words are shaped each time instead of growing the memory without bound.
    static constexpr std::size_t kMaxWords = 200000;

private:
    std::mutex mutex_;  ///< guards everything below and every table's writing
    std::vector<std::pair<WordContext, std::unique_ptr<Words>>> contexts_;
    std::atomic<std::size_t> size_{0};
    // Every stored word's text, shape and entry, shared by the contexts.
    ChunkedStore<char> text_;
    ChunkedStore<char32_t> missing_;
    ChunkedStore<WordItem> items_;
    ChunkedStore<Words::Entry> entries_;
};

}  // namespace deckpress::text::detail
