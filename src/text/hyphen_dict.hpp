// text: a loaded libhyphen dictionary, thawed from the build-time tables when the file matches.
#pragma once

#include <hyphen.h>

#include <string>
#include <vector>

#include "text/hyphen_frozen.hpp"

namespace deckpress::text {

/// A libhyphen dictionary. When the file has the bytes of the one frozen at build time its
/// tables are rebuilt from the frozen arrays (a copy, no parsing); otherwise libhyphen loads
/// the file. Read-only once built, so threads may share one.
class HyphenDictionary {
public:
    /// Throws std::runtime_error when the file cannot be read or loaded.
    explicit HyphenDictionary(const std::string& path,
                              const frozen::Dictionary& frozen = frozen::kSystemEnUs);
    ~HyphenDictionary();
    HyphenDictionary(const HyphenDictionary&) = delete;
    HyphenDictionary& operator=(const HyphenDictionary&) = delete;

    /// The dictionary for libhyphen's hyphenate functions (which only read it).
    HyphenDict* get() const { return dict_; }
    /// Whether the tables came from the frozen arrays rather than from parsing the file.
    bool thawed() const { return loaded_ == nullptr; }

private:
    void thaw(const frozen::Dictionary& frozen);
    void thaw_states(const frozen::Dictionary& frozen);
    void thaw_levels(const frozen::Dictionary& frozen);
    /// Into the frozen strings; nullptr for -1. libhyphen's structures point to non-const
    /// text but only read it, so they point straight into the frozen (read-only) strings.
    char* text(frozen::StringRef ref) const;

    HyphenDict* dict_ = nullptr;
    HyphenDict* loaded_ = nullptr;  ///< owned, from hnj_hyphen_load
    std::vector<HyphenDict> levels_;
    std::vector<HyphenState> states_;
    std::vector<HyphenTrans> trans_;
    const char* strings_ = nullptr;  ///< frozen::Dictionary::strings
};

}  // namespace deckpress::text
