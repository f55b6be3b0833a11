// markdown: a small table-driven lexer that splits code lines into token-classed spans.
#include <algorithm>
#include <cctype>

#include "markdown/internal.hpp"
#include "markdown/languages.hpp"
#include "core/ascii.hpp"

namespace deckpress::markdown {
namespace {

using detail::Language;
using doc::Token;

/// What continues from one line to the next: an open multi-line string or block comment.
struct LexState {
    Token open = Token::Text;  ///< String or Comment while something is open
    std::string closer;
    bool escapes = false;
    bool doubled = false;
    bool continued = false;  ///< the previous line ended with a backslash (dockerfile)
};

bool is_word_start(char c) {
    const auto u = static_cast<unsigned char>(c);
    return std::isalpha(u) || c == '_' || u >= 0x80;  // UTF-8 bytes stay inside words
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

class LineLexer {
public:
    LineLexer(const Language& lang, std::string_view line, LexState& state)
        : lang_(lang), line_(line), state_(state) {}

    std::vector<doc::Span> run() {
        if (state_.open != Token::Text) continue_open();
        while (pos_ < line_.size()) step();
        const std::size_t last = line_.find_last_not_of(" \t");
        state_.continued = last != std::string_view::npos && line_[last] == '\\';
        return std::move(spans_);
    }

private:
    void step() {
        const char c = line_[pos_];
        if (is_blank(c)) return emit(scan_while(pos_, is_blank), Token::Text);
        if (starts_line_comment()) return emit(line_.size(), Token::Comment);
        if (!lang_.block_open.empty() && at(pos_, lang_.block_open))
            return open_construct(pos_ + lang_.block_open.size(), Token::Comment,
                                  lang_.block_close, false, false, true);
        if (lang_.quotes.find(c) != std::string_view::npos) return string_at(pos_);
        if (std::isdigit(static_cast<unsigned char>(c)) || (c == '.' && digit_at(pos_ + 1)))
            return number();
        if (c == '$' && lang_.dollar_variables) return variable();
        if (c == '@' && lang_.decorators && pos_ + 1 < line_.size() &&
            is_word_start(line_[pos_ + 1]))
            return emit(word_end(pos_ + 1), Token::Builtin);
        if (is_word_start(c)) return word();
        emit(pos_ + 1, Token::Punct);
    }

    void emit(std::size_t end, Token token) {
        const std::string_view text = line_.substr(pos_, end - pos_);
        if (token != Token::Text || !std::all_of(text.begin(), text.end(), is_blank))
            seen_token_ = true;
        detail::append_span(spans_, doc::Span{std::string(text), doc::Code, token, "", false});
        pos_ = end;
    }

    bool at(std::size_t i, std::string_view s) const { return line_.substr(i, s.size()) == s; }
    bool digit_at(std::size_t i) const {
        return i < line_.size() && std::isdigit(static_cast<unsigned char>(line_[i]));
    }

    template <class Pred>
    std::size_t scan_while(std::size_t i, Pred pred) const {
        while (i < line_.size() && pred(line_[i])) ++i;
        return i;
    }

    std::size_t word_end(std::size_t i) const {
        return scan_while(i, [this](char c) {
            return is_word_start(c) || std::isdigit(static_cast<unsigned char>(c)) ||
                   lang_.extra_word_chars.find(c) != std::string_view::npos;
        });
    }

    bool starts_line_comment() const {
        for (std::string_view opener : lang_.line_comments) {
            if (opener.empty() || !at(pos_, opener)) continue;
            if (opener != "#" || !lang_.hash_needs_word_start) return true;
            if (pos_ == 0 || is_blank(line_[pos_ - 1]) ||
                std::string_view(";|&(").find(line_[pos_ - 1]) != std::string_view::npos)
                return true;
        }
        return false;
    }

    /// Position just past `closer` searched from `i`, or npos when the line ends first.
    std::size_t find_close(std::size_t i, std::string_view closer, bool escapes,
                           bool doubled) const {
        while (i < line_.size()) {
            if (escapes && line_[i] == '\\') {
                i += 2;
            } else if (at(i, closer)) {
                if (!(doubled && closer.size() == 1 && at(i + 1, closer)))
                    return i + closer.size();
                i += 2;
            } else {
                ++i;
            }
        }
        return std::string_view::npos;
    }

    /// Lexes a string or comment whose body starts at `body`; keeps it open across lines when
    /// `multiline` and the closer is not on this line.
    void open_construct(std::size_t body, Token token, std::string_view closer, bool escapes,
                        bool doubled, bool multiline) {
        const std::size_t end = find_close(body, closer, escapes, doubled);
        if (end == std::string_view::npos) {
            if (multiline) state_ = LexState{token, std::string(closer), escapes, doubled, false};
            return emit(line_.size(), token);
        }
        emit(end, token == Token::String && is_key(end, false) ? Token::Keyword : token);
    }

    void continue_open() {
        const LexState open = state_;
        state_.open = Token::Text;
        open_construct(0, open.open, open.closer, open.escapes, open.doubled, true);
    }

    void string_at(std::size_t quote) {
        const char q = line_[quote];
        const std::string triple(3, q);
        const bool is_triple = lang_.triple_quotes && at(quote, triple);
        const std::string closer = is_triple ? triple : std::string(1, q);
        const bool escapes = lang_.backslash_escapes && !(lang_.raw_single_quotes && q == '\'');
        const bool multiline =
            is_triple || lang_.multiline_quotes.find(q) != std::string_view::npos;
        open_construct(quote + closer.size(), Token::String, closer, escapes,
                       lang_.doubled_quote_escapes, multiline);
    }

    /// True when a ':' follows (yaml wants a blank or line end after it; json strings not).
    bool is_key(std::size_t end, bool word) const {
        if (!lang_.keys_before_colon) return false;
        const std::size_t colon = scan_while(end, is_blank);
        if (colon >= line_.size() || line_[colon] != ':') return false;
        return !word || colon + 1 >= line_.size() || is_blank(line_[colon + 1]);
    }

    void number() {
        std::size_t i = pos_;
        const bool hex = at(i, "0x") || at(i, "0X");
        while (i < line_.size()) {
            const char c = line_[i];
            const bool exponent_sign = !hex && (c == '+' || c == '-') && i > pos_ &&
                                       (line_[i - 1] == 'e' || line_[i - 1] == 'E');
            if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.' &&
                !exponent_sign)
                break;
            ++i;
        }
        emit(i, Token::Number);
    }

    void variable() {
        const std::size_t next = pos_ + 1;
        if (at(next, "{")) {
            const std::size_t close = line_.find('}', next);
            return emit(close == std::string_view::npos ? line_.size() : close + 1, Token::Builtin);
        }
        const std::size_t name_end = scan_while(next, [](char c) {
            return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
        });
        if (name_end > next) return emit(name_end, Token::Builtin);
        if (next < line_.size() && std::string_view("@*#?$!-").find(line_[next]) != std::string_view::npos)
            return emit(next + 1, Token::Builtin);
        emit(next, Token::Punct);
    }

    void word() {
        const std::size_t end = word_end(pos_);
        const std::string_view text = line_.substr(pos_, end - pos_);
        if (end < line_.size() && lang_.quotes.find(line_[end]) != std::string_view::npos &&
            is_string_prefix(text))
            return string_at(end);  // emits from pos_: the prefix joins the string span
        emit(end, classify(text, end));
    }

    bool is_string_prefix(std::string_view text) const {
        return !lang_.string_prefixes.empty() && text.size() <= 2 &&
               text.find_first_not_of(lang_.string_prefixes) == std::string_view::npos;
    }

    Token classify(std::string_view text, std::size_t end) const {
        if (is_key(end, true)) return Token::Keyword;
        std::string lowered;
        if (lang_.case_insensitive) {
            lowered.reserve(text.size());
            for (char c : text) lowered += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            text = lowered;
        }
        if (lang_.keywords.count(text) != 0) {
            const bool instruction_ok = !seen_token_ && !state_.continued;
            if (!lang_.first_word_is_instruction || instruction_ok) return Token::Keyword;
        }
        if (lang_.builtins.count(text) != 0) return Token::Builtin;
        return Token::Text;
    }

    const Language& lang_;
    std::string_view line_;
    LexState& state_;
    std::size_t pos_ = 0;
    bool seen_token_ = false;  ///< something other than blanks came before on this line
    std::vector<doc::Span> spans_;
};

/// Splits at '\n' (a final '\n' ends the last line; "\r\n" counts as one break).
std::vector<std::string_view> split_lines(std::string_view code) {
    std::vector<std::string_view> lines;
    while (!code.empty()) {
        const std::size_t eol = code.find('\n');
        std::string_view line = code.substr(0, eol);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        lines.push_back(line);
        if (eol == std::string_view::npos) break;
        code.remove_prefix(eol + 1);
    }
    return lines;
}

}  // namespace

std::vector<std::vector<doc::Span>> highlight(std::string_view code, std::string_view lang) {
    const std::string clean = detail::sanitize_utf8(code);
    const std::string name = ascii_lower(lang);
    const Language* language = detail::find_language(name);
    std::vector<std::vector<doc::Span>> out;
    LexState state;
    for (std::string_view line : split_lines(clean)) {
        if (language != nullptr) {
            out.push_back(LineLexer(*language, line, state).run());
            continue;
        }
        std::vector<doc::Span> spans;
        detail::append_span(spans, doc::Span{std::string(line), doc::Code, Token::Text, "", false});
        out.push_back(std::move(spans));
    }
    return out;
}

}  // namespace deckpress::markdown
