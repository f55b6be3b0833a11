// text: loading TrueType faces with HarfBuzz (widths, coverage, metrics) and the fallback chain.
#include "text/fonts.hpp"

#include <filesystem>
#include <condition_variable>
#include <exception>
#include <map>
#include <mutex>
#include <stdexcept>
#include <tuple>
#include <unordered_map>

#include "text/hb_face.hpp"
#include "text/word_cache.hpp"

namespace deckpress::text {
namespace {

std::unique_ptr<Face> make_face(const std::string& path) {
    return std::make_unique<Face>(path, std::filesystem::path(path).stem().string());
}

/// The path under which a face is loaded and shared: its canonical path. Remembered per
/// process (resolving it reads every folder of the path, and each output's layout names the
/// same few fonts); a symbolic link pointed elsewhere while `watch` runs is not noticed.
std::string face_key(const std::string& path) {
    static std::mutex mutex;
    static std::unordered_map<std::string, std::string> keys;
    std::lock_guard lock(mutex);
    auto [it, inserted] = keys.try_emplace(path);
    if (inserted) {
        std::error_code ec;
        std::string key = std::filesystem::weakly_canonical(path, ec).string();
        it->second = ec || key.empty() ? path : key;
    }
    return it->second;
}

/// Faces made so far in this process, by file and its version on disk (a file changed since,
/// say while `watch` runs, is read again). Faces never change once read, so threads share
/// them; a face is made (and, with Opening::Now, its file opened) by the first thread that
/// needs it while the others wait for it.
class SharedFaces {
public:
    std::shared_ptr<const Face> get(const std::string& key, Opening opening) {
        Version version = version_of(key);
        std::unique_lock lock(mutex_);
        for (;;) {
            auto [it, inserted] = faces_.try_emplace(version);
            if (inserted) return read(key, version, lock, opening);
            if (std::shared_ptr<const Face> face = it->second) {
                lock.unlock();
                if (opening == Opening::Now) face->open();  // a face made for a fallback chain
                return face;
            }
            read_done_.wait(lock);  // another thread is reading it (a failed read is retried)
        }
    }

private:
    using Version = std::tuple<std::string, std::filesystem::file_time_type, std::uintmax_t>;

    static Version version_of(const std::string& key) {
        std::error_code time_error;
        std::error_code size_error;
        auto stamp = std::filesystem::last_write_time(key, time_error);
        std::uintmax_t size = std::filesystem::file_size(key, size_error);
        return {key, time_error ? std::filesystem::file_time_type{} : stamp, size_error ? 0 : size};
    }

    /// Makes the face of the entry just added for `version` without holding the lock; opens its
    /// file unless `opening` defers it. A file that cannot be opened now is not kept.
    std::shared_ptr<const Face> read(const std::string& key, const Version& version,
                                     std::unique_lock<std::mutex>& lock, Opening opening) {
        lock.unlock();
        std::shared_ptr<const Face> face;
        std::exception_ptr error;
        try {
            face = make_face(key);
            if (opening == Opening::Now) face->open();
        } catch (...) {
            error = std::current_exception();
        }
        lock.lock();
        if (error) faces_.erase(version);  // a failure is not kept: the next load tries again
        else faces_[version] = face;
        read_done_.notify_all();
        if (error) std::rethrow_exception(error);
        return face;
    }

    std::mutex mutex_;
    std::condition_variable read_done_;
    std::map<Version, std::shared_ptr<const Face>> faces_;  ///< nullptr while being read
};

SharedFaces& shared_faces() {
    static SharedFaces faces;
    return faces;
}

}  // namespace

Face::Face(std::string path, std::string name) : path_(std::move(path)), name_(std::move(name)) {}

Face::~Face() {
    for (std::atomic<WidthBlock*>& block : widths_) delete block.load(std::memory_order_relaxed);
    delete opened_.load(std::memory_order_relaxed);
}

const Face::Opened& Face::open_now() const {
    std::lock_guard lock(open_mutex_);
    if (const Opened* done = opened_.load(std::memory_order_relaxed)) return *done;  // opened meanwhile
    auto fresh = std::make_unique<Opened>();
    fresh->hb = std::make_unique<detail::HbFace>(path_);  // throws naming the file: nothing kept
    fresh->ascender = fresh->hb->metric_per_mille(HB_OT_METRICS_TAG_HORIZONTAL_ASCENDER, 800);
    fresh->descender = -fresh->hb->metric_per_mille(HB_OT_METRICS_TAG_HORIZONTAL_DESCENDER, -200);
    opened_.store(fresh.get(), std::memory_order_release);
    return *fresh.release();
}

Face::WidthBlock& Face::block_of(char32_t cp) const {
    std::atomic<WidthBlock*>& slot = widths_[cp / kBlockSize];
    WidthBlock* block = slot.load(std::memory_order_acquire);
    if (block) return *block;
    auto fresh = std::make_unique<WidthBlock>();  // value-initialized: every entry kUnknown
    if (slot.compare_exchange_strong(block, fresh.get(), std::memory_order_acq_rel)) return *fresh.release();
    return *block;  // another thread installed it first
}

int Face::lookup(char32_t cp) const {
    const detail::HbFace& hb = *opened().hb;
    hb_codepoint_t glyph = 0;
    return hb_font_get_nominal_glyph(hb.font(), cp, &glyph) ? hb.advance_per_mille(glyph) : -1;
}

int Face::measure_astral(char32_t cp) const { return cp > 0x10FFFF ? -1 : lookup(cp); }

int Face::measure(char32_t cp) const {
    // Surrogate code points are never text (UTF-8 decoding gives U+FFFD for them), and the PDF
    // writer numbers the glyphs beyond the BMP with them.
    int width = cp >= 0xD800 && cp <= 0xDFFF ? -1 : lookup(cp);
    block_of(cp)[cp % kBlockSize].store(static_cast<std::int16_t>(width + kBias), std::memory_order_relaxed);
    return width;
}

FontLibrary::FontLibrary() : words_(std::make_shared<detail::WordCache>()) {}

FontLibrary::FontLibrary(const Snapshot& like)
    : faces_(like.faces), words_(like.words ? like.words : std::make_shared<detail::WordCache>()),
      reported_(like.reported) {}

FontLibrary::~FontLibrary() = default;

FontId FontLibrary::load(const std::string& path, Opening opening) {
    std::string key = face_key(path);
    for (std::size_t i = 0; i < faces_.size(); ++i)
        if (faces_[i]->path() == key) {
            if (opening == Opening::Now) faces_[i]->open();
            return static_cast<FontId>(i);
        }
    faces_.push_back(shared_faces().get(key, opening));
    return static_cast<FontId>(faces_.size() - 1);
}

void FontLibrary::preload(const std::string& path) { shared_faces().get(face_key(path), Opening::Now); }

FontId Family::primary(int style) const {
    // Nearest style: bold-italic -> bold -> italic -> regular; bold/italic -> regular.
    static constexpr int kOrder[4][4] = {
        {Regular, -1, -1, -1},
        {BoldFace, Regular, -1, -1},
        {ItalicFace, Regular, -1, -1},
        {BoldItalicFace, BoldFace, ItalicFace, Regular},
    };
    int s = (style >= 0 && style < 4) ? style : Regular;
    for (int candidate : kOrder[s]) {
        if (candidate < 0) break;
        if (faces[candidate] >= 0) return faces[candidate];
    }
    return fallback.empty() ? -1 : fallback.front();
}

FontId Family::resolve(const FontLibrary& lib, char32_t cp, int style) const {
    FontId first = primary(style);
    if (first >= 0 && lib.face(first).has(cp)) return first;
    for (FontId id : fallback)
        if (id >= 0 && lib.face(id).has(cp)) return id;
    return -1;
}

}  // namespace deckpress::text
