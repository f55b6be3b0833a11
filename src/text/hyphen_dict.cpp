// text: a loaded libhyphen dictionary, thawed from the build-time tables when the file matches.
#include "text/hyphen_dict.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <iterator>
#include <stdexcept>

namespace deckpress::text {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot load hyphenation dictionary " + path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool matches(const frozen::Dictionary& frozen, std::string_view bytes) {
    return frozen.num_levels > 0 && bytes.size() == frozen.source_size &&
           frozen::fingerprint(bytes) == frozen.source_hash;
}

}  // namespace

HyphenDictionary::HyphenDictionary(const std::string& path, const frozen::Dictionary& frozen) {
    if (thaw(frozen, read_file(path))) return;
    loaded_ = dict_ = hnj_hyphen_load(path.c_str());
    if (!dict_) throw std::runtime_error("cannot load hyphenation dictionary " + path);
}

HyphenDictionary::~HyphenDictionary() {
    if (loaded_) hnj_hyphen_free(loaded_);
}

bool HyphenDictionary::thaw(const frozen::Dictionary& frozen, std::string_view file_bytes) {
    if (!matches(frozen, file_bytes)) return false;
    strings_.assign(frozen.strings, frozen.strings_size);
    thaw_states(frozen);
    thaw_levels(frozen);
    dict_ = &levels_[0];
    return true;
}

char* HyphenDictionary::text(frozen::StringRef ref) {
    return ref < 0 ? nullptr : strings_.data() + ref;
}

void HyphenDictionary::thaw_states(const frozen::Dictionary& frozen) {
    const frozen::Level& last_level = frozen.levels[frozen.num_levels - 1];
    states_.resize(static_cast<std::size_t>(last_level.first_state + last_level.num_states));
    const frozen::State& last_state = frozen.states[states_.size() - 1];
    trans_.resize(static_cast<std::size_t>(last_state.first_trans + last_state.num_trans));
    for (std::size_t i = 0; i < trans_.size(); ++i)
        trans_[i] = {static_cast<char>(frozen.trans[i].ch), frozen.trans[i].new_state};
    for (std::size_t i = 0; i < states_.size(); ++i) {
        const frozen::State& s = frozen.states[i];
        states_[i] = {text(s.match), text(s.repl), s.replindex, s.replcut, s.fallback_state, s.num_trans,
                      s.num_trans ? &trans_[static_cast<std::size_t>(s.first_trans)] : nullptr};
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
