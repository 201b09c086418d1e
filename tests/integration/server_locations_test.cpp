// One server per configuration, reached by every caller: the default channel
// and table depend on the configuration's canonical path only, never on
// XDG_RUNTIME_DIR, the caller's shell or the spelling of -c.
#include <doctest/doctest.h>

#include <climits>
#include <csignal>
#include <cstdlib>
#include <fstream>
#include <pwd.h>
#include <sstream>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
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

    // A second server, `pid`, must end by itself, refused with `why` in
    // its output `out`, having started nothing.
    void expect_refused(int64_t pid, const std::string& out, const std::string& why) {
        int rc = sv::test::wait_exit(pid, 10000);
        std::string text = sv::test::slurp(h.path(out));
        CHECK_MESSAGE(rc != 0, text);
        CHECK_MESSAGE(rc != -1, "the second server did not stop: " << text);
        CHECK_MESSAGE(text.find(why) != std::string::npos, text);
        CHECK(starts() == 1);
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

// argv run by /bin/sh after `cd dir`: the caller's working directory.
std::vector<std::string> in_directory(const std::string& dir, std::vector<std::string> argv) {
    std::vector<std::string> out{"/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", dir};
    out.insert(out.end(), argv.begin(), argv.end());
    return out;
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
    f.expect_refused(second, "second.out", "locked by process " + std::to_string(first));
    f.servers.pop_back();
    CHECK(sv::test::process_alive(first));
}

TEST_CASE("a server started as systemd would is reached from a login shell by a relative -c, and not doubled from there") {
    DefaultsFixture f;
    REQUIRE_FALSE(f.real.empty());
    // systemd: working directory /, no HOME, no XDG_RUNTIME_DIR, the path as written in the unit.
    std::vector<std::string> service = kNoOverrides;
    service.insert(service.end(), {"XDG_RUNTIME_DIR", "HOME"});
    int64_t first = sv::test::spawn_process(in_directory("/", {SV_SUPERVISORD, "-n", "-c", f.real}), service,
                                            f.h.path("server.out"));
    f.servers.push_back(first);
    REQUIRE(f.h.wait_until([&] { return f.answers() && f.starts() == 1; }));
    // A root login shell: its own HOME, XDG_RUNTIME_DIR and working directory, -c as typed there.
    ::mkdir(f.h.path("home").c_str(), 0700);
    std::vector<std::string> login = kNoOverrides;
    login.insert(login.end(), {"HOME=" + f.h.path("home"), "XDG_RUNTIME_DIR=" + f.elsewhere});
    for (const char* typed : {"etc/supervisord.conf", "./link.conf", "etc/../link.conf"}) {
        CAPTURE(typed);
        std::string file = f.h.path("client.out");
        ::unlink(file.c_str());
        int64_t pid = sv::test::spawn_process(in_directory(f.h.dir(), {SV_SUPERVISE, "-c", typed, "status"}), login, file);
        int rc = sv::test::wait_exit(pid, 20000);
        std::string out = sv::test::slurp(file);
        CHECK_MESSAGE(rc == 0, out);
        CHECK(out.find("RUNNING") != std::string::npos);
    }
    int64_t second = sv::test::spawn_process(in_directory(f.h.dir(), {SV_SUPERVISORD, "-n", "-c", "link.conf"}), login,
                                             f.h.path("second.out"));
    f.expect_refused(second, "second.out", "locked by process " + std::to_string(first));
    CHECK(sv::test::process_alive(first));
}

TEST_CASE("a second supervisord that overrides only the table or only the channel is refused too, starting nothing") {
    DefaultsFixture f;
    REQUIRE_FALSE(f.real.empty());
    int64_t first = f.start_server(f.real, with(kNoOverrides, "XDG_RUNTIME_DIR"), "server.out");
    REQUIRE(f.h.wait_until([&] { return f.answers() && f.starts() == 1; }));
    struct Case {
        std::string env;
        std::string why;
    };
    for (const Case& c : {Case{"SUPERVISORD_TABLE=" + f.h.path("other.table"), "another server is listening on " + f.socket},
                          Case{"SUPERVISORD_CMD=" + f.h.path("other.sock"), "locked by process " + std::to_string(first)}}) {
        CAPTURE(c.env);
        std::vector<std::string> env{c.env.rfind("SUPERVISORD_TABLE", 0) == 0 ? "SUPERVISORD_CMD" : "SUPERVISORD_TABLE",
                                     "SUPERVISORD_PASSWORD", c.env};
        ::unlink(f.h.path("second.out").c_str());
        f.expect_refused(f.start_server(f.real, env, "second.out"), "second.out", c.why);
        f.servers.pop_back();
    }
    CHECK(sv::test::process_alive(first));
    // Both overridden: another server by the operator's choice, on its own table and channel.
    std::string other = f.h.path("other.sock");
    f.start_server(f.real, {"SUPERVISORD_PASSWORD", "SUPERVISORD_CMD=" + other,
                            "SUPERVISORD_TABLE=" + f.h.path("other.table")}, "third.out");
    CHECK(f.h.wait_until([&] { return f.starts() == 2; }));
    sv::test::request_at(other, Opcode::shutdown, {}, 0);
}

TEST_CASE("[unix_http_server] file= places the channel, for the server and every client alike") {
    DefaultsFixture f;
    REQUIRE_FALSE(f.real.empty());
    f.socket = f.h.path("uhs.sock");
    std::ofstream(f.real, std::ios::app) << "[unix_http_server]\nfile=" << f.socket << "\nchmod=0700\n";
    f.start_server(f.real, with(kNoOverrides, "XDG_RUNTIME_DIR"), "server.out");
    REQUIRE(f.h.wait_until([&] { return f.answers() && f.starts() == 1; }));
    std::string out;
    int rc = f.client(f.link, with(kNoOverrides, "XDG_RUNTIME_DIR=" + f.elsewhere), "status", &out);
    CHECK_MESSAGE(rc == 0, out);
    CHECK(out.find("RUNNING") != std::string::npos);
}

TEST_CASE("another user on the default locations is told NOTAUTH, not that no server is listening") {
    struct passwd* nobody = ::getpwnam("nobody");
    if (::geteuid() != 0 || !nobody) {
        MESSAGE("needs root and user nobody");
        return;
    }
    DefaultsFixture f;
    REQUIRE_FALSE(f.real.empty());
    REQUIRE(::chmod(f.h.dir().c_str(), 0755) == 0);
    f.start_server(f.real, with(kNoOverrides, "XDG_RUNTIME_DIR"), "server.out");
    REQUIRE(f.h.wait_until([&] { return f.answers() && f.starts() == 1; }));
    std::string file = f.h.path("nobody.out");
    int64_t pid = sv::test::spawn_process({SV_SUPERVISE, "-c", f.link, "status"},
                                          with(kNoOverrides, "XDG_RUNTIME_DIR"), file, "nobody");
    int rc = sv::test::wait_exit(pid, 20000);
    std::string out = sv::test::slurp(file);
    CHECK_MESSAGE(rc > 0, out);
    CHECK_MESSAGE(out.find("%SUPERVISE-E-NOTAUTH") != std::string::npos, out);
    CHECK(out.find("no server") == std::string::npos);
}

TEST_CASE("a private directory someone else made first is refused by client and server: no password sent, nothing started") {
    if (::geteuid() != 0) {
        MESSAGE("needs root (a configuration and a directory of other uids)");
        return;
    }
    // The configuration of an unused uid (no account needed; one per test
    // process, so that two runs at once do not meet); its default directory,
    // made first by another uid, or by the owner open to all, with a socket
    // listening where the channel would be.
    const uid_t kOwner = 200000 + 2 * static_cast<uid_t>(::getpid() % 100000), kOther = kOwner + 1;
    const std::string dir = "/tmp/supervise-" + std::to_string(kOwner);
    struct stat st {};
    if (::lstat(dir.c_str(), &st) == 0) {
        MESSAGE("skipped: " << dir << " exists");
        return;
    }
    Harness h;
    REQUIRE(::chmod(h.dir().c_str(), 0755) == 0);
    std::string conf = h.path("theirs.conf");
    std::ofstream(conf) << "[supervisord]\nlogfile=" << h.path("theirs.log") << "\npassword=Victim-77\n"
                        << "[program:x]\ncommand=/bin/sh -c 'echo $$ >> " << h.path("started.pids")
                        << "; exec sleep 1000'\nstartsecs=0\n";
    REQUIRE(::chown(conf.c_str(), kOwner, kOwner) == 0);
    char buf[PATH_MAX];
    REQUIRE(::realpath(conf.c_str(), buf));
    std::string socket = dir + "/" + sv::test::location_tag_of(buf) + ".sock";
    struct Case {
        uid_t owner;
        mode_t mode;
        std::string why;
    };
    for (const Case& c : {Case{kOther, 0700, "owned by uid " + std::to_string(kOther)},
                          Case{kOwner, 0777, "has mode 0777"}}) {
        CAPTURE(c.why);
        REQUIRE(::mkdir(dir.c_str(), 0700) == 0);
        struct Cleanup {
            std::string dir;
            int fd = -1;
            ~Cleanup() {
                if (fd >= 0) ::close(fd);
                std::string cmd = "rm -rf '" + dir + "'";   // what a server wrongly made in it too
                if (std::system(cmd.c_str()) != 0) MESSAGE("could not remove " << dir);
            }
        } cleanup{dir};
        REQUIRE(::chmod(dir.c_str(), c.mode) == 0);
        REQUIRE(::chown(dir.c_str(), c.owner, c.owner) == 0);
        int trap = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
        REQUIRE(trap >= 0);
        cleanup.fd = trap;
        sockaddr_un addr{};
        addr.sun_family = AF_UNIX;
        std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", socket.c_str());
        CHECK(::bind(trap, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
        CHECK(::listen(trap, 16) == 0);

        std::string out = h.path("client.out");
        ::unlink(out.c_str());
        int rc = sv::test::wait_exit(sv::test::spawn_process({SV_SUPERVISE, "-c", conf, "status"}, kNoOverrides, out), 20000);
        std::string text = sv::test::slurp(out);
        CHECK_MESSAGE(rc > 0, text);
        CHECK_MESSAGE(text.find(dir) != std::string::npos, text);
        CHECK_MESSAGE(text.find(c.why) != std::string::npos, text);
        CHECK(::accept(trap, nullptr, nullptr) < 0);   // never connected: the password stayed home

        out = h.path("server.out");
        ::unlink(out.c_str());
        rc = sv::test::wait_exit(sv::test::spawn_process({SV_SUPERVISORD, "-n", "-c", conf}, kNoOverrides, out), 10000);
        text = sv::test::slurp(out);
        CHECK_MESSAGE(rc > 0, text);
        CHECK_MESSAGE(text.find(c.why) != std::string::npos, text);
        CHECK(sv::test::slurp(h.path("started.pids")).empty());

    }
    CHECK(::lstat(dir.c_str(), &st) != 0);
}

}  // TEST_SUITE
