// text: a loaded libhyphen dictionary, read from the build-time tables when the file matches.
#include "text/hyphen_dict.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <stdexcept>
#include <vector>

#include "text/hyphen_load.hpp"

namespace deckpress::text {
namespace {

/// Whether the file at `path` has the bytes of the one `frozen` was made from: its size and
/// fingerprint, read a piece at a time (the bytes are not kept, so they need no memory).
bool file_matches(const std::string& path, const frozen::Dictionary& frozen) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot load hyphenation dictionary " + path);
    if (frozen.num_levels == 0) return false;
    std::array<char, 16384> piece;
    static_assert(sizeof(piece) % 8 == 0, "fingerprint() takes pieces of whole 8-byte words");
    std::uint64_t size = 0;
    std::uint64_t hash = frozen::kEmptyFingerprint;
    while (size <= frozen.source_size && (in.read(piece.data(), piece.size()) || in.gcount() > 0)) {
        auto read = static_cast<std::size_t>(in.gcount());
        size += read;
        hash = frozen::fingerprint({piece.data(), read}, hash);
    }
    return size == frozen.source_size && hash == frozen.source_hash;
}

/// Into the frozen strings; nullptr for -1. libhyphen's structures point to non-const text
/// but only read it, so they point straight into the frozen (read-only) strings.
char* text(const frozen::Dictionary& frozen, frozen::StringRef ref) {
    return ref < 0 ? nullptr : const_cast<char*>(frozen.strings + ref);
}

}  // namespace

/// libhyphen's structures rebuilt from the frozen arrays.
struct HyphenDictionary::Thawed {
    std::vector<HyphenDict> levels;
    std::vector<HyphenState> states;
    std::vector<HyphenTrans> trans;

    explicit Thawed(const frozen::Dictionary& frozen) {
        thaw_states(frozen);
        thaw_levels(frozen);
    }

    void thaw_states(const frozen::Dictionary& frozen) {
        const frozen::Level& last_level = frozen.levels[frozen.num_levels - 1];
        auto num_states = static_cast<std::size_t>(last_level.first_state + last_level.num_states);
        const frozen::State& last_state = frozen.states[num_states - 1];
        auto num_trans = static_cast<std::size_t>(last_state.first_trans + last_state.num_trans);
        // Appended to reserved vectors rather than resized and then assigned: each byte is written once.
        trans.reserve(num_trans);
        for (std::size_t i = 0; i < num_trans; ++i)
            trans.push_back({static_cast<char>(frozen.trans[i].ch), frozen.trans[i].new_state});
        states.reserve(num_states);
        for (std::size_t i = 0; i < num_states; ++i) {
            const frozen::State& s = frozen.states[i];
            states.push_back({text(frozen, s.match), text(frozen, s.repl), s.replindex, s.replcut,
                              s.fallback_state, s.num_trans,
                              s.num_trans ? &trans[static_cast<std::size_t>(s.first_trans)] : nullptr});
        }
    }

    void thaw_levels(const frozen::Dictionary& frozen) {
        levels.assign(static_cast<std::size_t>(frozen.num_levels), HyphenDict{});
        for (std::size_t i = 0; i < levels.size(); ++i) {
            const frozen::Level& l = frozen.levels[i];
            HyphenDict& d = levels[i];
            d.lhmin = l.lhmin;
            d.rhmin = l.rhmin;
            d.clhmin = l.clhmin;
            d.crhmin = l.crhmin;
            d.nohyphen = text(frozen, l.nohyphen);
            d.nohyphenl = l.nohyphenl;
            d.num_states = l.num_states;
            if (const char* cset = text(frozen, l.cset))
                std::copy_n(cset, std::min(std::strlen(cset), sizeof d.cset - 1), d.cset);
            d.utf8 = l.utf8;
            d.states = l.num_states ? &states[static_cast<std::size_t>(l.first_state)] : nullptr;
            d.nextlevel = i + 1 < levels.size() ? &levels[i + 1] : nullptr;
        }
    }
};

HyphenDictionary::HyphenDictionary(const std::string& path, const frozen::Dictionary& frozen) {
    if (file_matches(path, frozen)) {
        frozen_ = &frozen;
        direct_ = frozen::matches_letters_directly(frozen);
        return;
    }
    loaded_ = load_hyphen_dictionary(path);
    if (!loaded_) throw std::runtime_error("cannot load hyphenation dictionary " + path);
}

HyphenDictionary::~HyphenDictionary() {
    if (loaded_) hnj_hyphen_free(loaded_);
}

HyphenDict* HyphenDictionary::get() const {
    if (loaded_) return loaded_;
    std::call_once(thaw_once_, [this] { thawed_ = std::make_unique<Thawed>(*frozen_); });
    return &thawed_->levels[0];
}

bool HyphenDictionary::hyphenate_letters(std::string_view word, int lhmin, int rhmin, char* digits) const {
    if (direct_) {
        frozen::match_letters(*frozen_, word, lhmin, rhmin, digits);
        return true;
    }
    char text[256];
    std::size_t n = std::min(word.size(), sizeof text - 1);
    std::memcpy(text, word.data(), n);
    text[n] = '\0';
    char hyphens[sizeof text + 5] = {};
    char** rep = nullptr;
    int* pos = nullptr;
    int* cut = nullptr;
    int failed = hnj_hyphen_hyphenate3(get(), text, static_cast<int>(n), hyphens, nullptr, &rep, &pos, &cut,
                                       lhmin, rhmin, lhmin, rhmin);
    if (rep) {  // non-standard hyphenation (never in en_US) allocates these
        for (std::size_t i = 0; i < n; ++i) {
            if (rep[i]) hyphens[i] = '0';
            std::free(rep[i]);
        }
        std::free(rep);
    }
    std::free(pos);
    std::free(cut);
    std::memcpy(digits, hyphens, n);
    return failed == 0;
}

}  // namespace deckpress::text
