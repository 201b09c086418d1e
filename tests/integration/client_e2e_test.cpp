// The real supervise client against a real supervisord (tests/integration
// harness): output layout, exit statuses, JSON, /OUTPUT, name case, command
// files on standard input with DCL syntax, and HELP.
#include <doctest/doctest.h>

// Property tree includes boost/bind.hpp, which asks for this to stay quiet.
#define BOOST_BIND_GLOBAL_PLACEHOLDERS
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <vector>

#include "core/embedded.h"
#include "core/help.h"
#include "core/msg.h"
#include "integration/harness.h"

using sv::State;
using sv::test::Harness;

namespace {

std::string quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct Run {
    int status = -1;
    std::string out;  // standard output
    std::string err;  // standard error
};

// Runs the client with `args` (after -c CONF when `conf` is not empty) and
// `input` on its standard input, bounded by timeout(1), which kills only it.
Run run_client(const Harness& h, const std::vector<std::string>& args, const std::string& input = "",
               bool with_conf = true) {
    std::string in = h.path("client.in"), err = h.path("client.err");
    std::ofstream(in) << input;
    std::string cmd = "env -u SUPERVISORD_CMD -u SUPERVISORD_TABLE -u SUPERVISORD_PASSWORD timeout -k 5 60 " +
                      quote(SV_SUPERVISE);
    if (with_conf) cmd += " -c " + quote(h.conf());
    for (const auto& a : args) cmd += " " + quote(a);
    cmd += " <" + quote(in) + " 2>" + quote(err);
    Run r;
    std::FILE* p = ::popen(cmd.c_str(), "r");
    if (!p) return r;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    int st = ::pclose(p);
    r.status = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
    r.err = h.read("client.err");
    return r;
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);) out.push_back(l);
    return out;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// Two programs that wait to be started, one that starts by itself.
const char* kPrograms =
    "[program:web]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\nstopwaitsecs=5\n"
    "[program:worker]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\nstopwaitsecs=5\n";

}  // namespace

TEST_SUITE("integration-client") {

TEST_CASE("status prints supervisorctl's columns; a stopped program gives 3") {
    Harness h;
    h.write_config("[program:web]\ncommand=sleep 1000\nstartsecs=0\n"
                   "[program:worker_with_a_rather_long_name_x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("web", State::running));
    int64_t pid = h.status()["web"].pid;
    REQUIRE(pid > 0);
    Run r = run_client(h, {"status"});
    CHECK(r.status == 3);
    CHECK(r.err.empty());
    auto lines = lines_of(r.out);
    REQUIRE(lines.size() == 2);
    // Name column: max(30, longest name) + 3 = 35 here; state column 10.
    std::string name = "worker_with_a_rather_long_name_x";
    REQUIRE(name.size() == 32);
    std::string web = "web" + std::string(32, ' ') + "RUNNING   pid " + std::to_string(pid) + ", uptime ";
    CHECK(lines[0].rfind(web, 0) == 0);
    CHECK(std::regex_match(lines[0].substr(std::min(web.size(), lines[0].size())), std::regex(R"(\d+:\d\d:\d\d)")));
    CHECK(lines[1] == name + std::string(3, ' ') + "STOPPED   Not started");

    // Only running programs named: 0; the short layout pads to 33.
    r = run_client(h, {"status", "web"});
    CHECK(r.status == 0);
    REQUIRE(lines_of(r.out).size() == 1);
    CHECK(r.out.rfind("web" + std::string(30, ' ') + "RUNNING   pid ", 0) == 0);
}

TEST_CASE("start a,b / start a b / stop all, with supervisorctl's lines and real state changes") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    Run r = run_client(h, {"start", "web,worker"});
    CHECK(r.status == 0);
    CHECK(r.out == "web: started\nworker: started\n");
    auto st = h.status();
    CHECK(st["web"].state == State::running);
    CHECK(st["worker"].state == State::running);
    CHECK(sv::test::process_alive(st["web"].pid));

    r = run_client(h, {"stop", "all"});
    CHECK(r.status == 0);
    CHECK(has(r.out, "web: stopped\n"));
    CHECK(has(r.out, "worker: stopped\n"));
    st = h.status();
    CHECK(st["web"].state == State::stopped);
    CHECK(st["worker"].state == State::stopped);

    r = run_client(h, {"start", "web", "worker"});
    CHECK(r.status == 0);
    CHECK(r.out == "web: started\nworker: started\n");
    CHECK(h.status()["worker"].state == State::running);
    // The same outcomes as OpenVMS shows them.
    r = run_client(h, {"--format=messages", "stop", "web,worker"});
    CHECK(r.status == 0);
    CHECK(r.out == "%SUPERVISE-S-STOPPED, program web stopped\n%SUPERVISE-S-STOPPED, program worker stopped\n");
    r = run_client(h, {"--format=messages", "start", "web", "worker"});
    CHECK(r.out == "%SUPERVISE-S-STARTED, program web started\n%SUPERVISE-S-STARTED, program worker started\n");

    // Starting what runs is a success (supervisorctl); ALL in any case.
    r = run_client(h, {"start", "web"});
    CHECK(r.status == 0);
    r = run_client(h, {"STOP", "All"});
    CHECK(r.status == 0);
    CHECK(h.status()["web"].state == State::stopped);
}

TEST_CASE("names match without regard to case; output keeps the configured spelling") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    Run r = run_client(h, {"start", "WEB"});
    CHECK(r.status == 0);
    CHECK(r.out == "web: started\n");
    CHECK(h.status()["web"].state == State::running);
    r = run_client(h, {"status", "Web"});
    CHECK(r.status == 0);
    CHECK(r.out.rfind("web ", 0) == 0);
}

TEST_CASE("exit statuses: unknown name 1 (STATUS 4), no server 4, spawn error 7, syntax error 2") {
    Harness h;
    h.write_config(std::string(kPrograms) +
                   "[program:broken]\ncommand=/nonexistent/sv-no-such-binary\nautostart=false\nstartsecs=0\n"
                   "startretries=0\n");
    // No server yet: supervisorctl's line naming the channel, status 4;
    // NOSERVER in the MESSAGES form.
    Run r = run_client(h, {"status"});
    CHECK(r.status == 4);
    CHECK(r.out == "unix://" + h.socket() + " no such file\n");
    r = run_client(h, {"--format=messages", "status"});
    CHECK(r.status == 4);
    CHECK(has(r.err, "%SUPERVISE-E-NOSERVER, no server is listening on " + h.socket()));
    CHECK(r.out.empty());

    REQUIRE(h.start_server());
    r = run_client(h, {"start", "nosuch"});
    CHECK(r.status == 1);
    CHECK(r.out == "nosuch: ERROR (no such process)\n");
    r = run_client(h, {"--format=messages", "start", "nosuch"});
    CHECK(r.status == 1);
    CHECK(has(r.err, "%SUPERVISE-E-NOSUCHPROG, no such program nosuch"));
    CHECK(r.out.empty());
    r = run_client(h, {"--format=messages", "status", "nosuch"});
    CHECK(r.status == 4);
    CHECK(has(r.err, "%SUPERVISE-E-NOSUCHPROG, no such program nosuch"));

    // A command that is not there: supervisorctl's "no such file", 1.
    r = run_client(h, {"--format=messages", "start", "broken"});
    CHECK(r.status == 1);
    CHECK(has(r.err, "%SUPERVISE-E-NOFILE, cannot start program broken: can't find command "));
    CHECK(r.out.empty());

    // Syntax errors never reach the server: DCL's message and the token.
    r = run_client(h, {"frob"});
    CHECK(r.status == 1);   // supervisorctl's unknown action
    CHECK(has(r.err, "%CLI-W-IVKEYW, unrecognized keyword - check validity and spelling"));
    CHECK(has(r.err, "\\FROB\\"));
    r = run_client(h, {"status", "--frob"});
    CHECK(r.status == 2);
    CHECK(has(r.err, "%CLI-W-IVQUAL"));
    // The same at the prompt fed from a file; the last command's status.
    r = run_client(h, {}, "frob web\n");
    CHECK(r.status == 2);
    CHECK(has(r.err, "%CLI-W-IVKEYW"));
    CHECK(has(r.err, "\\FROB\\"));
}

TEST_CASE("--json prints one object with the documented keys") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    REQUIRE(run_client(h, {"start", "web"}).status == 0);
    Run r = run_client(h, {"status", "--json"});
    CHECK(r.status == 3);  // worker is stopped
    boost::property_tree::ptree tree;
    std::istringstream in(r.out);
    REQUIRE_NOTHROW(boost::property_tree::read_json(in, tree));
    CHECK(tree.get<std::string>("message") == "NORMAL");
    CHECK(tree.get<uint32_t>("status") == sv::msg::Catalogue::builtin().code("NORMAL"));
    std::map<std::string, boost::property_tree::ptree> procs;
    for (const auto& [key, p] : tree.get_child("processes")) procs[p.get<std::string>("name")] = p;
    REQUIRE(procs.size() == 2);
    CHECK(procs["web"].get<std::string>("state") == "RUNNING");
    CHECK(procs["web"].get<int64_t>("pid") == h.status()["web"].pid);
    CHECK(procs["worker"].get<std::string>("state") == "STOPPED");
    CHECK(procs["worker"].get<std::string>("description") == "Not started");
    for (const char* key : {"group", "statecode", "since", "now", "exitstatus", "result"})
        CHECK(procs["web"].count(key) == 1);
    CHECK(tree.count("lines") == 1);

    // /FORMAT=JSON spelled as the qualifier; a start reply has per-name results.
    r = run_client(h, {"start", "worker", "--format=json"});
    CHECK(r.status == 0);
    std::istringstream in2(r.out);
    REQUIRE_NOTHROW(boost::property_tree::read_json(in2, tree));
    REQUIRE(tree.get_child("processes").size() == 1);
    CHECK(tree.get_child("processes").begin()->second.get<std::string>("result") == "STARTED");
}

TEST_CASE("--json stays valid UTF-8 when a description carries bytes that are not") {
    Harness h;
    // The spawn error quotes the command as given: here with a Latin-1 byte.
    h.write_config("[program:latin]\ncommand=" + h.path("caf\xe9") + "\nstartretries=0\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("latin", sv::State::fatal));
    Run r = run_client(h, {"status", "--json"});
    CHECK(r.out.find('\xe9') == std::string::npos);
    CHECK_MESSAGE(has(r.out, "caf\\ufffd'"), r.out);
    boost::property_tree::ptree tree;
    std::istringstream in(r.out);
    REQUIRE_NOTHROW(boost::property_tree::read_json(in, tree));
    CHECK(tree.get_child("processes").begin()->second.get<std::string>("state") == "FATAL");
}

TEST_CASE("--output writes what the command prints to a file") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    std::string file = h.path("status.txt");
    Run r = run_client(h, {"status", "--output=" + file});
    CHECK(r.status == 3);
    CHECK(r.out.empty());
    std::string written = h.read("status.txt");
    CHECK(lines_of(written).size() == 2);
    CHECK(has(written, "web" + std::string(30, ' ') + "STOPPED   Not started"));
    // DCL form at the prompt.
    // DCL form at the prompt: a Linux path holds '/', so it is quoted.
    r = run_client(h, {}, "START WEB/OUTPUT=\"" + h.path("start.txt") + "\"\n");
    CHECK(r.status == 0);
    CHECK(h.read("start.txt") == "web: started\n");
    // A file that cannot be written: BADVALUE, nothing sent.
    r = run_client(h, {"status", "--output=" + h.path("no/such/dir/x")});
    CHECK(r.status == 1);
    CHECK(has(r.err, "%SUPERVISE-E-BADVALUE"));
}

TEST_CASE("a command file on standard input runs like the prompt") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    REQUIRE(run_client(h, {"start", "web"}).status == 0);
    Run r = run_client(h, {}, "status\nstop web\nexit\n");
    CHECK(r.status == 0);
    CHECK_FALSE(has(r.out, "SUPERVISE> "));  // no prompt when not on a terminal
    CHECK(has(r.out, "web" + std::string(30, ' ') + "RUNNING   pid "));
    CHECK(has(r.out, "web: stopped\n"));
    CHECK(h.status()["web"].state == State::stopped);
    // Nothing after EXIT is read.
    r = run_client(h, {}, "exit\nstart web\n");
    CHECK(r.status == 0);
    CHECK(h.status()["web"].state == State::stopped);
}

TEST_CASE("DCL syntax in a command file: qualifiers, continuation, comments") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    Run r = run_client(h, {},
                       "! start both, the second name on a continuation line\n"
                       "   \n"
                       "START WEB, -\n"
                       "   WORKER   ! trailing comment\n"
                       "\n"
                       "STOP WEB/NOWAIT\n");
    CHECK(r.status == 0);
    CHECK(r.err.empty());
    CHECK(has(r.out, "web: started\nworker: started\n"));
    CHECK(h.wait_state("web", State::stopped));
    CHECK(h.status()["worker"].state == State::running);
    // Qualifier before the action, abbreviations as DCL allows (program
    // names are never abbreviated).
    r = run_client(h, {}, "STAT/FORM=JSON WORK\n");
    CHECK(r.status == 4);
    r = run_client(h, {}, "STAT/FORM=JSON WORKER\n");
    CHECK(r.status == 0);
    boost::property_tree::ptree tree;
    std::istringstream in(r.out);
    REQUIRE_NOTHROW(boost::property_tree::read_json(in, tree));
    CHECK(tree.get_child("processes").begin()->second.get<std::string>("name") == "worker");
    // /TIMEOUT with /NOWAIT is refused by the CLD's DISALLOW.
    r = run_client(h, {}, "STOP WORKER/NOWAIT/TIMEOUT=5\n");
    CHECK(r.status == 2);
    CHECK(has(r.err, "%CLI-W-"));
    CHECK(h.status()["worker"].state == State::running);
}

TEST_CASE("restart, signal and version through the client") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    REQUIRE(run_client(h, {"start", "web"}).status == 0);
    int64_t first = h.status()["web"].pid;
    REQUIRE(first > 0);
    Run r = run_client(h, {"restart", "web"});
    CHECK(r.status == 0);
    CHECK(r.out == "web: stopped\nweb: started\n");
    auto p = h.status()["web"];
    CHECK(p.state == State::running);
    CHECK(p.pid != first);
    CHECK_FALSE(sv::test::process_alive(first));

    r = run_client(h, {"signal", "frob", "web"});
    CHECK(r.status == 1);
    CHECK(r.out == "web: ERROR (bad signal name)\n");
    CHECK(h.status()["web"].pid == p.pid);
    r = run_client(h, {"--format=messages", "signal", "frob", "web"});
    CHECK(r.status == 1);
    CHECK(has(r.err, "%SUPERVISE-E-BADSIGNAL, unknown or unsupported signal name frob"));
    r = run_client(h, {"signal", "USR1", "worker"});  // not running: supervisorctl's 7
    CHECK(r.status == 7);
    CHECK(r.out == "worker: ERROR (not running)\n");
    r = run_client(h, {"--format=messages", "signal", "USR1", "worker"});
    CHECK(r.status == 7);
    CHECK(has(r.out, "%SUPERVISE-I-NOTRUNNING, program worker is not running"));

    r = run_client(h, {"version"});
    CHECK(r.status == 0);
    CHECK(r.out == SV_VERSION "\n");   // supervisorctl prints the number alone
    r = run_client(h, {"--format=messages", "version"});
    CHECK(r.status == 0);
    CHECK(r.out == "supervisord " SV_VERSION "\n");
}

TEST_CASE("supervise help start prints the HELP renderer's text") {
    Harness h;  // no server needed
    h.write_config(kPrograms);
    auto lib = sv::help::HelpLibrary::parse(sv::embedded::supervise_hlp(), nullptr);
    std::string expected = lib.render({"SUPERVISE", "START"});
    REQUIRE(has(expected, "SUPERVISE START process-name"));
    Run r = run_client(h, {"help", "start"});
    CHECK(r.status == 0);
    CHECK(r.out == expected);
    r = run_client(h, {"help", "start", "/wait"});
    CHECK(r.status == 0);
    CHECK(r.out == lib.render({"SUPERVISE", "START", "/wait"}));
    r = run_client(h, {"-h"}, "", false);
    CHECK(r.status == 0);
    CHECK(r.out == lib.render({"SUPERVISE"}));
    // -c before HELP is accepted (HELP itself takes no qualifier).
    r = run_client(h, {"--help"});
    CHECK(r.status == 0);
    CHECK(r.out == lib.render({"SUPERVISE"}));
    r = run_client(h, {"hel", "exit_status"});
    CHECK(r.status == 0);
    CHECK(r.out == lib.render({"SUPERVISE", "Exit_Status"}));
    // From a command file, HELP renders without prompting for subtopics.
    r = run_client(h, {}, "help start\n");
    CHECK(r.status == 0);
    CHECK(r.out == expected);
}

}  // TEST_SUITE
