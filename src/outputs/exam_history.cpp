// outputs: reading and appending the JSON exam history ({"exams": [{bank, seed, layout, versions}]}).
#include "outputs/exam_history.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cerrno>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <system_error>

#include "core/atomic_file.hpp"
#include "core/diagnostics.hpp"
#include "core/folder_lock.hpp"
#include "core/utf8.hpp"

namespace deckpress::outputs {

namespace {

using nlohmann::json;

[[noreturn]] void not_a_history(const std::string& path, const std::string& why) {
    throw InputError{fmt::format("not a deckpress exam history ({})", why), {path}};
}

/// What is wrong with exam `e` of a history, or "" (each entry is {bank, versions: [{ids}]}).
std::string exam_problem(const json& e) {
    if (!e.is_object()) return "not an object";
    if (!e.contains("bank") || !e["bank"].is_string()) return "'bank' is not a string";
    if (!e.contains("versions") || !e["versions"].is_array()) return "'versions' is not a list";
    for (const json& v : e["versions"]) {
        const json* ids = v.is_object() && v.contains("ids") ? &v["ids"] : nullptr;
        if (!ids || !ids->is_array() || !std::all_of(ids->begin(), ids->end(), [](const json& id) { return id.is_string(); }))
            return "a version's 'ids' is not a list of question ids";
    }
    return "";
}

/// "FILE:LINE:COL: not valid JSON (reason)" for a parse error at byte `byte` of `text`.
[[noreturn]] void invalid_json(const std::string& path, const std::string& text, const json::parse_error& e) {
    std::size_t end = std::min<std::size_t>(e.byte == 0 ? 0 : e.byte - 1, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < end; ++i) {
        line += text[i] == '\n' ? 1 : 0;
        column = text[i] == '\n' ? 1 : column + 1;
    }
    std::string reason = e.what();
    std::size_t colon = reason.rfind(": ");
    reason = colon == std::string::npos ? reason : reason.substr(colon + 2);
    throw InputError{fmt::format("not valid JSON ({}); fix or delete this exam history", reason),
                     {path, static_cast<int>(line), static_cast<int>(column)}};
}

json load_history(const std::string& path) {
    std::error_code ec;  // a path that cannot be looked at (a link loop) is opened, which says why
    if (!std::filesystem::exists(path, ec) && !ec) return json{{"exams", json::array()}};
    if (std::filesystem::is_directory(path, ec))  // was "not a deckpress exam history (expected {...})"
        throw InputError{"is a folder, not an exam history file; rename it or give --history FILE", {path}};
    std::ifstream in(path, std::ios::binary);
    if (!in)  // read as empty, the history would be replaced by this exam alone
        throw InputError{fmt::format("cannot read the exam history: {}", std::generic_category().message(errno)), {path}};
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::string text = buffer.str();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos)
        return json{{"exams", json::array()}};  // an empty file (made with touch, say): no exams yet
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        invalid_json(path, text, e);
    }
    if (!doc.is_object() || !doc.contains("exams") || !doc["exams"].is_array())
        not_a_history(path, "expected {\"exams\": [...]}");
    int number = 0;
    for (const json& e : doc["exams"])
        if (std::string problem = exam_problem(e); ++number && !problem.empty())
            not_a_history(path, fmt::format("exam {}: {}", number, problem));
    return doc;
}

/// A bank's or layout's name as the history records it: a file name need not be UTF-8, and
/// JSON text must be (invalid bytes become U+FFFD, so a name always finds its own exams).
std::string history_name(const std::string& name) {
    std::string out;
    for_each_codepoint(name, [&](char32_t cp) { append_utf8(out, cp); });
    return out;
}

}  // namespace

std::set<std::string> recent_questions(const std::string& path, const std::string& bank_name, int count) {
    json doc = load_history(path);
    std::set<std::string> ids;
    int seen = 0;
    const json& exams = doc["exams"];
    for (auto it = exams.rbegin(); it != exams.rend() && seen < count; ++it) {
        if ((*it)["bank"] != history_name(bank_name)) continue;
        ++seen;
        for (const json& version : (*it)["versions"])
            for (const json& id : version["ids"]) ids.insert(id.get<std::string>());
    }
    return ids;
}

void record_exam(const std::string& path, const std::string& bank_name, const std::string& layout_name,
                 const ExamPlan& plan) {
    // Other runs may append to the same history now: read, append and write under a lock.
    FolderLock lock(std::filesystem::path(path).parent_path().string());
    json doc = load_history(path);
    json versions = json::array();
    for (const ExamVersion& v : plan.versions) {
        json ids = json::array();
        for (const ExamQuestion& q : v.questions) ids.push_back(q.entry->question->id);
        versions.push_back({{"version", v.label}, {"ids", ids}});
    }
    doc["exams"].push_back({{"bank", history_name(bank_name)}, {"seed", plan.seed}, {"layout", history_name(layout_name)}, {"versions", versions}});
    write_file_atomic(path, doc.dump(2) + "\n");
}

}  // namespace deckpress::outputs
