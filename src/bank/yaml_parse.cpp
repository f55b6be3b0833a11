// bank: YAML text -> yaml::Node tree through yaml-cpp's event parser, with hard limits.
// Literal blocks and plain values are lifted out of the text first when that is safe (yaml_lift.hpp).
#include <fmt/format.h>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>
#include <string_view>
#include <unordered_map>

#include "bank/scalar_map.hpp"
#include "bank/utf8.hpp"
#include "bank/yaml_lift.hpp"
#include "bank/yaml_tree.hpp"
#include "core/line_endings.hpp"

namespace deckpress::yaml {
namespace {

/// Thrown from the event handler to stop parsing at a problem yaml-cpp does not detect.
struct Stop {
    SourceLoc loc;
    std::string message;
};

std::size_t subtree_nodes(const Node& n) {
    std::size_t count = 1;
    for (const Node& item : n.items) count += subtree_nodes(item);
    for (const auto& [k, v] : n.entries) count += subtree_nodes(k) + subtree_nodes(v);
    return count;
}

std::size_t subtree_bytes(const Node& n) {
    std::size_t bytes = n.scalar.size();
    for (const Node& item : n.items) bytes += subtree_bytes(item);
    for (const auto& [k, v] : n.entries) bytes += subtree_bytes(k) + subtree_bytes(v);
    return bytes;
}

/// Where a scalar's text begins: for `|` and `>` scalars (`pos` is the indicator in `text`),
/// the next line, at its indentation; otherwise `at`.
SourceLoc text_start(const std::string& text, std::size_t pos, const SourceLoc& at) {
    if (pos >= text.size() || (text[pos] != '|' && text[pos] != '>')) return at;
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) return at;
    // The indentation is that of the first line with text: a blank line first gave column 1.
    std::size_t line_start = eol + 1;
    std::size_t first = text.find_first_not_of(' ', line_start);
    while (first != std::string::npos && (text[first] == '\n' || text[first] == '\r')) {
        const std::size_t newline = text.find('\n', first);
        if (newline == std::string::npos) return {at.file, at.line + 1, 1};
        line_start = newline + 1;
        first = text.find_first_not_of(' ', line_start);
    }
    if (first == std::string::npos) first = text.size();
    return {at.file, at.line + 1, static_cast<int>(first - line_start) + 1};
}

/// False when the quoted scalar whose opening quote is at `pos` never closes: yaml-cpp then
/// silently runs it to the end of the file, swallowing every question that follows.
bool quote_closes(const std::string& text, std::size_t pos) {
    const char quote = text[pos];
    for (std::size_t i = pos + 1; i < text.size(); ++i) {
        if (quote == '"' && text[i] == '\\') {
            ++i;  // an escape such as \" does not close
        } else if (text[i] == quote) {
            if (quote == '"' || i + 1 >= text.size() || text[i + 1] != '\'') return true;
            ++i;  // '' is a quote inside single quotes
        }
    }
    return false;
}

/// Stops the parse at a quoted scalar starting at `pos` that has no closing quote.
void require_closing_quote(const std::string& text, std::size_t pos, const SourceLoc& at) {
    if (pos >= text.size() || (text[pos] != '"' && text[pos] != '\'')) return;
    if (quote_closes(text, pos)) return;
    const char* quote = text[pos] == '"' ? "'\"'" : "\"'\"";
    throw Stop{at, fmt::format("YAML syntax error: this quoted text has no closing {} (it would "
                               "run to the end of the file)", quote)};
}

/// Builds the tree from parser events. Aliases are expanded by copying the anchored
/// subtree; the copies count against the limits, which is what defuses alias bombs.
class TreeBuilder : public YAML::EventHandler {
public:
    /// `text` is what yaml-cpp parses; with `claims`, the reduced text of a lifted one.
    TreeBuilder(const std::string& text, const std::string& name, Diagnostics& diags,
                const Limits& limits, LiftClaims* claims = nullptr)
        : text_(text), name_(name), diags_(diags), limits_(limits), claims_(claims) {}

    std::unique_ptr<Node> take_root() { return std::move(root_); }
    /// Where the document starts: its '---' when it has one.
    const SourceLoc& document_start() const { return document_start_; }

    void OnDocumentStart(const YAML::Mark& mark) override { document_start_ = loc(mark); }
    void OnDocumentEnd() override {}

    void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        Node n;
        n.loc = n.text_loc = null_loc(mark);
        finish(std::move(n), anchor);
    }

    void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
        auto it = anchors_.find(anchor);
        if (it == anchors_.end()) throw Stop{loc(mark), "alias to an unknown anchor"};
        count(it->second.nodes, it->second.bytes, mark);
        Node copy(it->second.node);
        relocate(copy, loc(mark));
        finish(std::move(copy), 0);
    }

    void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  const std::string& value) override {
        Node n;
        n.kind = NodeKind::Scalar;
        n.loc = loc(mark);
        if (const LiftedBlock* lifted = claim(mark, value); lifted && (lifted->is_list() || lifted->is_map())) {
            finish(lifted->is_map() ? lifted_map(*lifted, mark) : lifted_list(*lifted, loc(mark), mark), anchor);
            return;
        } else if (lifted) {
            n.scalar = lifted->value;
            n.text_loc = text_start(claims_->original(), lifted->original_pipe, n.loc);
            n.text_map = original_map(*lifted, lifted->key_line, n.scalar);
        } else {
            require_closing_quote(text_, static_cast<std::size_t>(mark.pos), n.loc);
            n.scalar = value;
            n.text_loc = text_start(text_, static_cast<std::size_t>(mark.pos), n.loc);
            n.text_map = map_scalar(text_, static_cast<std::size_t>(mark.pos), mark.line, mark.column, n.scalar);
            if (claims_)
                for (TextPiece& piece : n.text_map) piece.file_line = claims_->original_line(piece.file_line - 1) + 1;
        }
        count(1, n.scalar.size(), mark);
        finish(std::move(n), anchor);
    }

    void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open(NodeKind::Sequence, mark, anchor);
    }
    void OnSequenceEnd() override { close(); }

    void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open(NodeKind::Map, mark, anchor);
    }
    void OnMapEnd() override { close(); }

private:
    struct Frame {
        Node node;
        YAML::anchor_t anchor = 0;
        std::optional<Node> pending_key;            ///< maps: key waiting for its value
        std::unordered_map<std::string, int> seen;  ///< maps: key -> line of first occurrence
        bool skip_value = false;                    ///< maps: value of a duplicate key
    };
    struct Anchored {
        Node node;
        std::size_t nodes = 0;
        std::size_t bytes = 0;
    };

    /// Puts every node of an alias's copy at the alias: a problem of the copy (a duplicate id,
    /// a bad value) is reported where the copy is used, not again at the anchor ("duplicate id
    /// 'q1' (first used at 4:9)" at 4:9). Texts keep their place in the anchor's text.
    static void relocate(Node& n, const SourceLoc& at) {
        n.loc = at;
        for (Node& item : n.items) relocate(item, at);
        for (auto& [key, value] : n.entries) {
            relocate(key, at);
            relocate(value, at);
        }
    }

    /// Where a null value is: its `~` or `null`, or for a key with no value (`size:`, or
    /// `text: #fff`, whose value YAML reads as a comment) the key, since yaml-cpp marks an
    /// empty value where the next token starts, often the next key.
    SourceLoc null_loc(const YAML::Mark& mark) const {
        const auto pos = static_cast<std::size_t>(mark.pos);
        const bool written =
            mark.pos >= 0 && pos < text_.size() && std::string_view("~nN").find(text_[pos]) != std::string_view::npos;
        if (written || stack_.empty() || !stack_.back().pending_key) return loc(mark);
        return stack_.back().pending_key->loc;
    }

    /// The sequence of a lifted flow list whose `[` is at `at`.
    Node lifted_list(const LiftedBlock& lifted, const SourceLoc& at, const YAML::Mark& mark) {
        Node list;
        list.kind = NodeKind::Sequence;
        list.loc = list.text_loc = at;
        count(1, 0, mark);
        for (const auto& [column, text] : lifted.list) {
            Node item;
            item.kind = NodeKind::Scalar;
            item.scalar = text;
            item.loc = item.text_loc = {name_, at.line, column + 1};
            count(1, text.size(), mark);
            list.items.push_back(std::move(item));
        }
        return list;
    }

    /// The map of a lifted sequence item (yaml-cpp saw `|` at its first key).
    Node lifted_map(const LiftedBlock& lifted, const YAML::Mark& mark) {
        Node map;
        map.kind = NodeKind::Map;
        map.loc = map.text_loc = loc(mark);
        count(1, 0, mark);
        for (const LiftedEntry& entry : lifted.map) {
            Node key;
            key.kind = NodeKind::Scalar;
            key.scalar = entry.key;
            key.loc = key.text_loc = {name_, entry.line + 1, entry.column + 1};
            key.text_map = lifted_piece(entry.value.original_pipe, entry.line, entry.column, key.scalar);
            count(1, key.scalar.size(), mark);
            map.entries.emplace_back(std::move(key), lifted_value(entry.value, mark));
        }
        return map;
    }

    /// The value of a lifted map entry: a scalar, or the sequence of a flow list.
    Node lifted_value(const LiftedBlock& value, const YAML::Mark& mark) {
        const std::string& original = claims_->original();
        const std::size_t line_start = original.rfind('\n', value.original_pipe) + 1;  // npos + 1 == 0
        const SourceLoc at{name_, value.key_line + 1, static_cast<int>(value.original_pipe - line_start) + 1};
        if (value.is_list()) return lifted_list(value, at, mark);
        Node n;
        n.kind = NodeKind::Scalar;
        n.scalar = value.value;
        n.loc = at;
        n.text_loc = text_start(original, value.original_pipe, at);
        n.text_map = original_map(value, value.key_line, n.scalar);
        count(1, n.scalar.size(), mark);
        return n;
    }

    /// The one piece of a one-line lifted text at 0-based `column` of the line holding byte
    /// `on_line` of the original, when the original has that text there.
    TextMap lifted_piece(std::size_t on_line, int line, int column, const std::string& text) const {
        const std::string& original = claims_->original();
        const std::size_t start = original.rfind('\n', on_line) + 1 + static_cast<std::size_t>(column);  // npos + 1 == 0
        if (text.empty() || original.compare(start, text.size(), text) != 0) return {};
        return {{1, 1, static_cast<int>(text.size()), line + 1, column + 1}};
    }

    /// The pieces of a lifted scalar, in the original text (its `|` or plain value on `line`).
    TextMap original_map(const LiftedBlock& lifted, int line, const std::string& value) const {
        const std::string& original = claims_->original();
        const std::size_t line_start = original.rfind('\n', lifted.original_pipe) + 1;  // npos + 1 == 0
        return map_scalar(original, lifted.original_pipe, line, static_cast<int>(lifted.original_pipe - line_start), value);
    }

    SourceLoc loc(const YAML::Mark& m) const {
        int line = claims_ ? claims_->original_line(m.line) : m.line;
        return {name_, line + 1, m.column + 1};
    }

    /// The lifted block yaml-cpp reports at `mark`, or nullptr. Throws LiftMismatch unless
    /// it is the value of its own key, in a map that starts at that key or on an earlier
    /// line (an anchored map starts at its anchor).
    const LiftedBlock* claim(const YAML::Mark& mark, const std::string& value) const {
        if (!claims_) return nullptr;
        const LiftedBlock* lifted = claims_->claim(static_cast<std::size_t>(mark.pos), value);
        if (lifted && !(lifted->is_map() ? is_sequence_item() : is_value_of_own_key(*lifted))) throw LiftMismatch{};
        return lifted;
    }

    bool is_sequence_item() const { return !stack_.empty() && stack_.back().node.kind == NodeKind::Sequence; }

    bool is_value_of_own_key(const LiftedBlock& lifted) const {
        if (stack_.empty() || stack_.back().node.kind != NodeKind::Map) return false;
        const Frame& map = stack_.back();
        int line = lifted.key_line + 1;
        int column = lifted.key_column + 1;
        bool map_starts_here = map.node.loc.line < line || map.node.loc.column == column;
        return map.pending_key && map.pending_key->loc.line == line &&
               map.pending_key->loc.column == column && map_starts_here;
    }

    void count(std::size_t nodes, std::size_t bytes, const YAML::Mark& mark) {
        nodes_ += nodes;
        bytes_ += bytes;
        if (nodes_ > limits_.max_nodes)
            throw Stop{loc(mark), fmt::format("document too large: more than {} nodes after "
                                              "expanding aliases (alias bomb?)",
                                              limits_.max_nodes)};
        if (bytes_ > limits_.max_scalar_bytes)
            throw Stop{loc(mark), fmt::format("document too large: more than {} MB of text "
                                              "after expanding aliases (alias bomb?)",
                                              limits_.max_scalar_bytes >> 20)};
    }

    void open(NodeKind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth)
            throw Stop{loc(mark), fmt::format("nesting deeper than {} levels", limits_.max_depth)};
        count(1, 0, mark);
        Frame f;
        f.node.kind = kind;
        f.node.loc = f.node.text_loc = loc(mark);
        f.anchor = anchor;
        stack_.push_back(std::move(f));
    }

    void close() {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        finish(std::move(f.node), f.anchor);
    }

    void remember(const Node& n, YAML::anchor_t anchor) {
        if (anchor == 0) return;
        anchors_[anchor] = Anchored{n, subtree_nodes(n), subtree_bytes(n)};
    }

    /// Attaches a completed node to its parent (or makes it the root).
    void finish(Node n, YAML::anchor_t anchor) {
        remember(n, anchor);
        if (stack_.empty()) {
            root_ = std::make_unique<Node>(std::move(n));
            return;
        }
        Frame& parent = stack_.back();
        if (parent.node.kind == NodeKind::Sequence) {
            parent.node.items.push_back(std::move(n));
        } else if (!parent.pending_key) {
            start_entry(parent, std::move(n));
        } else {
            if (!parent.skip_value)
                parent.node.entries.emplace_back(std::move(*parent.pending_key), std::move(n));
            parent.pending_key.reset();
            parent.skip_value = false;
        }
    }

    void start_entry(Frame& parent, Node key) {
        const bool complex = key.kind == NodeKind::Sequence || key.kind == NodeKind::Map;
        if (complex) diags_.error(key.loc, "a map key must be text, not " + std::string(describe(key.kind)));
        auto [it, inserted] = complex ? std::pair{parent.seen.end(), true} : parent.seen.emplace(key.scalar, key.loc.line);
        if (!inserted) {
            diags_.error(key.loc, fmt::format("duplicate key '{}' (first defined at line {})",
                                              key.scalar, it->second));
            parent.skip_value = true;
        }
        parent.pending_key = std::move(key);
    }

    const std::string& text_;
    const std::string& name_;
    Diagnostics& diags_;
    const Limits& limits_;
    LiftClaims* claims_;
    std::vector<Frame> stack_;
    std::unordered_map<YAML::anchor_t, Anchored> anchors_;
    std::unique_ptr<Node> root_;
    SourceLoc document_start_;
    std::size_t nodes_ = 0;
    std::size_t bytes_ = 0;
};

std::string syntax_message(const std::string& msg) {
    if (msg.empty()) return "YAML syntax error";
    // yaml-cpp rejects "\ud83d\ude00", the UTF-16 surrogate pair JSON writes for one character.
    const std::string invalid = "invalid unicode: ";
    if (msg.starts_with(invalid)) {
        long value = std::strtol(msg.c_str() + invalid.size(), nullptr, 10);
        if (value >= 0xD800 && value <= 0xDFFF)
            return fmt::format("YAML syntax error: \\u{:04x} is half of a UTF-16 surrogate pair, which YAML does not "
                               "combine: write the character itself, or \\U and its 8-digit code point",
                               value);
    }
    // yaml-cpp's words for a ': ' where no key can start: mostly a plain value holding one
    // (`q: What: is this?`), or a key indented more than the keys beside it.
    if (msg == "illegal map value")
        return "YAML syntax error: illegal map value: put a value that holds ': ' in quotes, or line this key up "
               "with the keys above it";
    return "YAML syntax error: " + msg;
}

/// `message` with a hint when line `line` (0-based) of `text` is indented with a tab, which
/// yaml-cpp reports as 'illegal block entry' at the '-' after it.
std::string with_tab_hint(std::string message, const std::string& text, int line) {
    if (message.find("tab") != std::string::npos) return message;
    std::size_t start = 0;
    for (int i = 0; i < line; ++i) {
        start = text.find('\n', start);
        if (start == std::string::npos) return message;
        ++start;
    }
    const std::size_t indent_end = std::min(text.find_first_not_of(" \t", start), text.size());
    if (text.find('\t', start) >= indent_end) return message;
    return message + " (this line is indented with a tab: YAML indents with spaces only)";
}

/// yaml-cpp's "unknown token" at a '@' or '`': YAML reserves both, so a plain value cannot start
/// with them (`q: `async` vs threads`, a common first word in a technical question).
std::string with_token_hint(std::string message, const std::string& text, int pos) {
    if (!message.ends_with("unknown token") || pos < 0 || static_cast<std::size_t>(pos) >= text.size()) return message;
    const char c = text[static_cast<std::size_t>(pos)];
    if (c != '@' && c != '`') return message;
    return message + fmt::format(": a value cannot start with '{}' (YAML reserves it); put the value in quotes", c);
}

/// Where the flow collection that yaml-cpp found unclosed ("end of sequence flow not found" at
/// `pos`, often lines below) opens: the last '[' (or '{') that starts a value before `pos`
/// ("key: [", "- [") and is not closed on the way to `pos`. Text in quotes is skipped.
std::optional<std::size_t> unclosed_flow(const std::string& text, std::size_t pos, char open) {
    const char close = open == '[' ? ']' : '}';
    std::optional<std::size_t> found;
    for (std::size_t i = 0; i < std::min(pos, text.size()); ++i) {
        const char c = text[i];
        if ((c == '"' || c == '\'') && found) {
            std::size_t end = text.find(c, i + 1);
            i = end == std::string::npos ? text.size() : end;
        } else if (c == open && !found && i > 0 && (text[i - 1] == ' ' || text[i - 1] == '\n') &&
                   (i < 2 || text[i - 2] == ':' || text[i - 2] == '-' || text[i - 1] == '\n')) {
            found = i;  // a flow that starts a value
        } else if (found && c == close) {
            found.reset();  // closed (nested flows of the same kind are rare in banks)
        }
    }
    return found;
}

/// yaml-cpp's error about a flow collection, told at its opening bracket instead of where the
/// parser gave up (`tags: [a, b` with no ']' fails at the next key); `at` unchanged otherwise.
std::string at_unclosed_flow(std::string message, const std::string& text, std::size_t pos, SourceLoc& at) {
    const bool list = message.ends_with("end of sequence flow not found");
    if (!list && !message.ends_with("end of map flow not found")) return message;
    std::optional<std::size_t> open = unclosed_flow(text, pos, list ? '[' : '{');
    if (!open) return message;
    const std::size_t line_start = text.rfind('\n', *open) == std::string::npos ? 0 : text.rfind('\n', *open) + 1;
    at.line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(*open), '\n'));
    at.column = 1 + static_cast<int>(*open - line_start);
    return list ? "YAML syntax error: this '[' is never closed (a list written [a, b] ends with ']')"
                : "YAML syntax error: this '{' is never closed (a map written {a: 1} ends with '}')";
}

std::unique_ptr<Node> empty_root(const std::string& name) {
    auto root = std::make_unique<Node>();
    root->loc = root->text_loc = {name, 1, 1};
    return root;
}

/// Runs yaml-cpp over `text` into `builder`. Problems go to `diags` (nullptr returned);
/// LiftMismatch passes through.
std::unique_ptr<Node> run_parser(const std::string& text, TreeBuilder& builder,
                                 const std::string& name, Diagnostics& diags, const Limits& limits) {
    std::istringstream in(text);
    try {
        YAML::Parser parser(in);
        if (!parser.HandleNextDocument(builder)) return empty_root(name);
        Diagnostics ignored;
        TreeBuilder rest(text, name, ignored, limits);
        if (parser.HandleNextDocument(rest)) {
            diags.error(rest.document_start(),
                        "more than one YAML document in the file: the second starts here (remove '---')");
            return nullptr;
        }
    } catch (const Stop& stop) {
        diags.error(stop.loc, stop.message);
        return nullptr;
    } catch (const YAML::Exception& e) {
        std::string message = with_token_hint(with_tab_hint(syntax_message(e.msg), text, e.mark.line), text, e.mark.pos);
        SourceLoc at{name, e.mark.line + 1, e.mark.column + 1};
        if (message.find("surrogate pair") != std::string::npos && at.column > 6) at.column -= 6;  // at the \\uXXXX
        message = at_unclosed_flow(std::move(message), text, static_cast<std::size_t>(std::max(e.mark.pos, 0)), at);
        diags.error(at, message);
        return nullptr;
    }
    auto root = builder.take_root();
    if (!root) root = empty_root(name);
    return root;
}

/// The tree from the reduced text, or nullptr when that parse fails in any way or yaml-cpp
/// did not report every lifted block (its diagnostics are then dropped).
std::unique_ptr<Node> parse_lifted(const LiftedText& lifted, const std::string& text,
                                   const std::string& name, Diagnostics& diags,
                                   const Limits& limits) {
    Diagnostics trial;
    LiftClaims claims(lifted, text);
    TreeBuilder builder(lifted.reduced, name, trial, limits, &claims);
    std::unique_ptr<Node> root;
    try {
        root = run_parser(lifted.reduced, builder, name, trial, limits);
    } catch (const LiftMismatch&) {
        return nullptr;
    }
    if (!root || !claims.all_claimed()) return nullptr;
    for (const Diagnostic& d : trial.items()) diags.add(d);
    return root;
}

void record_lifted(const LiftedBlock& block, ParseTrace& trace) {
    if (block.is_map()) {
        ++trace.lifted_maps;
        for (const LiftedEntry& entry : block.map) record_lifted(entry.value, trace);
    } else {
        ++(block.is_list() ? trace.lifted_lists : block.plain ? trace.lifted_plain : trace.lifted_blocks);
    }
}

void record_lifted(const LiftedText& lifted, ParseTrace& trace) {
    for (const LiftedBlock& block : lifted.blocks) record_lifted(block, trace);
}

constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";

/// Refuses files over the size limit and text that is not UTF-8.
bool acceptable_text(const std::string& text, const std::string& name, Diagnostics& diags,
                     const Limits& limits) {
    if (text.size() > limits.max_file_bytes) {
        diags.error({name, 0, 0}, fmt::format("file too large ({} bytes, the limit is {} MB)",
                                              text.size(), limits.max_file_bytes >> 20));
        return false;
    }
    if (utf8::looks_like_utf16(text)) {  // was "invalid UTF-8 (byte 0xFF)" or "NUL byte" at 1:1
        diags.error({name, 1, 1}, "the file is UTF-16, not UTF-8: save it as UTF-8");
        return false;
    }
    if (auto bad = utf8::find_invalid(text)) {
        diags.error({name, bad->line, bad->column}, bad->message);
        return false;
    }
    return true;
}

}  // namespace

std::unique_ptr<Node> parse_text_traced(const std::string& text, const std::string& name,
                                        Diagnostics& diags, const Limits& limits, bool lift,
                                        ParseTrace* trace) {
    // A byte-order mark is not part of the document and editors do not show it: yaml-cpp's
    // marks already skip it, and the text it is measured against (text_loc) must too.
    if (text.starts_with(kByteOrderMark))
        return parse_text_traced(text.substr(kByteOrderMark.size()), name, diags, limits, lift, trace);
    if (!acceptable_text(text, name, diags, limits)) return nullptr;
    if (std::optional<LiftedText> lifted = lift ? lift_scalars(text) : std::nullopt) {
        if (auto root = parse_lifted(*lifted, text, name, diags, limits)) {
            if (trace) record_lifted(*lifted, *trace);
            return root;
        }
        if (trace) trace->fell_back = true;
    }
    TreeBuilder builder(text, name, diags, limits);
    return run_parser(text, builder, name, diags, limits);
}

std::unique_ptr<Node> parse_text(const std::string& text, const std::string& name,
                                 Diagnostics& diags, const Limits& limits) {
    return parse_text_traced(text, name, diags, limits, true);
}

std::unique_ptr<Node> parse_file(const std::string& path, Diagnostics& diags,
                                 const Limits& limits) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {  // opens, but reads as endless (tellg -1)
        diags.error({path, 0, 0}, "is a folder, not a YAML file");
        return nullptr;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diags.error({path, 0, 0}, fmt::format("cannot open file: {}", std::generic_category().message(errno)));
        return nullptr;
    }
    in.seekg(0, std::ios::end);
    auto size = static_cast<std::size_t>(in.tellg());
    if (size > limits.max_file_bytes) {
        diags.error({path, 0, 0}, fmt::format("file too large ({} bytes, the limit is {} MB)",
                                              size, limits.max_file_bytes >> 20));
        return nullptr;
    }
    in.seekg(0);
    std::string text(size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    return parse_text(lone_cr_to_lf(std::move(text)), path, diags, limits);
}

}  // namespace deckpress::yaml
