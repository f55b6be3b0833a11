// text: the cache of word shapes (a few contexts, each a hash map from word text to shape).
#include "text/word_cache.hpp"

namespace deckpress::text::detail {

WordCache::Words& WordCache::words(const WordContext& context) {
    // Contexts are few (body and code faces per style), so a linear search is fastest.
    std::lock_guard lock(mutex_);
    for (auto& [key, words] : contexts_)
        if (key == context) return *words;
    contexts_.emplace_back(context, std::make_unique<Words>());
    return *contexts_.back().second;
}

const WordShape* WordCache::add(Words& words, std::string_view word, const WordShape& shape) {
    const std::size_t h = Words::hash(word);
    std::lock_guard lock(mutex_);
    if (const Words::Entry* first = words.find(word, h)) return &first->shape;  // another thread's
    size_.fetch_add(1, std::memory_order_relaxed);
    std::span<const char> text = text_.append(std::span<const char>(word.data(), word.size()));
    Words::Entry entry{h, {text.data(), text.size()},
                       {missing_.append(shape.missing), items_.append(shape.items), shape.widest}};
    const Words::Entry* stored = &entries_.append(std::span<const Words::Entry>(&entry, 1)).front();
    words.insert(stored);
    return &stored->shape;
}

const WordShape* WordCache::Words::find(std::string_view word) const {
    const Entry* entry = find(word, hash(word));
    return entry ? &entry->shape : nullptr;
}

const WordCache::Words::Entry* WordCache::Words::find(std::string_view word, std::size_t h) const {
    // Acquire: an entry or table seen here was written in full before it was published.
    const Table* table = table_.load(std::memory_order_acquire);
    if (!table) return nullptr;
    for (std::size_t i = h & table->mask;; i = (i + 1) & table->mask) {
        const Entry* entry = table->slots[i].load(std::memory_order_acquire);
        if (!entry) return nullptr;
        if (entry->hash == h && entry->word == word) return entry;
    }
}

void WordCache::Words::insert(const Entry* entry) {
    // At most half full, so probe sequences stay short and always end at an empty slot.
    const Table* table = table_.load(std::memory_order_relaxed);
    if (!table || 2 * (size_ + 1) > table->mask + 1) {
        grow();
        table = table_.load(std::memory_order_relaxed);
    }
    ++size_;
    std::size_t i = entry->hash & table->mask;
    while (table->slots[i].load(std::memory_order_relaxed)) i = (i + 1) & table->mask;
    table->slots[i].store(entry, std::memory_order_release);
}

/// Doubles the table (from kFirstSlots) into a new one holding every stored word, then
/// publishes it; the old one stays for readers still probing it.
void WordCache::Words::grow() {
    constexpr std::size_t kFirstSlots = 64;  // most contexts (bold, italic, headings) hold a few dozen words
    const Table* old = table_.load(std::memory_order_relaxed);
    auto bigger = std::make_unique<Table>(old ? 2 * (old->mask + 1) : kFirstSlots);
    if (old) {
        for (std::size_t k = 0; k <= old->mask; ++k) {
            const Entry* entry = old->slots[k].load(std::memory_order_relaxed);
            if (!entry) continue;
            std::size_t i = entry->hash & bigger->mask;
            while (bigger->slots[i].load(std::memory_order_relaxed)) i = (i + 1) & bigger->mask;
            bigger->slots[i].store(entry, std::memory_order_relaxed);
        }
    }
    table_.store(bigger.get(), std::memory_order_release);  // after every slot above
    tables_.push_back(std::move(bigger));
}

}  // namespace deckpress::text::detail
