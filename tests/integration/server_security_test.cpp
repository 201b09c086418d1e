// The control channel: socket permissions, peer credentials, password,
// garbage on the socket.
#include <doctest/doctest.h>

#include <pwd.h>
#include <random>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/msg.h"
#include "integration/harness.h"
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
        sv::os::ConnectFailure why;
        std::string err;
        return sv::os::connect_channel(sock, 4096, &why, &err) ? 0 : 10;
    });
    CHECK(rc == 10);
    // Opened up to 0666: the connection works, SO_PEERCRED refuses the request.
    REQUIRE(::chmod(sock.c_str(), 0666) == 0);
    uint32_t refused = code("NOTAUTH");
    rc = as_nobody([&] {
        sv::os::ConnectFailure why;
        std::string err;
        auto ch = sv::os::connect_channel(sock, 4096, &why, &err);
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

TEST_CASE("random bytes on the socket leave the server unaffected") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nstartsecs=0\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("x", State::running));
    int64_t pid = h.status()["x"].pid;
    std::mt19937 rng(12345);
    for (int round = 0; round < 200; ++round) {
        sv::os::ConnectFailure why;
        std::string err;
        auto ch = sv::os::connect_channel(h.socket(), 4096, &why, &err);
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

}  // TEST_SUITE
