// text: font faces (metrics and glyph coverage via HarfBuzz), families and the fallback chain.
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace deckpress::text {

namespace detail {
class WordCache;
class HbFace;
}

using FontId = int;  ///< index into a FontLibrary; -1 means "no font"

/// One TrueType face. Widths are whole 1/1000 em, truncated exactly as libharu computes
/// the PDF /W array (advance * 1000 / unitsPerEm), so what we measure is what is drawn.
/// A code point's glyph and width are looked up on first use and remembered: a document uses
/// a few hundred of a face's thousands of characters. The file itself is opened by open(), or
/// by the first lookup that needs it: a fallback font far down the chain (a CJK font of 3 MB)
/// costs nothing until a character needs it. Thread-safe: faces are shared.
class Face {
public:
    Face(std::string path, std::string name);
    ~Face();
    Face(const Face&) = delete;
    Face& operator=(const Face&) = delete;
    const std::string& path() const { return path_; }
    const std::string& name() const { return name_; }  ///< file stem, e.g. "NotoSans-Bold"
    /// Opens the file if not yet open. Throws std::runtime_error naming the file when it cannot
    /// be read or is not a TrueType font (so may every lookup that opens it).
    void open() const { opened(); }
    /// Whether the file has been opened (by open() or a lookup).
    bool is_open() const { return opened_.load(std::memory_order_acquire) != nullptr; }
    bool has(char32_t cp) const { return width(cp) >= 0; }
    /// Advance of `cp` in 1/1000 em; -1 when the face has no glyph for it (see has()).
    int width(char32_t cp) const {
        if (cp >= kBmpSize) return measure_astral(cp);
        const WidthBlock* block = widths_[cp / kBlockSize].load(std::memory_order_acquire);
        int known = block ? (*block)[cp % kBlockSize].load(std::memory_order_relaxed) : kUnknown;
        return known != kUnknown ? known - kBias : measure(cp);
    }
    int ascender() const { return opened().ascender; }   ///< 1/1000 em, positive
    int descender() const { return opened().descender; } ///< 1/1000 em, positive below the baseline

private:
    /// The open file and the metrics read from it.
    struct Opened {
        std::unique_ptr<detail::HbFace> hb;
        int ascender = 0;
        int descender = 0;
    };
    /// The open file, opened on first use (one thread reads it while the others wait).
    const Opened& opened() const {
        const Opened* done = opened_.load(std::memory_order_acquire);
        return done ? *done : open_now();
    }
    const Opened& open_now() const;

    /// Widths are remembered for the BMP, where nearly all text is; the rarer characters beyond
    /// it (emoji, mathematical letters) are looked up each time.
    static constexpr char32_t kBmpSize = 0x10000;
    /// Widths are kept per block of 256 code points, allocated on first use: a document uses
    /// a few blocks of a face, and a whole BMP table (128 KB per face, zeroed) cost a page
    /// fault per 4 KB when it was allocated.
    static constexpr char32_t kBlockSize = 256;
    using WidthBlock = std::array<std::atomic<std::int16_t>, kBlockSize>;
    /// A block holds width + kBias, so that zero (the initial value) means "not looked up".
    static constexpr int kUnknown = 0;
    static constexpr int kBias = 2;
    int measure(char32_t cp) const;  ///< asks HarfBuzz and remembers the answer
    int measure_astral(char32_t cp) const;  ///< asks HarfBuzz (beyond the BMP)
    int lookup(char32_t cp) const;   ///< the advance HarfBuzz gives, -1 without a glyph
    WidthBlock& block_of(char32_t cp) const;  ///< allocates the block on first use

    std::string path_;
    std::string name_;
    mutable std::atomic<const Opened*> opened_{nullptr};
    mutable std::mutex open_mutex_;  ///< held while the file is opened
    /// Per BMP code point: kUnknown, or width + kBias (so 1 = no glyph), in blocks of
    /// kBlockSize (nullptr until one of its code points is looked up). Several threads may
    /// look up the same code point at once; they store the same value, and the first thread
    /// to install a block wins (the others free theirs).
    mutable std::array<std::atomic<WidthBlock*>, kBmpSize / kBlockSize> widths_{};
};

/// When FontLibrary::load opens a face's file: at once (the faces of a family, which every text
/// uses, so that a broken file is reported where the layout names it), or when a character first
/// needs it (the fallback chain: most documents never reach its last fonts).
enum class Opening { Now, OnFirstUse };

/// The faces a thread's documents use, numbered in the order this library first loaded them.
/// Not thread-safe (but its word cache is, being shared with helper libraries). A face is read
/// from its file once per process and shared (read-only) by every library that loads the same
/// unchanged file.
class FontLibrary {
public:
    /// What a library on a helper thread needs to set text exactly as this one would: the
    /// same faces under the same ids, and the missing glyphs reported so far; and this
    /// library's word cache, which the helper shares (so a word is shaped once per document).
    struct Snapshot {
        std::vector<std::shared_ptr<const Face>> faces;
        std::set<std::pair<std::string, char32_t>> reported;
        std::shared_ptr<detail::WordCache> words;
    };

    FontLibrary();
    /// A library like the one `like` was taken of, sharing its word cache.
    explicit FontLibrary(const Snapshot& like);
    ~FontLibrary();
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    /// Loads (or returns the already loaded) face at `path`. With Opening::Now, throws
    /// std::runtime_error with the path when the file is missing or not a TrueType font; with
    /// OnFirstUse the file is opened by the first lookup that needs it (see Face::open).
    FontId load(const std::string& path, Opening opening = Opening::Now);
    /// Reads the face at `path` into the process's shared faces ahead of a FontLibrary::load
    /// of it (on another thread, say). Throws like load.
    static void preload(const std::string& path);
    const Face& face(FontId id) const { return *faces_.at(static_cast<std::size_t>(id)); }
    int size() const { return static_cast<int>(faces_.size()); }
    /// True the first time a missing glyph `cp` is reported for `subject`: warnings about
    /// missing glyphs are given once per (code point, subject) for the whole run.
    bool first_missing_report(const std::string& subject, char32_t cp) {
        return reported_.emplace(subject, cp).second;
    }
    /// Whether a missing glyph `cp` was reported for `subject` (without recording a report).
    bool missing_reported(const std::string& subject, char32_t cp) const {
        return reported_.contains({subject, cp});
    }
    Snapshot snapshot() const { return {faces_, reported_, words_}; }
    /// Takes in the missing-glyph reports of a helper library that set part of this library's
    /// document, so that later text is reported as if this library had set that part.
    void adopt_reports(const FontLibrary& helper) { reported_.insert(helper.reported_.begin(), helper.reported_.end()); }
    /// Forgets which missing glyphs were reported: a renderer on a worker thread reports those
    /// of each output, and the printer keeps the first report in output order.
    void forget_missing_reports() { reported_.clear(); }
    /// Words already set in these faces (text internal): their shapes do not depend on the
    /// size, so later paragraphs and fit probes reuse them.
    detail::WordCache& word_cache() { return *words_; }

private:
    std::vector<std::shared_ptr<const Face>> faces_;
    std::shared_ptr<detail::WordCache> words_;  ///< thread-safe: shared with helper libraries
    std::set<std::pair<std::string, char32_t>> reported_;
};

enum FaceStyle { Regular = 0, BoldFace = 1, ItalicFace = 2, BoldItalicFace = 3 };

/// A family (regular, bold, italic, bold-italic; missing styles fall back to the nearest)
/// plus a per-character fallback chain shared with other families.
struct Family {
    FontId faces[4] = {-1, -1, -1, -1};
    std::vector<FontId> fallback;

    /// The first face that has `cp`: the styled face, then the fallback chain; -1 if none.
    FontId resolve(const FontLibrary& lib, char32_t cp, int style) const;
    FontId primary(int style) const;
};

}  // namespace deckpress::text
