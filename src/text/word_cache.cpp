// text: the cache of word shapes (a few contexts, each a hash map from word text to shape).
#include "text/word_cache.hpp"

namespace deckpress::text::detail {

WordCache::Words& WordCache::words(const WordContext& context) {
    // Contexts are few (body and code faces per style), so a linear search is fastest.
    for (auto& [key, words] : contexts_)
        if (key == context) return *words;
    contexts_.emplace_back(context, std::make_unique<Words>());
    return *contexts_.back().second;
}

const WordShape* WordCache::add(Words& words, std::string_view word, WordShape&& shape) {
    ++size_;
    return words.add(word, std::move(shape));
}

const WordShape* WordCache::Words::find(std::string_view word) const {
    if (slots_.empty()) return nullptr;
    const std::size_t h = hash(word);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (!slot.entry) return nullptr;
        if (slot.hash == h && slot.entry->word == word) return &slot.entry->shape;
    }
}

const WordShape* WordCache::Words::add(std::string_view word, WordShape&& shape) {
    // At most half full, so probe sequences stay short and always end at an empty slot.
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    const std::size_t h = hash(word);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].entry) i = (i + 1) & mask;
    entries_.push_back({std::string(word), std::move(shape)});
    slots_[i] = {h, &entries_.back()};
    return &entries_.back().shape;
}

/// Doubles the table (from kFirstSlots) and re-inserts every stored word.
void WordCache::Words::grow() {
    constexpr std::size_t kFirstSlots = 64;  // most contexts (bold, italic, headings) hold a few dozen words
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? kFirstSlots : 2 * old.size(), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (!slot.entry) continue;
        std::size_t i = slot.hash & mask;
        while (slots_[i].entry) i = (i + 1) & mask;
        slots_[i] = slot;
    }
}

}  // namespace deckpress::text::detail
