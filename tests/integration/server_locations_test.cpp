// One server per configuration, reached by every caller: the default channel
// and table depend on the configuration's canonical path only, never on
// XDG_RUNTIME_DIR, the caller's shell or the spelling of -c.
#include <doctest/doctest.h>

#include <climits>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

#include "integration/harness.h"
#include "integration/spawn_util.h"
#include "os/client_channel.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {

// A configuration with no table= and no mailbox=: the defaults apply. Its
// program appends its pid to started.pids each time it starts.
struct DefaultsFixture {
    Harness h;
    std::string real;        // canonical path of the configuration
    std::string link;        // a symlink to it, in another directory
    std::string socket;      // where the default channel must be
    std::string table;
    std::string elsewhere;   // a runtime directory of another shell
    std::vector<int64_t> servers;

    DefaultsFixture() {
        std::string confdir = h.path("etc");
        ::mkdir(confdir.c_str(), 0755);
        std::ofstream(confdir + "/supervisord.conf")
            << "[supervisord]\nlogfile=" << h.path("supervisord.log") << "\nloglevel=debug\n\n"
            << "[program:x]\ncommand=/bin/sh -c 'echo $$ >> " << h.path("started.pids")
            << "; exec sleep 1000'\nstartsecs=0\n";
        char buf[PATH_MAX];
        real = ::realpath((confdir + "/supervisord.conf").c_str(), buf) ? buf : "";
        link = h.path("link.conf");
        (void)::symlink(real.c_str(), link.c_str());
        std::string dir = ::geteuid() == 0 ? "/run/supervise" : "/tmp/supervise-" + std::to_string(::geteuid());
        socket = dir + "/" + sv::test::location_tag_of(real) + ".sock";
        table = dir + "/" + sv::test::location_tag_of(real) + ".table";
        elsewhere = h.path("xdg");
        ::mkdir(elsewhere.c_str(), 0700);
    }

    ~DefaultsFixture() {
        if (answers()) {
            sv::test::request_at(socket, Opcode::stop, {"ALL"});
            sv::test::request_at(socket, Opcode::shutdown, {}, 0);
        }
        for (int64_t pid : servers) sv::test::wait_exit(pid, 5000);
        std::istringstream pids(sv::test::slurp(h.path("started.pids")));
        for (int64_t pid; pids >> pid;) ::kill(static_cast<pid_t>(pid), SIGKILL);
        std::string cmd = "rm -rf '" + table + "' '" + socket + "'";
        if (!real.empty() && std::system(cmd.c_str()) != 0) MESSAGE("could not remove " << table);
    }

    bool answers() const {
        sv::os::OpenFailure why;
        std::string err;
        return sv::os::open_channel(socket, 4096, &why, &err) != nullptr;
    }

    int64_t start_server(const std::string& conf, const std::vector<std::string>& env, const std::string& out) {
        int64_t pid = sv::test::spawn_process({SV_SUPERVISORD, "-n", "-c", conf}, env, h.path(out));
        servers.push_back(pid);
        return pid;
    }

    int client(const std::string& conf, const std::vector<std::string>& env, const std::string& action,
               std::string* out) {
        std::string file = h.path("client.out");
        ::unlink(file.c_str());
        int64_t pid = sv::test::spawn_process({SV_SUPERVISE, "-c", conf, action}, env, file);
        int rc = sv::test::wait_exit(pid, 20000);
        *out = sv::test::slurp(file);
        return rc;
    }

    size_t starts() const {
        std::istringstream pids(sv::test::slurp(h.path("started.pids")));
        size_t n = 0;
        for (int64_t pid; pids >> pid;) ++n;
        return n;
    }
};

const std::vector<std::string> kNoOverrides{"SUPERVISORD_CMD", "SUPERVISORD_TABLE", "SUPERVISORD_PASSWORD"};

std::vector<std::string> with(std::vector<std::string> env, const std::string& more) {
    env.push_back(more);
    return env;
}

}  // namespace

TEST_SUITE("integration") {

TEST_CASE("a server started without XDG_RUNTIME_DIR is reached from another shell and through a symlink") {
    DefaultsFixture f;
    REQUIRE_FALSE(f.real.empty());
    f.start_server(f.real, with(kNoOverrides, "XDG_RUNTIME_DIR"), "server.out");
    REQUIRE(f.h.wait_until([&] { return f.answers(); }));
    struct stat st {};
    REQUIRE(::stat(f.table.c_str(), &st) == 0);
    CHECK(S_ISDIR(st.st_mode));

    std::string out;
    int rc = f.client(f.link, with(kNoOverrides, "XDG_RUNTIME_DIR=" + f.elsewhere), "status", &out);
    CHECK_MESSAGE(rc == 0, out);
    CHECK(out.find("RUNNING") != std::string::npos);
    rc = f.client(f.real, with(kNoOverrides, "XDG_RUNTIME_DIR=" + f.elsewhere), "status", &out);
    CHECK_MESSAGE(rc == 0, out);
    rc = f.client(f.link, with(kNoOverrides, "XDG_RUNTIME_DIR"), "status", &out);
    CHECK_MESSAGE(rc == 0, out);
}

TEST_CASE("a second supervisord on the same configuration is refused, names the holder and starts nothing") {
    DefaultsFixture f;
    REQUIRE_FALSE(f.real.empty());
    int64_t first = f.start_server(f.real, with(kNoOverrides, "XDG_RUNTIME_DIR"), "server.out");
    REQUIRE(f.h.wait_until([&] { return f.answers() && f.starts() == 1; }));

    int64_t second = f.start_server(f.link, with(kNoOverrides, "XDG_RUNTIME_DIR=" + f.elsewhere), "second.out");
    int rc = sv::test::wait_exit(second, 10000);
    f.servers.pop_back();
    std::string out = sv::test::slurp(f.h.path("second.out"));
    CHECK_MESSAGE(rc != 0, out);
    CHECK_MESSAGE(rc != -1, "the second server did not stop: " << out);
    CHECK_MESSAGE(out.find("locked by process " + std::to_string(first)) != std::string::npos, out);
    CHECK(f.starts() == 1);
    CHECK(sv::test::process_alive(first));
}

}  // TEST_SUITE
