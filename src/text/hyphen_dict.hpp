// text: a loaded libhyphen dictionary, read from the build-time tables when the file matches.
#pragma once

#include <hyphen.h>

#include <memory>
#include <mutex>
#include <string>
#include <string_view>

#include "text/hyphen_frozen.hpp"

namespace deckpress::text {

/// A libhyphen dictionary. When the file has the bytes of the one frozen at build time, words
/// are matched against the frozen arrays themselves (frozen::match_letters) where that gives
/// libhyphen's answer, and libhyphen's structures are rebuilt from the arrays (a copy, no
/// parsing) only when something needs them; otherwise the file is read into libhyphen's
/// structures (load_hyphen_dictionary, which builds what hnj_hyphen_load would, faster). Read-only once
/// built (the copy is made once, under a lock), so threads may share one.
class HyphenDictionary {
public:
    /// Throws std::runtime_error when the file cannot be read or loaded.
    explicit HyphenDictionary(const std::string& path,
                              const frozen::Dictionary& frozen = frozen::kSystemEnUs);
    ~HyphenDictionary();
    HyphenDictionary(const HyphenDictionary&) = delete;
    HyphenDictionary& operator=(const HyphenDictionary&) = delete;

    /// The dictionary for libhyphen's hyphenate functions (which only read it).
    HyphenDict* get() const;
    /// Whether the tables came from the frozen arrays rather than from parsing the file.
    bool thawed() const { return loaded_ == nullptr; }
    /// Whether hyphenate_letters reads the frozen arrays directly rather than asking libhyphen.
    bool matches_directly() const { return direct_; }

    /// The digits hnj_hyphen_hyphenate3(get(), word, ..., lhmin, rhmin, lhmin, rhmin) gives
    /// `word` (1 to 255 bytes of lowercase letters in the dictionary's encoding; lowercase
    /// ASCII letters for the frozen one): digit i into digits[i] for i < word.size() (odd: a
    /// hyphen may follow character i; with a UTF-8 dictionary libhyphen counts characters, so
    /// only the first digit per character is meaningful). A break that would change letters
    /// (a non-standard hyphenation) is left out: only plain cuts are made. False when
    /// libhyphen reports a failure.
    bool hyphenate_letters(std::string_view word, int lhmin, int rhmin, char* digits) const;

private:
    struct Thawed;

    const frozen::Dictionary* frozen_ = nullptr;  ///< when the file matched it
    bool direct_ = false;
    HyphenDict* loaded_ = nullptr;                ///< owned, from load_hyphen_dictionary
    mutable std::once_flag thaw_once_;
    mutable std::unique_ptr<Thawed> thawed_;      ///< libhyphen's structures, made on demand
};

}  // namespace deckpress::text
