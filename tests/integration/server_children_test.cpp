// What children get, as under supervisor: AUTO output files by default,
// [supervisord] environment, umask and directory, SUPERVISOR_SERVER_URL, a
// standard input that stays open; and supervisord's own pidfile and options.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "integration/harness.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {

// Files in `dir` whose names start with `prefix`, sorted.
std::vector<std::string> files_starting(const std::string& dir, const std::string& prefix) {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        if (name.rfind(prefix, 0) == 0) out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string slurp(const std::string& path) {
    std::ifstream f(path);
    return std::string(std::istreambuf_iterator<char>(f), {});
}

// supervisor's AUTO name: <name>-<channel>---supervisor-<8 of [a-z0-9_]>.log
bool auto_shaped(const std::string& file, const std::string& name, const std::string& channel) {
    std::string head = name + "-" + channel + "---supervisor-";
    if (file.rfind(head, 0) != 0 || file.size() != head.size() + 8 + 4) return false;
    std::string rnd = file.substr(head.size(), 8);
    return rnd.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") == std::string::npos &&
           file.compare(file.size() - 4, 4, ".log") == 0;
}

}  // namespace

TEST_SUITE("integration") {

TEST_CASE("output is kept by default: AUTO files in childlogdir, one per channel, kept across restarts") {
    Harness h;
    h.write_config("[program:talker]\ncommand=/bin/sh -c 'echo out-$$; echo err-$$ >&2'\nstartsecs=0\n"
                   "autorestart=false\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("talker", State::exited));
    auto out = files_starting(h.dir(), "talker-stdout---");
    auto err = files_starting(h.dir(), "talker-stderr---");
    REQUIRE(out.size() == 1);
    REQUIRE(err.size() == 1);
    CHECK(auto_shaped(out[0], "talker", "stdout"));
    CHECK(auto_shaped(err[0], "talker", "stderr"));
    CHECK(slurp(h.path(out[0])).rfind("out-", 0) == 0);
    CHECK(slurp(h.path(err[0])).rfind("err-", 0) == 0);
    // A second start appends to the same files.
    REQUIRE(h.request(Opcode::start, {"talker"}).status != 0);
    CHECK(h.wait_until([&] {
        std::string both = slurp(h.path(out[0]));
        return std::count(both.begin(), both.end(), '\n') == 2;
    }));
    CHECK(files_starting(h.dir(), "talker-stdout---") == out);
}

TEST_CASE("stdout_logfile=NONE and redirect_stderr make no AUTO file for that channel") {
    Harness h;
    h.write_config("[program:quiet]\ncommand=/bin/sh -c 'echo x; echo y >&2'\nstartsecs=0\nautorestart=false\n"
                   "stdout_logfile=NONE\nstderr_logfile=off\n"
                   "[program:joined]\ncommand=/bin/sh -c 'echo x; echo y >&2'\nstartsecs=0\nautorestart=false\n"
                   "redirect_stderr=true\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("quiet", State::exited));
    REQUIRE(h.wait_state("joined", State::exited));
    CHECK(files_starting(h.dir(), "quiet-").empty());
    CHECK(files_starting(h.dir(), "joined-stderr").empty());
    auto out = files_starting(h.dir(), "joined-stdout---");
    REQUIRE(out.size() == 1);
    CHECK(slurp(h.path(out[0])) == "x\ny\n");
}

TEST_CASE("childlogdir and identifier name the AUTO files; old ones are cleared at start unless nocleanup") {
    Harness h;
    ::mkdir(h.path("logs").c_str(), 0755);
    std::string stale = h.path("logs/gone-stdout---web1-abcdefgh.log");
    std::string other = h.path("logs/keep-stdout---supervisor-abcdefgh.log");  // another identifier's
    std::string mine = h.path("logs/unrelated.log");
    for (const auto& f : {stale, other, mine}) std::ofstream(f) << "old\n";
    h.write_config("[program:w]\ncommand=/bin/sh -c 'echo hi'\nstartsecs=0\nautorestart=false\n",
                   "childlogdir=" + h.path("logs") + "\nidentifier=web1\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("w", State::exited));
    CHECK_FALSE(std::filesystem::exists(stale));
    CHECK(std::filesystem::exists(other));
    CHECK(std::filesystem::exists(mine));
    auto made = files_starting(h.path("logs"), "w-stdout---web1-");
    REQUIRE(made.size() == 1);
    CHECK(slurp(h.path("logs/" + made[0])) == "hi\n");
    REQUIRE(h.request(Opcode::shutdown).status != 0);
    REQUIRE(h.wait_server_exit());

    // nocleanup=true (or -k) keeps them.
    std::ofstream(stale) << "old\n";
    h.write_config("[program:w]\ncommand=/bin/sh -c 'echo hi'\nstartsecs=0\nautorestart=false\n",
                   "childlogdir=" + h.path("logs") + "\nidentifier=web1\nnocleanup=true\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("w", State::exited));
    CHECK(std::filesystem::exists(stale));
    CHECK(std::filesystem::exists(h.path("logs/" + made[0])));   // the last server's, not in use: kept too
}

TEST_CASE("CLEAR of an AUTO program empties its files in childlogdir in place and makes no file named AUTO") {
    Harness h;
    ::mkdir(h.path("logs").c_str(), 0755);
    ::mkdir(h.path("cwd").c_str(), 0755);   // the server's working directory
    h.write_config("[program:talker]\ncommand=/bin/sh -c 'trap \"echo after; echo late >&2\" HUP; echo hello; "
                   "echo oops >&2; while :; do sleep 0.1; done'\nstartsecs=0\n"
                   "stdout_logfile=AUTO\nstderr_logfile=AUTO\n",
                   "childlogdir=" + h.path("logs") + "\ndirectory=" + h.path("cwd") + "\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("talker", State::running));
    auto out = files_starting(h.path("logs"), "talker-stdout---");
    auto err = files_starting(h.path("logs"), "talker-stderr---");
    REQUIRE(out.size() == 1);
    REQUIRE(err.size() == 1);
    const std::string out_file = h.path("logs/" + out[0]), err_file = h.path("logs/" + err[0]);
    REQUIRE(h.wait_until([&] { return slurp(out_file) == "hello\n" && slurp(err_file) == "oops\n"; }));

    std::string text;
    CHECK(h.client({"clear", "talker"}, &text) == 0);
    CHECK(text == "talker: cleared\n");
    CHECK(slurp(out_file).empty());
    CHECK(slurp(err_file).empty());
    CHECK_FALSE(std::filesystem::exists(h.path("cwd/AUTO")));
    CHECK_FALSE(std::filesystem::exists(h.path("AUTO")));
    CHECK(files_starting(h.path("logs"), "talker-") == std::vector<std::string>{err[0], out[0]});
    // Emptied in place: the running process goes on writing at the new end
    // (no hole of the old length before its next line).
    REQUIRE(h.request(Opcode::signal, {"talker"}, sv::proto::kFlagWait, "", "HUP").status != 0);
    CHECK(h.wait_until([&] { return slurp(out_file) == "after\n" && slurp(err_file) == "late\n"; }));
    CHECK(h.status()["talker"].state == State::running);
}

TEST_CASE("an adopted process keeps its AUTO file after kill -9 of the server; CLEAR empties it; restarts write there") {
    Harness h;
    h.write_config("[program:ticker]\ncommand=/bin/sh -c 'echo start-$$; exec sleep 1000'\nstartsecs=0\n"
                   "autorestart=true\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("ticker", State::running));
    auto files = files_starting(h.dir(), "ticker-stdout---");
    REQUIRE(files.size() == 1);
    REQUIRE(h.wait_until([&] { return slurp(h.path(files[0])).find("start-") != std::string::npos; }));
    int64_t first = h.status()["ticker"].pid;
    h.kill_server_hard();
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("ticker", State::running));
    CHECK(h.status()["ticker"].pid == first);  // adopted
    CHECK(files_starting(h.dir(), "ticker-stdout---") == files);   // not cleared: it is in use
    // The new server knows the adopted file as the program's AUTO file.
    std::string said;
    CHECK(h.client({"clear", "ticker"}, &said) == 0);
    CHECK(said == "ticker: cleared\n");
    CHECK(slurp(h.path(files[0])).empty());
    ::kill(static_cast<pid_t>(first), SIGKILL);
    REQUIRE(h.wait_until([&] {
        auto p = h.status()["ticker"];
        return p.state == State::running && p.pid != first;
    }));
    const int64_t second = h.status()["ticker"].pid;
    REQUIRE(h.wait_until([&] { return slurp(h.path(files[0])) == "start-" + std::to_string(second) + "\n"; }));
    CHECK(files_starting(h.dir(), "ticker-stdout---") == files);
}

TEST_CASE("a program that reads its standard input does not see end of file: it keeps running") {
    Harness h;
    h.write_config("[program:reader]\ncommand=/bin/cat\nstartsecs=1\nstartretries=0\n"
                   "stdout_file=" + h.path("reader.out") + "\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("reader", State::running));
    auto p = h.status()["reader"];
    CHECK(sv::test::process_alive(p.pid));
    // It still waits once the server is gone (nobody but itself holds its stdin).
    REQUIRE(h.request(Opcode::shutdown).status != 0);
    REQUIRE(h.wait_server_exit());
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("reader", State::running));
    CHECK(h.status()["reader"].pid == p.pid);
    CHECK(sv::test::process_alive(p.pid));
}

TEST_CASE("children get [supervisord] environment under their own, SUPERVISOR_* and the server's url") {
    Harness h;
    h.write_config("[group:g]\nprograms=envy\n"
                   "[program:envy]\ncommand=/bin/sh -c 'echo $A $B $C; echo $SUPERVISOR_ENABLED $SUPERVISOR_PROCESS_NAME "
                   "$SUPERVISOR_GROUP_NAME $SUPERVISOR_SERVER_URL'\nstartsecs=0\nautorestart=false\n"
                   "environment=B=\"program\",C=%(ENV_A)s\nstdout_file=" + h.path("envy.out") + "\n"
                   "[program:url]\ncommand=/bin/sh -c 'echo $SUPERVISOR_SERVER_URL'\nstartsecs=0\nautorestart=false\n"
                   "serverurl=http://localhost:9001\nstdout_file=" + h.path("url.out") + "\n",
                   "environment=A=\"server\",B=\"server\"\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("envy", State::exited));
    REQUIRE(h.wait_state("url", State::exited));
    CHECK(h.read("envy.out") == "server program server\n1 envy g unix://" + h.socket() + "\n");
    CHECK(h.read("url.out") == "http://localhost:9001\n");
}

TEST_CASE("[supervisord] umask and directory reach programs; a program's umask wins") {
    Harness h;
    h.write_config("[program:mask]\ncommand=/bin/sh -c 'umask; pwd'\nstartsecs=0\nautorestart=false\n"
                   "stdout_file=" + h.path("mask.out") + "\n"
                   "[program:own]\ncommand=/bin/sh -c 'umask'\nstartsecs=0\nautorestart=false\numask=077\n"
                   "stdout_file=" + h.path("own.out") + "\n",
                   "umask=027\ndirectory=" + h.dir() + "\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("mask", State::exited));
    REQUIRE(h.wait_state("own", State::exited));
    CHECK(h.read("mask.out") == "0027\n" + h.dir() + "\n");
    CHECK(h.read("own.out") == "0077\n");
}

TEST_CASE("pidfile holds the server's pid while it runs and is removed at exit (-j overrides the file)") {
    Harness h;
    h.write_config("", "pidfile=" + h.path("from-file.pid") + "\n");
    h.set_server_args({"-j", h.path("sv.pid")});
    REQUIRE(h.start_server());
    REQUIRE(h.wait_until([&] { return std::filesystem::exists(h.path("sv.pid")); }));
    CHECK(h.read("sv.pid") == std::to_string(h.server_pid()) + "\n");
    CHECK_FALSE(std::filesystem::exists(h.path("from-file.pid")));
    REQUIRE(h.request(Opcode::shutdown).status != 0);
    REQUIRE(h.wait_server_exit());
    CHECK_FALSE(std::filesystem::exists(h.path("sv.pid")));
}

TEST_CASE("supervisord's usual options: -l -e -q -i -k -m -d take effect; -v prints the version") {
    Harness h;
    ::mkdir(h.path("q").c_str(), 0755);
    h.write_config("[program:o]\ncommand=/bin/sh -c 'umask; pwd; echo out'\nstartsecs=0\nautorestart=false\n");
    h.set_server_args({"-l", h.path("other.log"), "-e", "debug", "-q", h.path("q"), "-i", "ident", "-k", "-m", "007",
                       "-d", h.path("q"), "-s"});
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("o", State::exited));
    auto made = files_starting(h.path("q"), "o-stdout---ident-");
    REQUIRE(made.size() == 1);
    CHECK(slurp(h.path("q/" + made[0])) == "0007\n" + h.path("q") + "\nout\n");
    CHECK(h.read("other.log").find("spawned") != std::string::npos);

    Harness v;
    v.write_config("");
    v.set_server_args({"-v"});
    std::string out;
    CHECK(v.run_server_expect_exit(&out) == 0);
    CHECK(out.find('.') != std::string::npos);   // "0.x.y"
}

TEST_CASE("options without a meaning here, a bad value and another user are refused with the reason") {
    struct Case {
        std::vector<std::string> args;
        const char* says;
    };
    const Case cases[] = {
        {{"-t"}, "-t/--strip_ansi is not supported: program output goes straight to its files"},
        {{"-a", "2048"}, "-a/--minfds is not supported"},
        {{"--logfile_maxbytes=5MB"}, "-y/--logfile_maxbytes is not supported: the log is not rotated"},
        {{"-e", "loud"}, "not a log level: 'loud'"},
        {{"-m", "999"}, "not an octal mode: '999'"},
        {{"-x"}, "unknown option or missing value: -x"},
    };
    for (const auto& c : cases) {
        Harness h;
        h.write_config("");
        h.set_server_args(c.args);
        std::string out;
        CHECK_MESSAGE(h.run_server_expect_exit(&out) == 2, c.args[0]);
        CHECK_MESSAGE(out.find(c.says) != std::string::npos, out);
    }
    // -u names a user the server does not run as: refused, not ignored.
    Harness u;
    u.write_config("");
    u.set_server_args({"-u", ::geteuid() == 0 ? "nobody" : "root"});
    std::string out;
    CHECK(u.run_server_expect_exit(&out) == 1);
    CHECK(out.find("the server does not change user") != std::string::npos);
}

}  // TEST_SUITE
