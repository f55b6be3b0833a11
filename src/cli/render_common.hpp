// cli: options and the bank/layout loop shared by the commands that render PDFs.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "layout/engine.hpp"
#include "outputs/job.hpp"

namespace deckpress::cli {

/// `--category`, `--level`, `--tag`, `--ids` (comma-separated, repeatable).
std::vector<OptionSpec> filter_options();
/// `--layout NAME` (repeatable; default: every layout of the kind).
OptionSpec layout_option(const std::string& kind);
outputs::Filter filter_from(const Args& args);

/// One (bank, layout) pair to render, with what the renderer needs.
struct RenderTarget {
    const outputs::LoadedBank* bank = nullptr;
    const layout::LayoutFile* layout = nullptr;
    layout::Engine* engine = nullptr;
    std::vector<const outputs::Entry*> entries;  ///< the filter's selection
    bool several_banks = false;
    Diagnostics* diags = nullptr;
};

/// While one is alive, the rendering commands of this thread share it: each bank is loaded and
/// parsed once (its warnings reported by the first command, its errors by each), one
/// Engine (fonts, hyphenation) serves the check, and one RenderPool renders every output of every
/// command: outputs of different commands render at the same time, printing in command order.
/// The default command renders all outputs inside one session. Nesting is not supported.
class SharedSession {
public:
    SharedSession();
    ~SharedSession();
    SharedSession(const SharedSession&) = delete;
    SharedSession& operator=(const SharedSession&) = delete;

    /// Waits for the outputs still being rendered and prints what they reported; returns 1 when
    /// one of them reported an error (for_each_target returned 0 for them), else 0. Rethrows
    /// an exception a render threw.
    int finish();

    struct State;

private:
    std::unique_ptr<State> state_;
};

/// The Engine of the active SharedSession (created by the first call), or nullptr when none
/// is active.
layout::Engine* shared_engine();

class RenderPool;
/// `diags` without the missing-glyph warnings the active SharedSession already printed (the
/// same character at the same place, whatever output or part reported it); they are recorded as
/// printed. Unchanged when no session is active. Call it where the session prints, in order.
Diagnostics without_repeated_glyphs(const Diagnostics& diags);

/// The RenderPool of the active SharedSession, or nullptr when none is active.
RenderPool* session_pool();

/// The bank in `dir` as the active SharedSession loaded and parsed it (once), its diagnostics
/// added to `diags`; nullptr when no session is active or the bank has errors.
std::shared_ptr<const outputs::LoadedBank> session_bank(const Args& args, const std::string& dir, Diagnostics& diags);

/// The layout file at `path`, read once per active SharedSession (the default command's check
/// and its outputs read the same files), its diagnostics added to `diags` at every call; read
/// afresh when no session is active.
layout::LayoutFile session_layout(const std::string& path, Diagnostics& diags);

/// Whether the (bank, layout) pairs of a command may be rendered at the same time.
enum class Ordering {
    Parallel,    ///< independent outputs
    Sequential,  ///< each render starts after the previous one ended (e.g. they share a history file)
};

/// Loads every bank and every layout of `kind` the arguments name, and calls `render` for each
/// pair, on the worker threads of a RenderPool (each with its own Engine, in `target.engine`),
/// so `render` must only touch what it captured by value and its target. What it prints and its
/// diagnostics are printed in the order of the pairs. Returns the exit code (1 on any error).
/// Inside a SharedSession this returns once the renders are queued (0 unless loading failed):
/// `render` may run after it returned, and SharedSession::finish reports the renders' errors.
int for_each_target(const Args& args, const std::string& kind, const std::function<void(RenderTarget&)>& render,
                    Ordering ordering = Ordering::Parallel);

/// The options every rendering command has (bank, layout, out, filters).
std::vector<OptionSpec> render_options(const std::string& kind, const std::string& out_help);

}  // namespace deckpress::cli
