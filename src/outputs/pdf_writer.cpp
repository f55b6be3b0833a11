// outputs: painting and writing PDFs on a background thread while the next document is laid out.
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

#include "core/atomic_file.hpp"
#include "outputs/job.hpp"
#include "render/render.hpp"

namespace deckpress::outputs {

namespace {

/// One file to write: the document and a snapshot of the font files it refers to.
struct PdfJob {
    layout::Document doc;
    std::vector<std::string> font_paths;
    std::string path;
    render::PdfOptions options;
};

/// Per thread: renders on worker threads paint on their own thread.
thread_local BackgroundPdfWriter::Impl* active_writer = nullptr;

std::vector<std::string> font_paths_of(const text::FontLibrary& fonts) {
    std::vector<std::string> paths;
    paths.reserve(static_cast<std::size_t>(fonts.size()));
    for (text::FontId id = 0; id < fonts.size(); ++id) paths.push_back(fonts.face(id).path());
    return paths;
}

}  // namespace

struct BackgroundPdfWriter::Impl {
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<PdfJob> waiting;
    bool busy = false;
    bool stopping = false;
    std::exception_ptr error;  ///< the first failed write; later jobs are dropped
    std::thread worker;

    void run() {
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [&] { return stopping || !waiting.empty(); });
            if (waiting.empty()) return;
            PdfJob job = std::move(waiting.front());
            waiting.pop_front();
            busy = true;
            bool skip = static_cast<bool>(error);
            lock.unlock();
            changed.notify_all();
            std::exception_ptr failed;
            if (!skip) failed = write(job);
            lock.lock();
            if (failed && !error) error = failed;
            busy = false;
            changed.notify_all();
        }
    }

    static std::exception_ptr write(PdfJob& job) {
        try {
            write_file_atomic(job.path, render::write_pdf(std::move(job.doc), job.font_paths, job.options));
        } catch (...) {
            return std::current_exception();
        }
        return nullptr;
    }

    void push(PdfJob job) {
        std::unique_lock lock(mutex);
        // A two-stage pipeline: the caller lays out document k + 1 while document k is written.
        // Waiting for the writer to be idle keeps at most two documents alive (the one being
        // written and the one being laid out), which bounds memory on big banks.
        changed.wait(lock, [&] { return (waiting.empty() && !busy) || error; });
        rethrow_error();
        waiting.push_back(std::move(job));
        changed.notify_all();
    }

    void drain() {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return waiting.empty() && !busy; });
    }

    /// Throws the recorded error once (lock held).
    void rethrow_error() {
        if (!error) return;
        std::exception_ptr e = error;
        error = nullptr;
        waiting.clear();
        std::rethrow_exception(e);
    }
};

BackgroundPdfWriter::BackgroundPdfWriter() : impl_(std::make_unique<Impl>()) {
    impl_->worker = std::thread([impl = impl_.get()] { impl->run(); });
    active_writer = impl_.get();
}

BackgroundPdfWriter::~BackgroundPdfWriter() {
    active_writer = nullptr;
    {
        std::lock_guard lock(impl_->mutex);
        impl_->stopping = true;
    }
    impl_->changed.notify_all();
    impl_->worker.join();
}

void BackgroundPdfWriter::finish() {
    impl_->drain();
    std::lock_guard lock(impl_->mutex);
    impl_->rethrow_error();
}

bool BackgroundPdfWriter::active() { return active_writer != nullptr; }

void save_pdf(layout::Document&& doc, const text::FontLibrary& fonts, const std::string& path) {
    if (doc.pages.empty()) throw std::runtime_error("PDF writer: the document has no pages");
    if (!active_writer) {  // on this thread, consuming the document (frees its pages early)
        render::PdfOptions options = render::pdf_options_from_environment();
        return write_file_atomic(path, render::write_pdf(std::move(doc), font_paths_of(fonts), options));
    }
    active_writer->push({std::move(doc), font_paths_of(fonts), path, render::pdf_options_from_environment()});
}

}  // namespace deckpress::outputs
