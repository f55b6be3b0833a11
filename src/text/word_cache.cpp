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
    return &words.map_.emplace(std::string(word), std::move(shape)).first->second;
}

}  // namespace deckpress::text::detail
