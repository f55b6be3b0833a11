// text: the pattern trie of one libhyphen level, built as hnj_hyphen_load numbers and links it.
#include "text/hyphen_trie.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>

namespace deckpress::text {
namespace {

/// The first slots of the edge map: 2^10, grown by doubling.
constexpr int kInitialEdgeBits = 10;

HyphenState empty_state() {
    // libhyphen leaves replindex and replcut unset on a state no pattern ends at; 0 here.
    return HyphenState{nullptr, nullptr, 0, 0, -1, 0, nullptr};
}

std::uint32_t edge_key(int from, unsigned char ch) {
    return (static_cast<std::uint32_t>(from) << 8 | ch) + 1;
}

}  // namespace

void* checked_malloc(std::size_t bytes) {
    void* block = std::malloc(bytes ? bytes : 1);
    if (!block) throw std::bad_alloc();
    return block;
}

char* malloc_copy(std::string_view text) {
    auto* copy = static_cast<char*>(checked_malloc(text.size() + 1));
    if (!text.empty()) std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    return copy;
}

void append_transition(HyphenState& state, char ch, int to) {
    auto count = static_cast<std::size_t>(state.num_trans);
    if (count == 0) {
        state.trans = static_cast<HyphenTrans*>(checked_malloc(sizeof(HyphenTrans)));
    } else if ((count & (count - 1)) == 0) {
        void* grown = std::realloc(state.trans, 2 * count * sizeof(HyphenTrans));
        if (!grown) throw std::bad_alloc();
        state.trans = static_cast<HyphenTrans*>(grown);
    }
    state.trans[count] = HyphenTrans{ch, to};
    ++state.num_trans;
}

PatternTrie::PatternTrie(std::size_t expected_states) {
    states_.reserve(expected_states + 1);
    states_.push_back(empty_state());
    int bits = kInitialEdgeBits;
    while ((std::size_t{3} << bits) < 4 * expected_states) ++bits;
    size_edges(bits);
}

PatternTrie::~PatternTrie() {
    for (HyphenState& s : states_) {
        std::free(s.match);
        std::free(s.repl);
        std::free(s.trans);
    }
}

std::size_t PatternTrie::slot_of(std::uint32_t key) const {
    // Fibonacci hashing: the multiplier (2^32 / golden ratio) spreads neighbouring states over
    // the top bits.
    return static_cast<std::size_t>(static_cast<std::uint32_t>(key * 0x9E3779B9u) >> edge_shift_);
}

int PatternTrie::find(int from, unsigned char ch) const {
    std::uint32_t key = edge_key(from, ch);
    for (std::size_t slot = slot_of(key);; slot = (slot + 1) & (num_slots_ - 1)) {
        if (edge_keys_[slot] == key) return edge_targets_[slot];
        if (edge_keys_[slot] == 0) return -1;
    }
}

void PatternTrie::link(int from, unsigned char ch, int to) {
    if (4 * (num_edges_ + 1) > 3 * num_slots_) size_edges(33 - edge_shift_);  // twice the slots
    std::uint32_t key = edge_key(from, ch);
    std::size_t slot = slot_of(key);
    while (edge_keys_[slot] != 0) slot = (slot + 1) & (num_slots_ - 1);
    edge_keys_[slot] = key;
    edge_targets_[slot] = to;
    ++num_edges_;
    append_transition(state(from), static_cast<char>(ch), to);
}

void PatternTrie::size_edges(int bits) {
    std::size_t slots = std::size_t{1} << bits;
    std::unique_ptr<std::uint32_t[], Free> keys(static_cast<std::uint32_t*>(std::calloc(slots, sizeof(std::uint32_t))));
    std::unique_ptr<int[], Free> targets(static_cast<int*>(std::malloc(slots * sizeof(int))));
    if (!keys || !targets) throw std::bad_alloc();
    keys.swap(edge_keys_);
    targets.swap(edge_targets_);
    std::size_t old_slots = num_slots_;
    num_slots_ = slots;
    edge_shift_ = 32 - bits;
    for (std::size_t i = 0; i < old_slots; ++i) {
        if (keys[i] == 0) continue;
        std::size_t slot = slot_of(keys[i]);
        while (edge_keys_[slot] != 0) slot = (slot + 1) & (num_slots_ - 1);
        edge_keys_[slot] = keys[i];
        edge_targets_[slot] = targets[i];
    }
}

int PatternTrie::add(std::string_view word) {
    // The longest prefix that already is a state (the strings are closed under prefixes),
    // walked from where the word parts from the previous one.
    auto shared = static_cast<std::size_t>(
        std::mismatch(word.begin(), word.end(), previous_.begin(), previous_.end()).first - word.begin());
    std::size_t depth = shared;
    int known = path_[depth];
    path_.resize(word.size() + 1);
    for (int next; depth < word.size() && (next = find(known, static_cast<unsigned char>(word[depth]))) >= 0;)
        path_[++depth] = known = next;
    previous_.assign(word);
    if (depth == word.size()) return known;
    // libhyphen numbers the whole word first, then each shorter prefix down to depth + 1,
    // linking each prefix to the one a byte longer as it goes.
    int first = size();
    int count = static_cast<int>(word.size() - depth);
    if (count > kMaxStates - first) throw std::length_error("too many hyphenation pattern states");
    for (int i = 0; i < count; ++i) {
        states_.push_back(empty_state());
        path_[word.size() - static_cast<std::size_t>(i)] = first + i;
    }
    for (int i = 0; i + 1 < count; ++i)
        link(first + i + 1, static_cast<unsigned char>(word[word.size() - 1 - static_cast<std::size_t>(i)]), first + i);
    link(known, static_cast<unsigned char>(word[depth]), first + count - 1);
    return first;
}

void PatternTrie::link_fallbacks() {
    std::vector<int> queue{0};
    queue.reserve(states_.size());
    for (std::size_t head = 0; head < queue.size(); ++head) {
        int parent = queue[head];
        const HyphenState& from = state(parent);
        for (int t = 0; t < from.num_trans; ++t) {
            auto ch = static_cast<unsigned char>(from.trans[t].ch);
            int child = from.trans[t].new_state;
            int suffix = 0;
            for (int x = parent; x != 0;) {
                x = state(x).fallback_state;
                int next = find(x, ch);
                if (next >= 0) {
                    suffix = next;
                    break;
                }
            }
            state(child).fallback_state = suffix;
            queue.push_back(child);
        }
    }
}

HyphenState* PatternTrie::release_states() {
    auto* array = static_cast<HyphenState*>(checked_malloc(states_.size() * sizeof(HyphenState)));
    std::memcpy(static_cast<void*>(array), states_.data(), states_.size() * sizeof(HyphenState));
    states_.clear();
    return array;
}

}  // namespace deckpress::text
