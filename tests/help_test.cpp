// HELP library: the reader, VMS HELP's matching and display, the interactive
// session, the man pages, and hlp/supervise.hlp itself (zero diagnostics,
// every action, parameter, qualifier, configuration key and message of the
// grammar documented). Golden text lives in tests/golden/help/; run with
// SV_UPDATE_GOLDEN=1 to rewrite it after a deliberate change of the HLP file.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "core/embedded.h"
#include "core/help.h"

#ifndef SV_SOURCE_DIR
#define SV_SOURCE_DIR "."
#endif

using sv::help::Diagnostic;
using sv::help::HelpLibrary;

namespace {

const char* const kSmall =
    "1 TOOL\n"
    "  A small tool.\n"
    "2 START\n"
    "    Starts.\n"
    "3 /WAIT\n"
    "      Waits.\n"
    "3 Parameters\n"
    "      name\n"
    "2 STATUS\n"
    "    Shows.\n"
    "2 STOP\n"
    "    Stops.\n"
    "2 STOPPED\n"
    "    A state.\n";

HelpLibrary small() {
    std::vector<Diagnostic> d;
    HelpLibrary lib = HelpLibrary::parse(kSmall, &d);
    REQUIRE(d.empty());
    return lib;
}

const HelpLibrary& real() {
    static const HelpLibrary lib = HelpLibrary::parse(sv::embedded::supervise_hlp(), nullptr);
    return lib;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Compares with tests/golden/help/<name>, or rewrites it when asked to.
void golden(const std::string& name, const std::string& actual) {
    std::string path = std::string(SV_SOURCE_DIR) + "/tests/golden/help/" + name;
    const char* update = std::getenv("SV_UPDATE_GOLDEN");
    if (update && *update) {
        std::ofstream(path, std::ios::binary) << actual;
        return;
    }
    std::string expected = read_file(path);
    REQUIRE_MESSAGE(!expected.empty(), "missing golden file " << path);
    CHECK(actual == expected);
}

std::vector<std::string> words(const char* line) { return sv::help::split_request(line); }

// A scripted terminal: answers prompts from a list, records the transcript
// as a terminal would show it, and never answers more than it was given.
struct Script {
    std::vector<std::optional<std::string>> answers;
    size_t next = 0;
    std::string transcript;

    sv::help::LineReader reader() {
        return [this](const std::string& prompt) -> std::optional<std::string> {
            REQUIRE(next < answers.size());
            std::optional<std::string> a = answers[next++];
            transcript += prompt + (a ? *a : std::string("<EOF>")) + "\n";
            return a;
        };
    }
    sv::help::LineWriter writer() {
        return [this](const std::string& text) { transcript += text; };
    }
};

}  // namespace

TEST_SUITE("help") {

TEST_CASE("parse builds the outline with source case and trimmed text") {
    HelpLibrary lib = small();
    REQUIRE(lib.topics().size() == 1);
    const auto& tool = lib.topics()[0];
    CHECK(tool.key == "TOOL");
    CHECK(tool.level == 1);
    CHECK(tool.text == std::vector<std::string>{"  A small tool."});
    REQUIRE(tool.subtopics.size() == 4);
    CHECK(tool.subtopics[0].key == "START");
    CHECK(tool.subtopics[0].line == 3);
    CHECK(tool.subtopics[0].subtopics[0].qualifier());
    CHECK_FALSE(tool.subtopics[0].subtopics[1].qualifier());
    CHECK(lib.find({"tool", "start", "/wait"})->text[0] == "      Waits.");
    CHECK(lib.find({"tool", "sta"}) == nullptr);   // find takes whole keys only
}

TEST_CASE("parse diagnostics carry line numbers and the library is still built") {
    std::vector<Diagnostic> d;
    HelpLibrary lib = HelpLibrary::parse(
        "  stray text\n"            // 1
        "/EARLY\n"                  // 2
        "1 A\n"                     // 3
        "3 DEEP\n"                  // 4  jump 1 -> 3, taken as level 2
        "2 deep\n"                  // 5  duplicate of DEEP
        "2\n"                       // 6  empty key
        "2 TWO WORDS\n"             // 7
        "2 K_123456789012345678901234567890\n"  // 8  32 characters
        "0 not a key\n"             // 9
        "  " + std::string(79, 'x') + "\n",  // 10: 81 columns
        &d);
    std::vector<std::string> got;
    for (const auto& x : d) got.push_back(x.format());
    std::vector<std::string> want = {
        "line 1: text before the first key",
        "line 2: qualifier line before the first key",
        "line 4: level jumps from 1 to 3",
        "line 5: duplicate key deep (first at line 4)",
        "line 6: empty key",
        "line 7: key contains blanks: TWO WORDS",
        "line 8: key longer than 31 characters: K_123456789012345678901234567890",
        "line 9: text line starts with a digit in column 1",
        "line 10: line longer than 80 columns (81)",
    };
    CHECK(got == want);
    REQUIRE(lib.topics().size() == 1);
    CHECK(lib.topics()[0].subtopics.size() == 5);
    CHECK(lib.find({"A", "DEEP"})->level == 2);
}

TEST_CASE("qualifier lines in column 1 open topics beside the last key") {
    std::vector<Diagnostic> d;
    HelpLibrary lib = HelpLibrary::parse("1 CMD\n2 Qualifiers\n  All of them.\n/LOG\n  Logs.\n/WAIT\n  Waits.\n"
                                         "2 Examples\n  None.\n", &d);
    CHECK(d.empty());
    const auto& subs = lib.topics()[0].subtopics;
    REQUIRE(subs.size() == 4);
    CHECK(subs[1].key == "/LOG");
    CHECK(subs[1].level == 2);
    CHECK(subs[2].text == std::vector<std::string>{"  Waits."});
    CHECK(lib.find({"CMD", "/LOG"}) != nullptr);
}

TEST_CASE("split_request splits on blanks and before slashes") {
    CHECK(words("  START/WAIT  /TIMEOUT x ") == std::vector<std::string>{"START", "/WAIT", "/TIMEOUT", "x"});
    CHECK(words("").empty());
    CHECK(words("a...") == std::vector<std::string>{"a..."});
}

TEST_CASE("resolve: unique prefix, exact match wins, ambiguity, wildcards, slash") {
    HelpLibrary lib = small();
    auto keys = [&](const char* line) {
        std::vector<std::string> out;
        for (const auto& chain : lib.resolve(words(line))) out.push_back(chain.back()->key);
        return out;
    };
    CHECK(keys("tool start") == std::vector<std::string>{"START"});
    CHECK(keys("T STAR") == std::vector<std::string>{"START"});
    CHECK(keys("tool sta") == std::vector<std::string>{"START", "STATUS"});
    CHECK(keys("tool stop") == std::vector<std::string>{"STOP"});        // not STOPPED
    CHECK(keys("tool stopp") == std::vector<std::string>{"STOPPED"});
    CHECK(keys("tool *").size() == 4);
    CHECK(keys("tool st*s") == std::vector<std::string>{"STATUS"});
    CHECK(keys("tool sto%") == std::vector<std::string>{"STOP"});
    CHECK(keys("tool start /w") == std::vector<std::string>{"/WAIT"});
    CHECK(keys("tool start w").empty());          // a qualifier needs its slash
    CHECK(keys("tool start /p").empty());         // and a slash only finds qualifiers
    CHECK(keys("tool frob").empty());
    CHECK(keys("").empty());
}

TEST_CASE("columns use 11-column slots, 80 columns and a row for qualifiers") {
    CHECK(sv::help::columns({"A", "BB"}) == "  A          BB\n");
    CHECK(sv::help::columns({"Configuration", "X"}) == "  Configuration         X\n");
    CHECK(sv::help::columns({"P", "/Q", "/R", "E"}) == "  P\n  /Q         /R\n  E\n");
    std::vector<std::string> eight(8, "NAME");
    CHECK(sv::help::columns(eight) ==
          "  NAME       NAME       NAME       NAME       NAME       NAME       NAME\n"
          "  NAME\n");
}

TEST_CASE("render shows the path, the text and the subtopics") {
    HelpLibrary lib = small();
    CHECK(lib.render(words("tool start")) ==
          "\nTOOL\n\n  START\n\n    Starts.\n\n  Additional information available:\n\n"
          "  /WAIT\n  Parameters\n\n");
    CHECK(lib.render(words("tool stop")) == "\nTOOL\n\n  STOP\n\n    Stops.\n\n");
    CHECK(lib.render({}) == "\n  Information available:\n\n  TOOL\n\n");
}

TEST_CASE("render: ambiguity shows each match under one path") {
    HelpLibrary lib = small();
    CHECK(lib.render(words("tool sta")) ==
          "\nTOOL\n\n  START\n\n    Starts.\n\n  Additional information available:\n\n"
          "  /WAIT\n  Parameters\n"
          "\n  STATUS\n\n    Shows.\n\n");
}

TEST_CASE("render: ... shows a topic and everything below it, either spelling") {
    HelpLibrary lib = small();
    std::string want =
        "\nTOOL\n\n  START\n\n    Starts.\n\n    /WAIT\n\n      Waits.\n\n    Parameters\n\n      name\n\n";
    CHECK(lib.render(words("tool start ...")) == want);
    CHECK(lib.render(words("tool start...")) == want);
}

TEST_CASE("render: misses say Sorry and list the choices") {
    HelpLibrary lib = small();
    CHECK(lib.render(words("frob")) ==
          "\nSorry, no documentation on FROB\n\n  Information available:\n\n  TOOL\n\n");
    CHECK(lib.render(words("tool start /nowait")) ==
          "\nSorry, no documentation on TOOL START /NOWAIT\n\n  Additional information available:\n\n"
          "  /WAIT\n  Parameters\n\n");
}

TEST_CASE("render: * shows every topic of a level; CR LF sources read the same") {
    HelpLibrary lib = small();
    std::string all = lib.render(words("tool *"));
    for (const char* k : {"\n  START\n", "\n  STATUS\n", "\n  STOP\n", "\n  STOPPED\n"})
        CHECK(all.find(k) != std::string::npos);
    std::string crlf;
    for (const char* c = kSmall; *c; ++c) crlf += *c == '\n' ? std::string("\r\n") : std::string(1, *c);
    std::vector<Diagnostic> d;
    HelpLibrary twin = HelpLibrary::parse(crlf, &d);
    CHECK(d.empty());
    CHECK(twin.render(words("tool start ...")) == lib.render(words("tool start ...")));
}

TEST_CASE("parse and render survive arbitrary input") {
    // Deterministic pseudo-random lines built from the characters that matter.
    const char alphabet[] = "12349/ .*%\tAbZ_\r";
    uint32_t seed = 12345;
    auto next = [&] { return seed = seed * 1103515245u + 12345u, (seed >> 16) & 0x7fff; };
    for (int round = 0; round < 200; ++round) {
        std::string text;
        for (int n = static_cast<int>(next() % 40); n > 0; --n) {
            for (int c = static_cast<int>(next() % 12); c > 0; --c) text += alphabet[next() % (sizeof alphabet - 1)];
            text += '\n';
        }
        std::vector<Diagnostic> d;
        HelpLibrary lib = HelpLibrary::parse(text, &d);
        for (const auto& x : d) CHECK(x.line >= 1);
        for (const char* req : {"", "*", "1", "* *", "* ...", "A /", "%", "* * * *"}) {
            std::string out = lib.render(words(req));
            CHECK(!out.empty());
        }
        Script s;
        s.answers = {std::string("*"), std::string("?"), std::string(""), std::string(""), std::nullopt};
        sv::help::interactive(lib, words("*"), s.reader(), s.writer());
        CHECK(s.next <= s.answers.size());
        (void)sv::help::man_page(lib, "A", 1);
    }
}

TEST_CASE("interactive: down, leaf stays, empty goes up, empty at the top leaves") {
    HelpLibrary lib = small();
    Script s;
    s.answers = {std::string("start"), std::string("/wait"), std::string("?"), std::string(""),
                 std::string("stop"), std::string(""), std::string("  ")};
    sv::help::interactive(lib, {"TOOL"}, s.reader(), s.writer());
    CHECK(s.next == s.answers.size());
    std::string t = s.transcript;
    CHECK(t.find("TOOL Subtopic? start\n") != std::string::npos);
    CHECK(t.find("TOOL START Subtopic? /wait\n\nTOOL\n\n  START\n\n    /WAIT\n\n      Waits.\n\n"
                 "TOOL START Subtopic? ?\n\n  Additional information available:\n\n  /WAIT\n  Parameters\n\n"
                 "TOOL START Subtopic? \nTOOL Subtopic? stop\n") != std::string::npos);
    CHECK(t.find("TOOL Subtopic? \nTopic?   \n") != std::string::npos);
}

TEST_CASE("interactive: end of input leaves at once; no start path begins at Topic?") {
    HelpLibrary lib = small();
    Script s;
    s.answers = {std::string("?"), std::nullopt};
    sv::help::interactive(lib, {}, s.reader(), s.writer());
    CHECK(s.transcript ==
          "\n  Information available:\n\n  TOOL\n\n"
          "Topic? ?\n\n  Information available:\n\n  TOOL\n\n"
          "Topic? <EOF>\n");
}

TEST_CASE("interactive: a miss or an ambiguity prompts where the request stopped") {
    HelpLibrary lib = small();
    Script s;
    s.answers = {std::string("sta"), std::string("start frob"), std::nullopt};
    sv::help::interactive(lib, {"tool", "nothing"}, s.reader(), s.writer());
    CHECK(s.transcript.find("Sorry, no documentation on TOOL NOTHING\n") != std::string::npos);
    CHECK(s.transcript.find("TOOL Subtopic? sta\n") != std::string::npos);
    CHECK(s.transcript.find("TOOL Subtopic? start frob\n\nSorry, no documentation on TOOL START FROB\n") !=
          std::string::npos);
    CHECK(s.transcript.find("TOOL START Subtopic? <EOF>\n") != std::string::npos);
}

}  // TEST_SUITE("help")

// ---- hlp/supervise.hlp --------------------------------------------------

namespace {

// The command language (the CLD is written from the same grammar).
struct Action {
    const char* name;
    std::vector<const char*> parameters;   // words the Parameters topic names
    std::vector<const char*> qualifiers;
};

const std::vector<Action>& grammar() {
    static const std::vector<Action> g = {
        {"START", {"process-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME", "/WAIT"}},
        {"STOP", {"process-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME", "/WAIT"}},
        {"RESTART", {"process-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME", "/WAIT"}},
        {"STATUS", {"process-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"SIGNAL", {"signal-name", "process-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"SHUTDOWN", {}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"RELOAD", {}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"VERSION", {}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"PID", {"process-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"CLEAR", {"process-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"REREAD", {}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"AVAIL", {}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"UPDATE", {"program-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"ADD", {"program-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"REMOVE", {"program-name"}, {"/CONFIGURATION", "/FORMAT", "/INTERACTIVE", "/OUTPUT", "/PASSWORD", "/SERVERURL", "/TIMEOUT", "/USERNAME"}},
        {"HELP", {"topic"}, {}},
        {"EXIT", {}, {}},
        {"QUIT", {}, {}},
    };
    return g;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& l : lines) out += l + "\n";
    return out;
}

}  // namespace

TEST_SUITE("help") {

TEST_CASE("hlp/supervise.hlp parses with zero diagnostics") {
    std::vector<Diagnostic> d;
    HelpLibrary lib = HelpLibrary::parse(sv::embedded::supervise_hlp(), &d);
    for (const auto& x : d) INFO(x.format());
    CHECK(d.empty());
    REQUIRE(lib.topics().size() == 1);
    CHECK(lib.topics()[0].key == "SUPERVISE");
    // The embedded copy is the file in the tree.
    CHECK(read_file(SV_SOURCE_DIR "/hlp/supervise.hlp") == std::string(sv::embedded::supervise_hlp()));
}

TEST_CASE("every action, parameter and qualifier of the grammar is a topic, and no other") {
    const auto& top = real().topics()[0];
    for (const auto& a : grammar()) {
        CAPTURE(a.name);
        const sv::help::Topic* t = real().find({"SUPERVISE", a.name});
        REQUIRE(t != nullptr);
        const sv::help::Topic* params = real().find({"SUPERVISE", a.name, "Parameters"});
        REQUIRE(params != nullptr);
        for (const char* p : a.parameters) CHECK(joined(params->text).find(p) != std::string::npos);
        std::vector<std::string> documented;
        for (const auto& s : t->subtopics)
            if (s.qualifier()) documented.push_back(s.key);
        CHECK(documented == std::vector<std::string>(a.qualifiers.begin(), a.qualifiers.end()));
        // Four characters name every action without ambiguity.
        auto four = real().resolve({"SUPERVISE", std::string(a.name).substr(0, 4)});
        REQUIRE(four.size() == 1);
        CHECK(four[0].back()->key == a.name);
    }
    // The topics with a Parameters subtopic are exactly the actions.
    size_t actions = 0;
    for (const auto& s : top.subtopics)
        for (const auto& sub : s.subtopics)
            if (sub.key == "Parameters") ++actions;
    CHECK(actions == grammar().size());
}

TEST_CASE("qualifier topics: syntax lines first, indented under the prose, naming the qualifier") {
    for (const auto& a : grammar())
        for (const char* q : a.qualifiers) {
            CAPTURE(a.name);
            CAPTURE(q);
            const sv::help::Topic* t = real().find({"SUPERVISE", a.name, q});
            REQUIRE(t != nullptr);
            REQUIRE(t->text.size() >= 2);
            size_t k = 0;
            for (; k < t->text.size() && t->text[k].rfind("        /", 0) == 0; ++k) {
                // "/Q", "/Q=value", "/Q[=value]", "/NOQ", each maybe "(default)".
                std::string syntax = t->text[k].substr(8);
                std::string negated = "/NO" + std::string(q + 1);
                std::string name = syntax.rfind(negated, 0) == 0 ? negated : std::string(q);
                REQUIRE(syntax.rfind(name, 0) == 0);
                std::string rest = syntax.substr(name.size());
                CHECK((rest.empty() || rest[0] == '=' || rest[0] == '[' || rest == " (default)"));
            }
            CHECK(k >= 1);
            for (; k < t->text.size(); ++k) CHECK(t->text[k].rfind("      ", 0) == 0);
            CHECK(t->text.back().rfind("       ", 0) != 0);   // ends with prose
        }
}

TEST_CASE("every configuration key is a Configuration subtopic") {
    const char* const keys[] = {
        "image", "command", "process_name", "user", "autostart", "stdout_file", "stderr_file",
        "startsecs", "startretries", "stopwaitsecs", "autorestart", "exitcodes", "baspri", "quotas",
        "privileges", "kt_limit", "nouaf", "directory", "environment", "umask", "stopsignal",
        "stopasgroup", "killasgroup", "priority", "numprocs", "numprocs_start", "redirect_stderr",
        "nodaemon", "logfile", "loglevel", "table", "mailbox", "password", "mailbox_mode",
        "mailbox_owner", "mailbox_size", "files", "programs", "childlogdir", "identifier", "nocleanup",
        "pidfile", "serverurl", "username"};
    for (const char* k : keys) {
        CAPTURE(k);
        const sv::help::Topic* t = real().find({"SUPERVISE", "Configuration", k});
        REQUIRE(t != nullptr);
        CHECK(t->key == k);          // spelled as in the file
        CHECK(t->text.size() >= 1);
    }
    CHECK(real().find({"SUPERVISE", "Configuration"})->subtopics.size() == std::size(keys));
}

TEST_CASE("every message of msg/supervise.msg is a Messages subtopic with its severity") {
    // The idents and severities, read from the MESSAGE source as written.
    std::istringstream msg(read_file(SV_SOURCE_DIR "/msg/supervise.msg"));
    std::map<std::string, char> idents;
    std::map<std::string, std::string> texts;   // with the FAO directives
    char severity = '?';
    for (std::string line; std::getline(msg, line);) {
        std::istringstream in(line);
        std::string first, second;
        in >> first >> second;
        if (first == ".SEVERITY") severity = second.empty() ? '?' : (second == "SEVERE" ? 'F' : second[0]);
        else if (!first.empty() && first[0] != '.' && first[0] != '!' && line.find('<') != std::string::npos)
        {
            idents[first] = severity;
            size_t open = line.find('<'), close = line.find('>', open);
            texts[first] = line.substr(open + 1, close == std::string::npos ? std::string::npos : close - open - 1);
        }
    }
    for (const char* must : {"NORMAL", "STARTED", "STOPPED", "RESTARTED", "SIGNALLED", "SHUTDOWN",
                             "RELOADED", "STARTING", "STOPPING", "NOTRUNNING", "ALRSTARTED", "NOSUCHPROG",
                             "SPAWNERR", "ABNORMAL", "BADPASSWORD", "NOTAUTH", "BADREQUEST", "CONFIGERR",
                             "CONFIGWARN", "BADCONFIG", "BADSIGNAL", "NOSERVER", "TIMEOUT", "PROTOCOL",
                             "NOTABLE", "NOLOG", "NOSTART", "INTERNAL", "SERVERSTART"})
        idents.emplace(must, '?');
    const sv::help::Topic* messages = real().find({"SUPERVISE", "Messages"});
    REQUIRE(messages != nullptr);
    for (const auto& [ident, sev] : idents) {
        CAPTURE(ident);
        const sv::help::Topic* t = real().find({"SUPERVISE", "Messages", ident});
        REQUIRE(t != nullptr);
        REQUIRE(t->text.size() >= 3);
        std::string prefix = std::string("%SUPERVISE-") + (sev == '?' ? "" : std::string(1, sev) + "-" + ident + ",");
        CHECK(t->text[0].find(prefix) != std::string::npos);
        std::string all = joined(t->text);
        CHECK(all.find("Explanation:") != std::string::npos);
        CHECK(all.find("User Action:") != std::string::npos);
        // The documented message keeps every literal word of the real one
        // (placeholders stand where the FAO directives are).
        std::string shown;
        for (const auto& line : t->text) {
            if (line.find("Explanation:") != std::string::npos) break;
            shown += " " + line.substr(line.find_first_not_of(' '));
        }
        std::string rest = texts[ident];
        for (size_t bang; (bang = rest.find('!')) != std::string::npos;) {
            size_t end = rest.find_first_not_of("0123456789", bang + 1);   // !5UL: a width
            rest.replace(bang, std::min(end + 2, rest.size()) - bang, "|");  // then two letters
        }
        std::istringstream pieces(rest);
        for (std::string piece; std::getline(pieces, piece, '|');) {
            size_t b = piece.find_first_not_of(' '), e = piece.find_last_not_of(' ');
            if (b == std::string::npos) continue;
            CAPTURE(shown);
            CHECK(shown.find(piece.substr(b, e - b + 1)) != std::string::npos);
        }
    }
    CHECK(messages->subtopics.size() == idents.size());
}

TEST_CASE("the other level-2 topics are there") {
    for (const char* k : {"Configuration", "Messages", "Exit_Status", "Linux", "SUPERVISORD", "Examples"})
        CHECK(real().find({"SUPERVISE", k}) != nullptr);
    for (const char* k : {"Options", "Signals", "Table", "Adoption"})
        CHECK(real().find({"SUPERVISE", "SUPERVISORD", k}) != nullptr);
    std::string exits = joined(real().find({"SUPERVISE", "Exit_Status"})->text);
    for (const char* code : {"  0  ", "  1  ", "  2  ", "  3  ", "  4  ", "  7  "})
        CHECK(exits.find(code) != std::string::npos);
}

TEST_CASE("golden renders of hlp/supervise.hlp") {
    golden("help_start.txt", real().render(words("SUPERVISE START")));
    golden("help_sta.txt", real().render(words("SUPERVISE STA")));
    golden("help_start_wait.txt", real().render(words("SUPERVISE START /WAIT")));
    golden("help_start_wait_joined.txt", real().render(words("supervise start/wait")));
    golden("help_signal_all.txt", real().render(words("SUPERVISE SIGNAL ...")));
    golden("help_missing.txt", real().render(words("SUPERVISE FOO")));
    golden("help_top.txt", real().render({}));
    CHECK(real().render(words("supervise start/wait")) == real().render(words("SUPERVISE START /WAIT")));
}

TEST_CASE("golden interactive session over hlp/supervise.hlp") {
    Script s;
    s.answers = {std::string("start"), std::string("/timeout"), std::string(""),
                 std::string("exit_status"), std::string("?"), std::string(""), std::nullopt};
    sv::help::interactive(real(), {"SUPERVISE"}, s.reader(), s.writer());
    CHECK(s.next == s.answers.size());
    golden("help_interactive.txt", s.transcript);
}

TEST_CASE("man page supervise(1): every action, qualifier and exit status") {
    std::string man = sv::help::man_page(real(), "supervise", 1);
    REQUIRE(!man.empty());
    CHECK(man.rfind(".TH SUPERVISE 1 ", 0) == 0);
    for (const char* sh : {".SH NAME\nsupervise \\- ", ".SH SYNOPSIS\n", ".SH DESCRIPTION\n", ".SH ACTIONS\n",
                           ".SH OPTIONS\n", ".SH CONFIGURATION\n", ".SH EXIT STATUS\n", ".SH MESSAGES\n",
                           ".SH EXAMPLES\n", "supervise [options] action [argument...]\n"})
        CHECK(man.find(sh) != std::string::npos);
    for (const auto& a : grammar()) {
        CAPTURE(a.name);
        CHECK(man.find(std::string(".SS \"") + a.name + "\"\n") != std::string::npos);
        for (const char* q : a.qualifiers)
            CHECK(man.find(std::string(".SS \"") + a.name + " " + q + "\"\n") != std::string::npos);
    }
    for (const char* code : {"\n0  success", "\n1  another failure", "\n2  bad command", "\n3  STATUS",
                             "\n4  no such program", "\n7  spawn error"})
        CHECK(man.find(code) != std::string::npos);
    CHECK(man.find(".TP\n.B \"NOSUCHPROG\"\n") != std::string::npos);
    CHECK(man.find(".TP\n.B \"stopwaitsecs\"\n") != std::string::npos);
    CHECK(man.find("SUPERVISORD\n") == std::string::npos);   // the server has its own page
    CHECK(man.find("\\\\") == std::string::npos);             // no stray backslash pairs
}

TEST_CASE("golden man page supervisord(8)") {
    // supervise(1) is over a thousand lines: the properties below pin it.
    golden("help_supervisord.8", sv::help::man_page(real(), "supervisord", 8));
}

TEST_CASE("man page supervisord(8) from the SUPERVISORD topic") {
    std::string man = sv::help::man_page(real(), "supervisord", 8);
    REQUIRE(!man.empty());
    CHECK(man.rfind(".TH SUPERVISORD 8 ", 0) == 0);
    for (const char* sh : {".SH NAME\nsupervisord \\- ", ".SH OPTIONS\n", ".SH SIGNALS\n", ".SH TABLE\n",
                           ".SH ADOPTION\n", ".SH CONFIGURATION\n", "\\-c FILE", "\\-n, \\-\\-nodaemon",
                           "\\-p PASSWORD", "\\-h, \\-\\-help"})
        CHECK(man.find(sh) != std::string::npos);
    CHECK(sv::help::man_page(real(), "nothing", 1).empty());
}

}  // TEST_SUITE("help")
