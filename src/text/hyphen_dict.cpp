// text: a loaded libhyphen dictionary, thawed from the build-time tables when the file matches.
#include "text/hyphen_dict.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <fstream>
#include <stdexcept>

namespace deckpress::text {
namespace {

/// Whether the file at `path` has the bytes of the one `frozen` was made from: its size and
/// fingerprint, read a piece at a time (the bytes are not kept, so they need no memory).
bool file_matches(const std::string& path, const frozen::Dictionary& frozen) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot load hyphenation dictionary " + path);
    if (frozen.num_levels == 0) return false;
    std::array<char, 16384> piece;
    std::uint64_t size = 0;
    std::uint64_t hash = frozen::kEmptyFingerprint;
    while (size <= frozen.source_size && (in.read(piece.data(), piece.size()) || in.gcount() > 0)) {
        auto read = static_cast<std::size_t>(in.gcount());
        size += read;
        hash = frozen::fingerprint({piece.data(), read}, hash);
    }
    return size == frozen.source_size && hash == frozen.source_hash;
}

}  // namespace

HyphenDictionary::HyphenDictionary(const std::string& path, const frozen::Dictionary& frozen) {
    if (file_matches(path, frozen)) {
        thaw(frozen);
        return;
    }
    loaded_ = dict_ = hnj_hyphen_load(path.c_str());
    if (!dict_) throw std::runtime_error("cannot load hyphenation dictionary " + path);
}

HyphenDictionary::~HyphenDictionary() {
    if (loaded_) hnj_hyphen_free(loaded_);
}

void HyphenDictionary::thaw(const frozen::Dictionary& frozen) {
    strings_ = frozen.strings;
    thaw_states(frozen);
    thaw_levels(frozen);
    dict_ = &levels_[0];
}

char* HyphenDictionary::text(frozen::StringRef ref) const {
    return ref < 0 ? nullptr : const_cast<char*>(strings_ + ref);
}

void HyphenDictionary::thaw_states(const frozen::Dictionary& frozen) {
    const frozen::Level& last_level = frozen.levels[frozen.num_levels - 1];
    auto num_states = static_cast<std::size_t>(last_level.first_state + last_level.num_states);
    const frozen::State& last_state = frozen.states[num_states - 1];
    auto num_trans = static_cast<std::size_t>(last_state.first_trans + last_state.num_trans);
    // Appended to reserved vectors rather than resized and then assigned: each byte is written once.
    trans_.reserve(num_trans);
    for (std::size_t i = 0; i < num_trans; ++i)
        trans_.push_back({static_cast<char>(frozen.trans[i].ch), frozen.trans[i].new_state});
    states_.reserve(num_states);
    for (std::size_t i = 0; i < num_states; ++i) {
        const frozen::State& s = frozen.states[i];
        states_.push_back({text(s.match), text(s.repl), s.replindex, s.replcut, s.fallback_state, s.num_trans,
                           s.num_trans ? &trans_[static_cast<std::size_t>(s.first_trans)] : nullptr});
    }
}

void HyphenDictionary::thaw_levels(const frozen::Dictionary& frozen) {
    levels_.assign(static_cast<std::size_t>(frozen.num_levels), HyphenDict{});
    for (std::size_t i = 0; i < levels_.size(); ++i) {
        const frozen::Level& l = frozen.levels[i];
        HyphenDict& d = levels_[i];
        d.lhmin = l.lhmin;
        d.rhmin = l.rhmin;
        d.clhmin = l.clhmin;
        d.crhmin = l.crhmin;
        d.nohyphen = text(l.nohyphen);
        d.nohyphenl = l.nohyphenl;
        d.num_states = l.num_states;
        if (const char* cset = text(l.cset))
            std::copy_n(cset, std::min(std::strlen(cset), sizeof d.cset - 1), d.cset);
        d.utf8 = l.utf8;
        d.states = l.num_states ? &states_[static_cast<std::size_t>(l.first_state)] : nullptr;
        d.nextlevel = i + 1 < levels_.size() ? &levels_[i + 1] : nullptr;
    }
}

}  // namespace deckpress::text
