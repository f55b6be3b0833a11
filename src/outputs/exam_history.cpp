// outputs: reading and appending the JSON exam history ({"exams": [{bank, seed, layout, versions}]}).
#include "outputs/exam_history.hpp"

#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/atomic_file.hpp"
#include "core/diagnostics.hpp"

namespace deckpress::outputs {

namespace {

using nlohmann::json;

json load_history(const std::string& path) {
    if (!std::filesystem::exists(path)) return json{{"exams", json::array()}};
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    json doc = json::parse(text.str(), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("exams") || !doc["exams"].is_array())
        throw InputError{fmt::format("{}: not a deckpress exam history (expected {{\"exams\": [...]}})", path)};
    return doc;
}

}  // namespace

std::set<std::string> recent_questions(const std::string& path, const std::string& bank_name, int count) {
    json doc = load_history(path);
    std::set<std::string> ids;
    int seen = 0;
    const json& exams = doc["exams"];
    for (auto it = exams.rbegin(); it != exams.rend() && seen < count; ++it) {
        if (!it->is_object() || it->value("bank", "") != bank_name) continue;
        ++seen;
        for (const json& version : it->value("versions", json::array()))
            for (const json& id : version.value("ids", json::array()))
                if (id.is_string()) ids.insert(id.get<std::string>());
    }
    return ids;
}

void record_exam(const std::string& path, const std::string& bank_name, const std::string& layout_name,
                 const ExamPlan& plan) {
    json doc = load_history(path);
    json versions = json::array();
    for (const ExamVersion& v : plan.versions) {
        json ids = json::array();
        for (const ExamQuestion& q : v.questions) ids.push_back(q.entry->question->id);
        versions.push_back({{"version", v.label}, {"ids", ids}});
    }
    doc["exams"].push_back({{"bank", bank_name}, {"seed", plan.seed}, {"layout", layout_name}, {"versions", versions}});
    write_file_atomic(path, doc.dump(2) + "\n");
}

}  // namespace deckpress::outputs
