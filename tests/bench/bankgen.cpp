// bench: a deterministic synthetic question bank generator (N questions, 12 categories) for timing runs.
//
// Usage: deckpress_bankgen N DIR [SEED]
// Writes DIR/bank.yaml (title, 12 categories, 2 notes) and DIR/<category>.yaml. The mix follows
// the bundled bank: mostly prose answers with bullet and nested lists, inline code, bold text,
// quotes, code blocks in several languages, all levels and kinds, a short answer per question.
// The same N and SEED always give the same bytes (SplitMix64, no clock, no std::random).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

/// SplitMix64 (Steele, Lea, Flood 2014): small, fast and identical on every platform.
class Rng {
public:
    explicit Rng(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    bool chance(int percent) { return below(100) < percent; }
    template <class T>
    const T& pick(const std::vector<T>& v) { return v[static_cast<std::size_t>(below(static_cast<int>(v.size())))]; }

private:
    std::uint64_t state_;
};

const std::vector<std::string> kCategories = {"python", "fastapi", "sql", "microservices", "containers", "rest",
                                              "system-design", "performance", "git-cicd", "caching", "scenarios",
                                              "behavioral"};
const std::vector<std::string> kLevels = {"beginner", "intermediate", "advanced"};
const std::vector<std::string> kKinds = {"concept", "concept", "concept", "code", "scenario", "behavioral"};
const std::vector<std::string> kWords = {
    "application", "asynchronous", "request",   "database",     "transaction", "isolation",   "container",
    "deployment",  "service",      "latency",   "throughput",   "consistency", "partition",   "replication",
    "dependency",  "injection",    "middleware", "validation",  "serialization", "endpoint",  "schema",
    "migration",   "index",        "query",     "optimization", "cache",       "invalidation", "queue",
    "consumer",    "producer",     "message",   "retry",        "idempotent",  "timeout",     "circuit",
    "breaker",     "observability", "tracing",  "metrics",      "logging",     "pipeline",    "version",
    "the",         "a",            "of",        "and",          "to",          "in",          "is",
    "with",        "for",          "when",      "each",         "between",     "without",     "because",
    "reliable",    "scalable",     "simple",    "explicit",     "concurrent",  "stateless",   "durable"};
const std::vector<std::string> kIdentifiers = {"Depends", "asyncio.gather", "SELECT", "COMMIT", "docker build",
                                               "kubectl apply", "git rebase", "__init__", "yield", "await",
                                               "BaseModel", "HTTPException", "EXPLAIN ANALYZE", "lru_cache"};

struct CodeSample {
    std::string lang;
    std::vector<std::string> lines;
};

const std::vector<CodeSample> kCode = {
    {"python", {"from fastapi import FastAPI, Depends", "", "app = FastAPI()", "",
                "@app.get(\"/items/{item_id}\")", "async def read_item(item_id: int, db=Depends(get_db)):",
                "    item = await db.get(Item, item_id)", "    if item is None:",
                "        raise HTTPException(status_code=404, detail=\"Item not found\")", "    return item"}},
    {"sql", {"SELECT c.name, COUNT(o.id) AS orders", "FROM customers c", "LEFT JOIN orders o ON o.customer_id = c.id",
             "WHERE o.created_at >= NOW() - INTERVAL '30 days'", "GROUP BY c.name", "ORDER BY orders DESC",
             "LIMIT 10;"}},
    {"bash", {"docker build -t api:latest .", "docker run --rm -p 8000:8000 --env-file .env api:latest",
              "kubectl rollout status deployment/api --timeout=120s"}},
    {"yaml", {"services:", "  api:", "    build: .", "    ports:", "      - \"8000:8000\"", "    depends_on:",
              "      - db", "  db:", "    image: postgres:16"}},
    {"javascript", {"const response = await fetch('/api/items', {", "  method: 'POST',",
                    "  headers: { 'Content-Type': 'application/json' },", "  body: JSON.stringify(item),",
                    "});", "if (!response.ok) throw new Error(`HTTP ${response.status}`);"}},
};

std::string words(Rng& rng, int count, bool code) {
    std::string s;
    for (int i = 0; i < count; ++i) {
        if (i > 0) s += ' ';
        if (code && rng.chance(8)) s += "`" + rng.pick(kIdentifiers) + "`";
        else if (code && rng.chance(4)) s += "**" + rng.pick(kWords) + "**";
        else s += rng.pick(kWords);
    }
    return s;
}

std::string sentence(Rng& rng) {
    std::string s = words(rng, 6 + rng.below(8), true);
    s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s + ".";
}

std::string paragraph(Rng& rng, int sentences) {
    std::string s;
    for (int i = 0; i < sentences; ++i) s += (i ? " " : "") + sentence(rng);
    return s;
}

/// Appends `text` as a YAML literal block indented by `indent` spaces.
void literal(std::string& out, const std::string& text, int indent) {
    std::string pad(static_cast<std::size_t>(indent), ' ');
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        out += line.empty() ? "\n" : pad + line + "\n";
        start = end + 1;
    }
}

std::string bullet_list(Rng& rng) {
    std::string s;
    int items = 2 + rng.below(3);
    for (int i = 0; i < items; ++i) {
        s += "- **" + rng.pick(kWords) + ":** " + sentence(rng) + "\n";
        if (rng.chance(25))
            for (int k = 0; k < 2; ++k) s += "  - " + words(rng, 4 + rng.below(6), true) + "\n";
    }
    return s;
}

std::string ordered_list(Rng& rng) {
    std::string s;
    int items = 2 + rng.below(2);
    for (int i = 0; i < items; ++i) s += std::to_string(i + 1) + ". " + sentence(rng) + "\n";
    return s;
}

std::string code_block(Rng& rng) {
    const CodeSample& sample = rng.pick(kCode);
    std::string s = "```" + sample.lang + "\n";
    for (const std::string& line : sample.lines) s += line + "\n";
    return s + "```\n";
}

std::string answer(Rng& rng, const std::string& kind) {
    std::string a = paragraph(rng, 1 + rng.below(2)) + "\n";
    int blocks = rng.below(2) + (kind == "code" ? 1 : 0);
    for (int b = 0; b < blocks; ++b) {
        a += "\n";
        int choice = rng.below(10);
        if ((kind == "code" && b == 0) || choice == 0) a += "**Example:**\n" + code_block(rng);
        else if (choice <= 4) a += bullet_list(rng);
        else if (choice <= 6) a += ordered_list(rng);
        else if (choice == 7) a += "> " + sentence(rng) + " " + sentence(rng) + "\n";
        else a += paragraph(rng, 1 + rng.below(2)) + "\n";
    }
    return a;
}

std::string question(Rng& rng) {
    std::string q = words(rng, 5 + rng.below(8), false);
    q[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(q[0])));
    return q + "?";
}

void write_question(std::string& out, Rng& rng, const std::string& category, int number) {
    std::string kind = rng.pick(kKinds);
    out += "  - id: " + category + "-q" + std::to_string(number) + "\n";
    out += "    q: \"" + question(rng) + "\"\n";
    out += "    level: " + rng.pick(kLevels) + "\n";
    out += "    kind: " + kind + "\n";
    out += "    tags: [" + category + ", " + rng.pick(kWords) + "]\n";
    out += "    short: |\n";
    literal(out, words(rng, 15 + rng.below(25), true) + ".", 6);
    out += "    a: |\n";
    literal(out, answer(rng, kind), 6);
}

void write_file(const std::filesystem::path& path, const std::string& text) {
    std::ofstream file(path, std::ios::binary);
    file << text;
    if (!file) {
        std::fprintf(stderr, "bankgen: cannot write %s\n", path.string().c_str());
        std::exit(1);
    }
}

std::string bank_yaml(Rng& rng, int n) {
    std::string out = "title: Synthetic bank of " + std::to_string(n) + " questions\n";
    out += "subtitle: Generated by deckpress_bankgen for timing runs\nauthor: deckpress benchmarks\n";
    out += "categories: [";
    for (std::size_t i = 0; i < kCategories.size(); ++i) out += (i ? ", " : "") + kCategories[i];
    out += "]\nnotes:\n";
    for (const char* title : {"How to use this bank", "Closing tips"}) {
        out += std::string("  - title: ") + title + "\n    body: |\n";
        literal(out, paragraph(rng, 3) + "\n\n" + bullet_list(rng), 6);
    }
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: deckpress_bankgen N DIR [SEED]\n");
        return 2;
    }
    int n = std::atoi(argv[1]);
    std::filesystem::path dir = argv[2];
    std::uint64_t seed = argc > 3 ? std::strtoull(argv[3], nullptr, 10) : 20240601;
    if (n < 1) {
        std::fprintf(stderr, "bankgen: N must be at least 1\n");
        return 2;
    }
    std::filesystem::create_directories(dir);
    Rng rng(seed);
    write_file(dir / "bank.yaml", bank_yaml(rng, n));
    int per = static_cast<int>(kCategories.size());
    for (int c = 0; c < per; ++c) {
        std::string out = "title: " + kCategories[static_cast<std::size_t>(c)] + " questions\nquestions:\n";
        for (int i = c; i < n; i += per) write_question(out, rng, kCategories[static_cast<std::size_t>(c)], i / per + 1);
        write_file(dir / (kCategories[static_cast<std::size_t>(c)] + ".yaml"), out);
    }
    return 0;
}
