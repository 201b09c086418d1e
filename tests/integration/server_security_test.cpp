// The control channel: socket permissions, peer credentials, password,
// garbage on the socket.
#include <doctest/doctest.h>

#include "core/sha1.h"

#include <csignal>
#include <fcntl.h>
#include <fstream>
#include <functional>
#include <poll.h>
#include <pwd.h>
#include <random>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/msg.h"
#include "integration/harness.h"
#include "integration/spawn_util.h"
#include "os/client_channel.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {
uint32_t code(const char* ident) { return sv::msg::Catalogue::builtin().code(ident); }

// Runs `body` in a child switched to user nobody; returns its exit status.
int as_nobody(const std::function<int()>& body) {
    struct passwd* pw = ::getpwnam("nobody");
    if (!pw) return -1;
    pid_t pid = ::fork();
    if (pid == 0) {
        if (::setgid(pw->pw_gid) != 0 || ::setuid(pw->pw_uid) != 0) ::_exit(100);
        ::_exit(body());
    }
    int st = 0;
    ::waitpid(pid, &st, 0);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}
bool root_and_nobody() { return ::geteuid() == 0 && ::getpwnam("nobody"); }

// supervisord -n -c conf plus `args`, in the harness directory, with no
// environment overrides but `env`; returns its pid (tracked by the caller).
int64_t start_with(Harness& h, const std::vector<std::string>& args, std::vector<std::string> env = {}) {
    std::vector<std::string> argv{SV_SUPERVISORD, "-n", "-c", h.conf()};
    argv.insert(argv.end(), args.begin(), args.end());
    for (const char* v : {"SUPERVISORD_CMD", "SUPERVISORD_TABLE"}) env.emplace_back(v);
    return sv::test::spawn_process(argv, env, h.path("server.out"));
}

bool answers(const Harness& h) {
    sv::os::OpenFailure why;
    std::string err;
    return sv::os::open_channel(h.socket(), 4096, &why, &err) != nullptr;
}

// Ends a server started by start_with (and its programs, by STOP ALL).
void end_server(Harness& h, int64_t pid, const std::string& password = "") {
    sv::test::request_at(h.socket(), Opcode::stop, {"ALL"}, sv::proto::kFlagWait, password);
    sv::test::request_at(h.socket(), Opcode::shutdown, {}, 0, password);
    if (sv::test::wait_exit(pid, 10000) < 0) sv::test::kill_and_reap(pid);
}

// A raw connection to the socket, or -1.
int raw_connect(const std::string& path) {
    int fd = ::socket(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0);
    sockaddr_un a{};
    a.sun_family = AF_UNIX;
    std::snprintf(a.sun_path, sizeof a.sun_path, "%s", path.c_str());
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0) return fd;
    if (fd >= 0) ::close(fd);
    return -1;
}

// True when the server closed `fd` (end of file seen) within timeout_ms.
bool closed_by_server(int fd, int timeout_ms) {
    pollfd p{fd, POLLIN, 0};
    if (::poll(&p, 1, timeout_ms) != 1) return false;
    char c;
    return ::recv(fd, &c, 1, MSG_DONTWAIT) == 0;
}
}  // namespace

TEST_SUITE("integration") {

TEST_CASE("the socket is mode 0600 by default") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    struct stat st {};
    REQUIRE(::stat(h.socket().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("a peer of another uid is refused, by permissions and by credentials") {
    if (::geteuid() != 0 || !::getpwnam("nobody")) {
        MESSAGE("needs root and user nobody");
        return;
    }
    Harness h;
    REQUIRE(::chmod(h.dir().c_str(), 0755) == 0);
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    std::string sock = h.socket();
    // Mode 0600: nobody cannot even connect.
    int rc = as_nobody([&] {
        sv::os::OpenFailure why;
        std::string err;
        return sv::os::open_channel(sock, 4096, &why, &err) ? 0 : 10;
    });
    CHECK(rc == 10);
    // Opened up to 0666: the connection works, SO_PEERCRED refuses the request.
    REQUIRE(::chmod(sock.c_str(), 0666) == 0);
    uint32_t refused = code("NOTAUTH");
    rc = as_nobody([&] {
        sv::os::OpenFailure why;
        std::string err;
        auto ch = sv::os::open_channel(sock, 4096, &why, &err);
        if (!ch) return 11;
        sv::proto::Request req;
        req.op = Opcode::stop;
        req.names = {"ALL"};
        std::vector<uint8_t> bytes;
        sv::proto::Reply reply;
        if (!ch->send(sv::proto::pack(req), &err) || !ch->receive(bytes, 5000, &err)) return 12;
        if (sv::proto::unpack(bytes.data(), bytes.size(), reply) != sv::proto::Decode::ok) return 13;
        return reply.status == refused ? 0 : 14;
    });
    CHECK(rc == 0);
    CHECK(h.log().find("refused") != std::string::npos);
}

TEST_CASE("a wrong password is refused and never logged") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nstartsecs=0\n", "password=Sesame-42\n");
    REQUIRE(h.start_server());
    auto r = h.request(Opcode::status, {}, 0, "wrong-guess");
    CHECK(r.status == code("BADPASSWORD"));
    CHECK(r.processes.empty());
    r = h.request(Opcode::status, {}, 0, "Sesame-42");
    CHECK(r.processes.size() == 1);
    std::string log = h.log();
    CHECK(log.find("password check failed") != std::string::npos);
    CHECK(log.find("wrong-guess") == std::string::npos);
    CHECK(log.find("Sesame-42") == std::string::npos);
}

TEST_CASE("a {SHA} password: the password is accepted, its hash is not") {
    Harness h;
    // sha1("Sesame-42"), written as supervisor users write it.
    h.write_config("[program:x]\ncommand=sleep 1000\nstartsecs=0\n",
                   "password={SHA}" + sv::sha1_hex("Sesame-42") + "\n");
    REQUIRE(h.start_server());
    CHECK(h.request(Opcode::status, {}, 0, "Sesame-42").processes.size() == 1);
    auto r = h.request(Opcode::status, {}, 0, sv::sha1_hex("Sesame-42"));
    CHECK(r.status == code("BADPASSWORD"));
    r = h.request(Opcode::status, {}, 0, "{SHA}" + sv::sha1_hex("Sesame-42"));
    CHECK(r.status == code("BADPASSWORD"));
}

TEST_CASE("a channel the configuration opens to others serves them; one it does not, refuses them") {
    if (!root_and_nobody()) {
        MESSAGE("needs root and user nobody");
        return;
    }
    for (bool shared : {true, false}) {
        CAPTURE(shared);
        Harness h;
        REQUIRE(::chmod(h.dir().c_str(), 0755) == 0);
        h.write_config(std::string(shared ? "[unix_http_server]\nchmod=0666\n" : "") +
                       "[program:x]\ncommand=sleep 1000\nautostart=false\n");
        REQUIRE(h.start_server());
        if (!shared) REQUIRE(::chmod(h.socket().c_str(), 0666) == 0);   // opened by hand, not by the configuration
        std::string sock = h.socket();
        uint32_t normal = code("NORMAL"), refused = code("NOTAUTH");
        int rc = as_nobody([&] {
            auto reply = sv::test::request_at(sock, Opcode::status);
            return reply.status == normal && reply.processes.size() == 1 ? 0 : reply.status == refused ? 20 : 21;
        });
        CHECK(rc == (shared ? 0 : 20));
    }
}

TEST_CASE("random bytes on the socket leave the server unaffected") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nstartsecs=0\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("x", State::running));
    int64_t pid = h.status()["x"].pid;
    std::mt19937 rng(12345);
    for (int round = 0; round < 200; ++round) {
        sv::os::OpenFailure why;
        std::string err;
        auto ch = sv::os::open_channel(h.socket(), 4096, &why, &err);
        REQUIRE(ch);
        std::vector<uint8_t> junk(rng() % 5000);
        for (auto& b : junk) b = static_cast<uint8_t>(rng());
        if (round % 3 == 0 && junk.size() >= 4) { junk[0] = 'S'; junk[1] = 'V'; junk[2] = 'R'; junk[3] = 'Q'; }
        ch->send(junk, &err);
        std::vector<uint8_t> reply;
        ch->receive(reply, 2000, &err);   // a BADREQUEST reply, or nothing for an empty send
    }
    auto st = h.status();
    REQUIRE(st.size() == 1);
    CHECK(st["x"].pid == pid);
    CHECK(st["x"].state == State::running);
    CHECK(sv::test::process_alive(h.server_pid()));
}

TEST_CASE("the -p password does not stay visible in /proc/PID/cmdline; it still works") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    int64_t pid = start_with(h, {"-p", "Sesame-cmdline-42"});
    REQUIRE(h.wait_until([&] { return answers(h); }));
    std::string cmdline = sv::test::command_line_of(pid);
    CHECK(cmdline.find("supervisord") != std::string::npos);
    CHECK_MESSAGE(cmdline.find("Sesame-cmdline-42") == std::string::npos, cmdline);
    CHECK(sv::test::request_at(h.socket(), Opcode::status, {}, 0, "Sesame-cmdline-42").processes.size() == 1);
    CHECK(sv::test::request_at(h.socket(), Opcode::status, {}, 0, "wrong").status == code("BADPASSWORD"));
    end_server(h, pid, "Sesame-cmdline-42");
}

TEST_CASE("--password-file reads the password from a file") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    std::ofstream(h.path("pw")) << "From-a-file-7\n";
    int64_t pid = start_with(h, {"--password-file", h.path("pw")});
    REQUIRE(h.wait_until([&] { return answers(h); }));
    CHECK(sv::test::request_at(h.socket(), Opcode::status, {}, 0, "From-a-file-7").processes.size() == 1);
    CHECK(sv::test::request_at(h.socket(), Opcode::status, {}, 0, "").status == code("BADPASSWORD"));
    end_server(h, pid, "From-a-file-7");
}

TEST_CASE("SUPERVISORD_PASSWORD is not passed on to the programs") {
    Harness h;
    h.write_config("[program:envdump]\ncommand=/bin/sh -c 'env; exec sleep 1000'\nstartsecs=0\n"
                   "stdout_file=" + h.path("env.out") + "\n");
    int64_t pid = start_with(h, {}, {"SUPERVISORD_PASSWORD=Env-secret-9"});
    REQUIRE(h.wait_until([&] { return answers(h); }));
    REQUIRE(h.wait_until([&] { return h.read("env.out").find("PATH=") != std::string::npos; }));
    CHECK(h.read("env.out").find("SUPERVISORD_PASSWORD") == std::string::npos);
    CHECK(sv::test::request_at(h.socket(), Opcode::status, {}, 0, "Env-secret-9").processes.size() == 1);
    end_server(h, pid, "Env-secret-9");
}

TEST_CASE("a password over 128 bytes is refused at start, from -p, a file or the environment") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    std::string longpw(129, 'k');
    std::ofstream(h.path("pw")) << longpw << "\n";
    std::vector<std::vector<std::string>> args{{"-p", longpw}, {"--password-file", h.path("pw")}, {}};
    for (size_t k = 0; k < args.size(); ++k) {
        CAPTURE(k);
        ::unlink(h.path("server.out").c_str());
        std::vector<std::string> env;
        if (args[k].empty()) env.push_back("SUPERVISORD_PASSWORD=" + longpw);
        int64_t pid = start_with(h, args[k], env);
        int rc = sv::test::wait_exit(pid, 5000);
        std::string out = h.read("server.out");
        CHECK_MESSAGE(rc > 0, out);
        CHECK_MESSAGE(out.find("128") != std::string::npos, out);
        CHECK(out.find(longpw) == std::string::npos);
    }
}

TEST_CASE("supervisord --check refuses a program whose user does not exist, naming file and line") {
    Harness h;
    h.write_config("[program:good]\ncommand=sleep 1000\nuser=root\n\n"
                   "[program:bad]\ncommand=sleep 1000\nuser=nosuchuser_zz9\n");
    int64_t pid = sv::test::spawn_process({SV_SUPERVISORD, "--check", "-c", h.conf()}, {}, h.path("check.out"));
    int rc = sv::test::wait_exit(pid, 10000);
    std::string out = h.read("check.out");
    CHECK_MESSAGE(rc == 1, out);
    CHECK(out.find("nosuchuser_zz9") != std::string::npos);
    CHECK(out.find(h.conf() + ":") != std::string::npos);
    CHECK(out.find("%SUPERVISE-E-CONFIGERR") != std::string::npos);
}

TEST_CASE("a peer refused by the socket's permissions is told NOTAUTH, not that no server listens") {
    if (!root_and_nobody()) {
        MESSAGE("needs root and user nobody");
        return;
    }
    Harness h;
    REQUIRE(::chmod(h.dir().c_str(), 0755) == 0);
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(::chmod(h.conf().c_str(), 0644) == 0);
    REQUIRE(h.start_server());
    std::string out = h.path("nobody.out");
    int64_t pid = sv::test::spawn_process({SV_SUPERVISE, "-c", h.conf(), "status"},
                                          {"SUPERVISORD_CMD", "SUPERVISORD_TABLE"}, out, "nobody");
    int rc = sv::test::wait_exit(pid, 10000);
    std::string text = h.read("nobody.out");
    CHECK_MESSAGE(rc != 0, text);
    CHECK_MESSAGE(text.find("%SUPERVISE-E-NOTAUTH") != std::string::npos, text);
    CHECK(text.find("no server is listening") == std::string::npos);
}

TEST_CASE("the socket takes the configured mode and owner, from [supervisord] or [unix_http_server]") {
    if (!root_and_nobody()) {
        MESSAGE("needs root and user nobody");
        return;
    }
    for (bool supervisor_style : {false, true}) {
        CAPTURE(supervisor_style);
        Harness h;
        if (supervisor_style)   // as supervisor users write it
            h.write_config("[unix_http_server]\nchmod=0660\nchown=nobody\n[program:x]\ncommand=sleep 1000\nautostart=false\n");
        else
            h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n", "mailbox_mode=0660\nmailbox_owner=nobody\n");
        REQUIRE(h.start_server());
        struct stat st {};
        REQUIRE(::stat(h.socket().c_str(), &st) == 0);
        CHECK((st.st_mode & 0777) == 0660);
        CHECK(st.st_uid == ::getpwnam("nobody")->pw_uid);
    }
}

TEST_CASE("a connection that sends no request is closed after the idle timeout") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    int fd = raw_connect(h.socket());
    REQUIRE(fd >= 0);
    CHECK(closed_by_server(fd, 15000));
    ::close(fd);
    CHECK(h.status().size() == 1);
}

TEST_CASE("a flood of idle connections from another uid leaves the owner able to connect") {
    if (!root_and_nobody()) {
        MESSAGE("needs root and user nobody");
        return;
    }
    Harness h;
    REQUIRE(::chmod(h.dir().c_str(), 0755) == 0);
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    REQUIRE(::chmod(h.socket().c_str(), 0666) == 0);
    constexpr int kFlood = 1100;
    int report[2], release[2];
    REQUIRE(::pipe(report) == 0);
    REQUIRE(::pipe(release) == 0);
    std::string sock = h.socket();
    pid_t child = ::fork();
    if (child == 0) {
        struct passwd* pw = ::getpwnam("nobody");
        rlimit rl{4096, 4096};
        ::setrlimit(RLIMIT_NOFILE, &rl);
        if (::setgid(pw->pw_gid) != 0 || ::setuid(pw->pw_uid) != 0) ::_exit(100);
        std::vector<int> fds;
        for (int k = 0; k < kFlood; ++k) {
            int fd = raw_connect(sock);
            if (fd >= 0) fds.push_back(fd);
        }
        // Count what the server still keeps open once it has had time to refuse.
        int64_t end = sv::test::monotonic_ms() + 3000;
        size_t open = fds.size();
        while (sv::test::monotonic_ms() < end) {
            open = 0;
            for (int fd : fds) {
                pollfd p{fd, POLLIN, 0};
                if (::poll(&p, 1, 0) == 0) ++open;
            }
            if (open <= 64) break;
            ::usleep(50000);
        }
        std::string line = std::to_string(fds.size()) + " " + std::to_string(open) + "\n";
        (void)!::write(report[1], line.data(), line.size());
        char c;
        (void)!::read(release[0], &c, 1);   // hold the connections until released
        ::_exit(0);
    }
    ::close(report[1]);
    ::close(release[0]);
    char buf[64] = {};
    pollfd p{report[0], POLLIN, 0};
    REQUIRE(::poll(&p, 1, 20000) == 1);
    REQUIRE(::read(report[0], buf, sizeof buf - 1) > 0);
    int opened = 0, kept = 0;
    std::sscanf(buf, "%d %d", &opened, &kept);
    CHECK(opened == kFlood);
    CHECK(kept <= 64);
    // While nobody still holds its connections, the owner is served.
    auto r = h.request(Opcode::status);
    CHECK(r.processes.size() == 1);
    std::string out;
    CHECK(h.client({"status"}, &out) == 3);   // x is STOPPED: exit status 3, the table printed
    CHECK(out.find("STOPPED") != std::string::npos);
    ::close(release[1]);
    ::close(report[0]);
    sv::test::wait_exit(child, 10000);
}

}  // TEST_SUITE
