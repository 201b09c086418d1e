// Cross-checks between the three definition files and the code: the CLD
// (cld/supervise.cld), the HELP library (hlp/supervise.hlp), the message
// catalogue (msg/supervise.msg) and the message idents the sources use. A
// qualifier added to the CLD without its HELP topic, or a message used in
// the code but missing from the catalogue (or used with the wrong number of
// FAO arguments), fails here.
#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "client/client.h"
#include "core/cli.h"
#include "core/embedded.h"
#include "core/help.h"
#include "core/msg.h"

#ifndef SV_SOURCE_DIR
#define SV_SOURCE_DIR "."
#endif

namespace {

using sv::cli::CommandTable;
using sv::cli::Definition;
using sv::cli::EntityDef;

std::string slurp(const std::string& path) {
    std::ifstream f(path, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

std::string upper(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

std::string lower(std::string s) {
    for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

const sv::help::HelpLibrary& library() {
    static const sv::help::HelpLibrary lib = sv::help::HelpLibrary::parse(sv::embedded::supervise_hlp(), nullptr);
    return lib;
}

// One action as the CLD defines it: its keyword and the effective syntax.
struct ActionSyntax {
    std::string name;
    Definition def;
};

std::vector<ActionSyntax> actions() {
    const CommandTable& t = sv::cli::builtin_table();
    std::vector<ActionSyntax> out;
    const Definition* verb = t.find_verb("SUPERVISE");
    if (!verb || verb->params.empty()) return out;
    const sv::cli::TypeDef* type = t.find_type(verb->params[0].value.type);
    if (!type) return out;
    for (const auto& k : type->keywords)
        out.push_back({k.name, t.effective(*verb, k.syntax.empty() ? nullptr : t.find_syntax(k.syntax))});
    return out;
}

// Names are unique when no two share their first four characters (DCL
// accepts any abbreviation of four characters or more).
void check_four(const std::vector<std::string>& names, const std::string& where) {
    std::map<std::string, std::string> seen;
    for (const auto& n : names) {
        CAPTURE(where);
        CAPTURE(n);
        auto [it, fresh] = seen.emplace(upper(n.substr(0, 4)), n);
        CHECK_MESSAGE(fresh, n << " clashes with " << it->second);
    }
}

// A message use found in the sources.
struct Use {
    std::string file;
    std::string ident;
    int args = -1;  // FAO arguments passed, -1 when the call passes none itself
};

// Index just past the bracket matching the one at `open`, skipping string
// and character literals; npos when unbalanced.
size_t match_close(const std::string& s, size_t open) {
    int depth = 0;
    for (size_t i = open; i < s.size(); ++i) {
        char c = s[i];
        if (c == '"' || c == '\'') {
            for (++i; i < s.size() && s[i] != c; ++i)
                if (s[i] == '\\') ++i;
            continue;
        }
        if (c == '(' || c == '{' || c == '[') ++depth;
        if (c == ')' || c == '}' || c == ']') {
            if (--depth == 0) return i + 1;
        }
    }
    return std::string::npos;
}

// Top-level elements of a braced list "{a, f(b, c)}".
int count_elements(const std::string& list) {
    std::string inner = list.substr(1, list.size() - 2);
    if (inner.find_first_not_of(" \t\r\n") == std::string::npos) return 0;
    int n = 1;
    for (size_t i = 0; i < inner.size(); ++i) {
        char c = inner[i];
        if (c == '"' || c == '\'' || c == '(' || c == '{' || c == '[') {
            if (c == '"' || c == '\'') {
                for (++i; i < inner.size() && inner[i] != c; ++i)
                    if (inner[i] == '\\') ++i;
            } else {
                size_t end = match_close(inner, i);
                if (end == std::string::npos) break;
                i = end - 1;
            }
            continue;
        }
        if (c == ',') ++n;
    }
    return n;
}

// Finds the calls that name a message: format("IDENT", {...}),
// format_continued, text, code, cond, fail, say(out, "IDENT", {...}),
// reply_status(conn, req, "IDENT") and is(code, "IDENT"), a ternary between
// two idents included.
std::vector<Use> scan_source(const std::string& file, const std::string& src) {
    static const std::regex call(R"(\b(format_continued|format|text|code|cond|fail|say|reply_status|is)\()");
    static const std::regex ident(R"re("([A-Z][A-Z0-9_]{2,})")re");
    std::vector<Use> out;
    for (auto it = std::sregex_iterator(src.begin(), src.end(), call); it != std::sregex_iterator(); ++it) {
        size_t open = static_cast<size_t>(it->position(0) + it->length(0) - 1);
        size_t close = match_close(src, open);
        if (close == std::string::npos) continue;
        std::string args = src.substr(open + 1, close - open - 2);
        // The part before the FAO argument list, if any.
        size_t brace = std::string::npos;
        for (size_t i = 0; i < args.size(); ++i) {
            if (args[i] == '"') {
                for (++i; i < args.size() && args[i] != '"'; ++i)
                    if (args[i] == '\\') ++i;
                continue;
            }
            if (args[i] == '(' || args[i] == '[') {
                size_t end = match_close(args, i);
                if (end == std::string::npos) break;
                i = end - 1;
                continue;
            }
            if (args[i] == '{') {
                brace = i;
                break;
            }
        }
        std::string head = args.substr(0, brace);
        int count = -1;
        if (brace != std::string::npos) {
            size_t end = match_close(args, brace);
            if (end != std::string::npos) count = count_elements(args.substr(brace, end - brace));
        }
        for (auto m = std::sregex_iterator(head.begin(), head.end(), ident); m != std::sregex_iterator(); ++m)
            out.push_back({file, (*m)[1].str(), count});
    }
    // Generated condition symbols (cond::NOSUCHPROG): the compiler checks
    // they exist; they are counted as uses without FAO arguments.
    static const std::regex symbol(R"(\bcond::([A-Z][A-Z0-9_]{2,})\b)");
    for (auto m = std::sregex_iterator(src.begin(), src.end(), symbol); m != std::sregex_iterator(); ++m)
        out.push_back({file, (*m)[1].str(), -1});
    return out;
}

std::vector<Use> scan_tree() {
    std::vector<Use> out;
    namespace fs = std::filesystem;
    fs::path root = fs::path(SV_SOURCE_DIR) / "src";
    std::error_code ec;
    for (fs::recursive_directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        if (!it->is_regular_file()) continue;
        auto ext = it->path().extension().string();
        if (ext != ".cpp" && ext != ".h") continue;
        auto rel = it->path().lexically_relative(SV_SOURCE_DIR).generic_string();
        // The CLD parser speaks DCL's own CLI facility, not SUPERVISE's.
        if (rel.rfind("src/core/cli", 0) == 0) continue;
        auto uses = scan_source(rel, slurp(it->path().string()));
        out.insert(out.end(), uses.begin(), uses.end());
    }
    return out;
}

}  // namespace

TEST_SUITE("crosscheck") {

TEST_CASE("CLD, HLP and MSG sources read with zero diagnostics and match the embedded copies") {
    std::vector<sv::cli::Diagnostic> cd;
    sv::cli::read_cld(sv::embedded::supervise_cld(), "supervise.cld", cd);
    for (const auto& d : cd) FAIL_CHECK(d.text());
    CHECK(cd.empty());
    std::vector<sv::help::Diagnostic> hd;
    sv::help::HelpLibrary::parse(sv::embedded::supervise_hlp(), &hd);
    for (const auto& d : hd) FAIL_CHECK(d.format());
    CHECK(hd.empty());
    std::vector<sv::msg::ParseError> me;
    auto cat = sv::msg::Catalogue::parse(sv::embedded::supervise_msg(), &me);
    for (const auto& e : me) FAIL_CHECK(e.line << ": " << e.text);
    CHECK(me.empty());
    CHECK(cat.all().size() == sv::msg::Catalogue::builtin().all().size());
    CHECK(slurp(SV_SOURCE_DIR "/cld/supervise.cld") == std::string(sv::embedded::supervise_cld()));
    CHECK(slurp(SV_SOURCE_DIR "/hlp/supervise.hlp") == std::string(sv::embedded::supervise_hlp()));
    CHECK(slurp(SV_SOURCE_DIR "/msg/supervise.msg") == std::string(sv::embedded::supervise_msg()));
}

TEST_CASE("every CLD name is unique in its first four characters") {
    const CommandTable& t = sv::cli::builtin_table();
    std::vector<std::string> verbs;
    for (const auto& v : t.verbs) verbs.push_back(v.name);
    check_four(verbs, "verbs");
    for (const auto& type : t.types) {
        std::vector<std::string> words;
        for (const auto& k : type.keywords) words.push_back(k.name);
        check_four(words, "type " + type.name);
    }
    auto acts = actions();
    REQUIRE(acts.size() == 18);
    for (const auto& a : acts) {
        std::vector<std::string> quals;
        for (const auto& q : a.def.quals) quals.push_back(q.name);
        check_four(quals, "qualifiers of " + a.name);
    }
}

TEST_CASE("every action, parameter and qualifier of the effective syntaxes has its HELP topic") {
    const auto& lib = library();
    const CommandTable& t = sv::cli::builtin_table();
    auto acts = actions();
    REQUIRE(acts.size() == 18);
    size_t qualifier_topics = 0;
    for (const auto& a : acts) {
        CAPTURE(a.name);
        const sv::help::Topic* topic = lib.find({"SUPERVISE", a.name});
        REQUIRE(topic != nullptr);
        CHECK(topic->key == a.name);  // spelled as the keyword
        // Parameters: "None." exactly when the action takes nothing after P1;
        // otherwise each prompted parameter is named ("Process" -> process-name).
        const sv::help::Topic* params = lib.find({"SUPERVISE", a.name, "Parameters"});
        REQUIRE(params != nullptr);
        std::vector<const EntityDef*> after;
        for (const auto& p : a.def.params)
            if (p.name != "P1") after.push_back(&p);
        std::string ptext = joined(params->text);
        if (after.empty()) {
            REQUIRE(params->text.size() == 1);
            CHECK(params->text[0].substr(params->text[0].find_first_not_of(' ')) == "None.");
        } else {
            CHECK(ptext.find("None.") == std::string::npos);
            for (const EntityDef* p : after) {
                CAPTURE(p->name);
                if (!p->prompt.empty()) CHECK(ptext.find(lower(p->prompt) + "-name") != std::string::npos);
            }
        }
        // Qualifiers: one topic per qualifier the action takes, and no other.
        std::set<std::string> documented;
        for (const auto& s : topic->subtopics)
            if (s.qualifier()) documented.insert(upper(s.key.substr(1)));
        std::set<std::string> defined;
        for (const auto& q : a.def.quals) defined.insert(q.name);
        CHECK(documented == defined);
        for (const auto& q : a.def.quals) {
            CAPTURE(q.name);
            const sv::help::Topic* qt = lib.find({"SUPERVISE", a.name, "/" + q.name});
            REQUIRE(qt != nullptr);
            ++qualifier_topics;
            std::string qtext = upper(joined(qt->text));
            // The syntax line shows how a value is given, /NOname when negatable.
            if (q.value.allowed)
                CHECK(qtext.find("/" + q.name + "=") != std::string::npos);
            if (q.negatable) CHECK(qtext.find("/NO" + q.name) != std::string::npos);
            // A keyword value type: every keyword is mentioned.
            if (!q.value.type.empty() && !sv::cli::is_builtin_type(q.value.type)) {
                const sv::cli::TypeDef* type = t.find_type(q.value.type);
                REQUIRE(type != nullptr);
                for (const auto& k : type->keywords) CHECK(qtext.find(k.name) != std::string::npos);
            }
            // A VALUE(DEFAULT=n) shows its default.
            if (q.value.has_default) CHECK(qtext.find("DEFAULT: " + q.value.default_value) != std::string::npos);
        }
        // HELP abbreviates actions to four characters, as DCL does.
        auto four = lib.resolve({"SUPERVISE", a.name.substr(0, 4)});
        REQUIRE(four.size() == 1);
        CHECK(four[0].back()->key == a.name);
    }
    CHECK(qualifier_topics > 30);
}

TEST_CASE("every message ident the sources use exists with the FAO count they pass") {
    const auto& cat = sv::msg::Catalogue::builtin();
    auto uses = scan_tree();
    std::set<std::string> idents;
    size_t counted = 0;
    for (const auto& u : uses) {
        CAPTURE(u.file);
        CAPTURE(u.ident);
        idents.insert(u.ident);
        const sv::msg::Message* m = cat.find(u.ident);
        CHECK_MESSAGE(m != nullptr, u.file << " uses unknown message " << u.ident);
        if (!m || u.args < 0) continue;
        ++counted;
        CHECK_MESSAGE(m->fao_count == u.args,
                      u.file << ": " << u.ident << " takes " << m->fao_count << " FAO arguments, " << u.args << " given");
    }
    // The scanner does see the code (a broken regex would pass vacuously).
    CHECK(idents.size() >= 25);
    CHECK(counted >= 10);
    for (const char* must : {"NOSERVER", "NOSUCHPROG", "SPAWNERR", "BADVALUE", "BADCONFIG", "SERVERSTART",
                             "NOTRUNNING", "ALRSTARTED", "RELOADED", "TIMEOUT", "PROTOCOL"})
        CHECK_MESSAGE(idents.count(must) == 1, must << " not found by the scanner");
}

TEST_CASE("the scanner itself: calls, ternaries, nested argument lists") {
    auto uses = scan_source("x.cpp",
                            "cat.format(\"AAA\", {f(x, y), \"s\"});\n"
                            "say(stderr, e == \"timed out\" ? \"BBB\" : \"CCC\", {err});\n"
                            "r.status = cond(\"DDD\");\n"
                            "fail(\"EEE\", {where.table, error});\n"
                            "text(\"FFF\",\n   {std::string(\"a, b\")});\n"
                            "find(\"SIG\");\n");
    std::vector<std::pair<std::string, int>> got;
    for (const auto& u : uses) got.emplace_back(u.ident, u.args);
    CHECK(got == std::vector<std::pair<std::string, int>>{
                     {"AAA", 2}, {"BBB", 1}, {"CCC", 1}, {"DDD", -1}, {"EEE", 2}, {"FFF", 1}});
}

TEST_CASE("every message is documented under HELP SUPERVISE Messages, and nothing else is") {
    const auto& cat = sv::msg::Catalogue::builtin();
    const sv::help::Topic* messages = library().find({"SUPERVISE", "Messages"});
    REQUIRE(messages != nullptr);
    std::set<std::string> documented;
    for (const auto& s : messages->subtopics) documented.insert(s.key);
    std::set<std::string> defined;
    for (const auto& m : cat.all()) {
        CAPTURE(m.ident);
        defined.insert(m.ident);
        const sv::help::Topic* t = library().find({"SUPERVISE", "Messages", m.ident});
        REQUIRE(t != nullptr);
        REQUIRE_FALSE(t->text.empty());
        std::string head = std::string("%SUPERVISE-") + sv::msg::severity_letter(m.severity) + "-" + m.ident + ",";
        CHECK(t->text[0].find(head) != std::string::npos);
    }
    CHECK(documented == defined);
}

TEST_CASE("HELP Exit_Status lists exactly the client's exit statuses") {
    const sv::help::Topic* t = library().find({"SUPERVISE", "Exit_Status"});
    REQUIRE(t != nullptr);
    std::set<int> documented;
    static const std::regex row(R"(^\s+(\d+)\s\s+\S.*)");
    for (const auto& line : t->text) {
        std::smatch m;
        if (std::regex_match(line, m, row)) documented.insert(std::stoi(m[1].str()));
    }
    using namespace sv::client;
    CHECK(documented == std::set<int>{kExitOk, kExitFailure, kExitUsage, kExitNotRunning, kExitUnknown, kExitSpawn});
}

TEST_CASE("HELP Linux names an option for every qualifier of the verb") {
    const sv::help::Topic* t = library().find({"SUPERVISE", "Linux"});
    REQUIRE(t != nullptr);
    std::string text = joined(t->text);
    const Definition* verb = sv::cli::builtin_table().find_verb("SUPERVISE");
    REQUIRE(verb != nullptr);
    REQUIRE_FALSE(verb->quals.empty());
    for (const auto& q : verb->quals) {
        CAPTURE(q.name);
        std::string option = "--" + lower(q.name);
        CHECK(text.find(option) != std::string::npos);
        CHECK(text.find("/" + q.name) != std::string::npos);
        if (q.negatable) CHECK(text.find("--no" + lower(q.name)) != std::string::npos);
    }
}

}  // TEST_SUITE
