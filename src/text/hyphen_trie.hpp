// text: the pattern trie of one libhyphen level, built as hnj_hyphen_load numbers and links it.
#pragma once

#include <hyphen.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace deckpress::text {

/// The states of one level of a libhyphen dictionary while it is read. State i stands for a
/// string (0 for ""), and the strings form a trie: a state's transitions lead to its strings
/// one byte longer. States are numbered, and their transitions ordered, exactly as libhyphen's
/// hnj_get_state and hnj_add_trans number and order them, but a transition is found through a
/// hash map of (state, byte) instead of libhyphen's fixed table of strings (31,627 buckets for
/// the 280,000 states of German, where chains of strcmp made loading cost ~1 G instructions).
/// match, repl and trans are malloc'd as libhyphen allocates them, so hnj_hyphen_free can free
/// what release_states() hands over.
class PatternTrie {
public:
    /// `expected_states` sizes the tables (they grow when it is too small).
    explicit PatternTrie(std::size_t expected_states = 0);
    ~PatternTrie();
    PatternTrie(const PatternTrie&) = delete;
    PatternTrie& operator=(const PatternTrie&) = delete;

    /// The state of `word` (no NUL bytes), created with whatever prefixes of it are missing as
    /// hnj_hyphen_load_line creates them: the word first, then ever shorter prefixes, each
    /// with a transition to the one after it, the last appended to the longest prefix that
    /// already was a state. Throws std::length_error past kMaxStates states.
    int add(std::string_view word);

    HyphenState& state(int number) { return states_[static_cast<std::size_t>(number)]; }
    int size() const { return static_cast<int>(states_.size()); }

    /// Sets every state's fallback_state (state 0 keeps -1) to the state of its string's
    /// longest proper suffix that is a state, as libhyphen does after reading a level. Found
    /// with Aho-Corasick's failure links (the strings are closed under prefixes, so the
    /// failure link is that suffix), breadth first.
    void link_fallbacks();

    /// The states as one malloc'd array (libhyphen's HyphenDict::states), which the caller
    /// then owns; the trie is left empty.
    HyphenState* release_states();

private:
    struct Free {
        void operator()(void* block) const { std::free(block); }
    };

    int find(int from, unsigned char ch) const;
    void link(int from, unsigned char ch, int to);
    void size_edges(int bits);
    std::size_t slot_of(std::uint32_t key) const;

    std::vector<HyphenState> states_;
    /// The previous word added and the states of its prefixes (path_[n]: its first n bytes):
    /// sorted pattern files share long prefixes, so a walk can start where they part.
    std::string previous_;
    std::vector<int> path_{0};
    /// Open addressing, linear probing, at most 3/4 full: a key is (from << 8 | byte) + 1, 0
    /// marks a free slot (so a level has fewer than kMaxStates states). Keys are calloc'd.
    std::unique_ptr<std::uint32_t[], Free> edge_keys_;
    std::unique_ptr<int[], Free> edge_targets_;
    std::size_t num_slots_ = 0;
    std::size_t num_edges_ = 0;
    int edge_shift_ = 0;  ///< 32 - log2(slots): the hash keeps the top bits
};

/// The states a level may have, 2^24 - 1, for 32-bit keys of transitions (German, the largest
/// Debian dictionary, has 278,832); add() throws std::length_error beyond it.
inline constexpr int kMaxStates = (1 << 24) - 1;

/// hnj_add_trans: appends the transition on `ch` to `to` to `state`, growing its malloc'd
/// array to the next power of two when full, as libhyphen does.
void append_transition(HyphenState& state, char ch, int to);

/// malloc(bytes), at least 1; throws std::bad_alloc when memory runs out (where libhyphen exits).
void* checked_malloc(std::size_t bytes);

/// A malloc'd copy of `text` with a NUL after it (libhyphen's hnj_strdup); throws
/// std::bad_alloc when memory runs out (where libhyphen exits).
char* malloc_copy(std::string_view text);

}  // namespace deckpress::text
