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
/// parsed once (its load diagnostics are reported again by every command, as before), one
/// Engine (fonts, hyphenation) serves every output, and one BackgroundPdfWriter writes them. The default command renders all outputs
/// inside one session. Nesting is not supported.
class SharedSession {
public:
    SharedSession();
    ~SharedSession();
    SharedSession(const SharedSession&) = delete;
    SharedSession& operator=(const SharedSession&) = delete;

    /// Waits for the PDFs still being written in the background; rethrows a write error.
    void finish();

    struct State;

private:
    std::unique_ptr<State> state_;
};

/// The Engine of the active SharedSession, or nullptr when none is active.
layout::Engine* shared_engine();

/// Loads every bank and every layout of `kind` the arguments name, and calls `render` for each
/// pair. Diagnostics are printed as they come; returns the exit code (1 on any error).
int for_each_target(const Args& args, const std::string& kind,
                    const std::function<void(RenderTarget&)>& render);

/// The options every rendering command has (bank, layout, out, filters).
std::vector<OptionSpec> render_options(const std::string& kind, const std::string& out_help);

}  // namespace deckpress::cli
