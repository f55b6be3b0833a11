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

const WordShape* WordCache::add(Words& words, std::string_view word, const WordShape& shape) {
    ++size_;
    std::span<const char> text = text_.append(std::span<const char>(word.data(), word.size()));
    Words::Entry entry{{text.data(), text.size()}, {missing_.append(shape.missing), items_.append(shape.items), shape.widest}};
    const Words::Entry* stored = &entries_.append(std::span<const Words::Entry>(&entry, 1)).front();
    words.insert(stored);
    return &stored->shape;
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

void WordCache::Words::insert(const Entry* entry) {
    // At most half full, so probe sequences stay short and always end at an empty slot.
    if (2 * (size_ + 1) > slots_.size()) grow();
    ++size_;
    const std::size_t h = hash(entry->word);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    while (slots_[i].entry) i = (i + 1) & mask;
    slots_[i] = {h, entry};
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
