// supervisord without -n: os::detach() (src/os/process.h). The command the
// operator typed returns 0 once the server is set up; the server goes on in
// a session of its own (Linux: fork and setsid), answers on its channel, and
// its output goes where the configuration says.
#include <doctest/doctest.h>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

#include "integration/harness.h"

using namespace sv;
using namespace sv::test;
using proto::Opcode;

TEST_SUITE("integration") {

TEST_CASE("without -n the server detaches: the command returns 0, the server runs on in its own session") {
    Harness h;
    h.write_config("", "pidfile=" + h.path("sv.pid") + "\n");
    std::vector<std::string> words{"supervisord", "-c", h.conf()};
    std::vector<char*> argv;
    for (auto& w : words) argv.push_back(w.data());
    argv.push_back(nullptr);
    const pid_t launcher = ::fork();
    REQUIRE(launcher >= 0);
    if (launcher == 0) {
        int fd = ::open(h.path("launcher.out").c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        ::dup2(fd, 1);
        ::dup2(fd, 2);
        ::unsetenv("SUPERVISORD_CMD");
        ::unsetenv("SUPERVISORD_TABLE");
        ::unsetenv("SUPERVISORD_FAILPOINT");
        ::execv(SV_SUPERVISORD, argv.data());
        ::_exit(127);
    }
    int st = -1;
    bool returned = h.wait_until([&] { return ::waitpid(launcher, &st, WNOHANG) == launcher; });
    if (!returned) {   // never detached: end it (it is ours) and fail
        ::kill(launcher, SIGKILL);
        ::waitpid(launcher, &st, 0);
    }
    REQUIRE_MESSAGE(returned, h.read("launcher.out"));
    CHECK(WIFEXITED(st));
    CHECK(WEXITSTATUS(st) == 0);

    // The server it left behind: another process, not our child, in a
    // session of its own, and answering.
    REQUIRE(h.wait_until([&] { return !h.read("sv.pid").empty(); }));
    const pid_t server = static_cast<pid_t>(std::atol(h.read("sv.pid").c_str()));
    REQUIRE(server > 0);
    CHECK(server != launcher);
    CHECK(process_alive(server));
    CHECK(::getsid(server) == server);
    proto::Reply version = h.request(Opcode::version);
    CHECK_FALSE(version.lines.empty());

    // It stops when asked, like any server.
    h.request(Opcode::shutdown);
    bool gone = h.wait_until([&] { return !process_alive(server); });
    if (!gone && h.read("sv.pid") == std::to_string(server) + "\n") ::kill(server, SIGKILL);   // still ours
    CHECK(gone);
}

}  // TEST_SUITE
