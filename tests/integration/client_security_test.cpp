// SUPERVISE against a server that does not answer, refuses the password or
// is given a password it could never accept; and its own -p in `ps`.
#include <doctest/doctest.h>

#include <csignal>
#include <fcntl.h>
#include <string>
#include <unistd.h>

#include "integration/harness.h"
#include "integration/spawn_util.h"

using sv::test::Harness;

namespace {
// Runs supervise -c conf `args` with a bounded wait; -1 when it hung.
int bounded_client(Harness& h, const std::vector<std::string>& args, std::string* out, int64_t timeout_ms) {
    std::vector<std::string> argv{SV_SUPERVISE, "-c", h.conf()};
    argv.insert(argv.end(), args.begin(), args.end());
    std::string file = h.path("client.out");
    ::unlink(file.c_str());
    int64_t pid = sv::test::spawn_process(argv, {"SUPERVISORD_CMD", "SUPERVISORD_TABLE", "SUPERVISORD_PASSWORD"}, file);
    int rc = sv::test::wait_exit(pid, timeout_ms);
    *out = h.read("client.out");
    return rc;
}
}  // namespace

TEST_SUITE("integration") {

TEST_CASE("STATUS to a stopped server ends with %SUPERVISE-E-TIMEOUT after /TIMEOUT") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    REQUIRE(::kill(static_cast<pid_t>(h.server_pid()), SIGSTOP) == 0);
    std::string out;
    int64_t t0 = sv::test::monotonic_ms();
    int rc = bounded_client(h, {"status", "--timeout=1"}, &out, 15000);
    int64_t took = sv::test::monotonic_ms() - t0;
    ::kill(static_cast<pid_t>(h.server_pid()), SIGCONT);
    CHECK_MESSAGE(rc == 1, out);
    CHECK_MESSAGE(out.find("%SUPERVISE-E-TIMEOUT") != std::string::npos, out);
    CHECK(took < 10000);
    // The DCL form at the prompt takes the same qualifier.
    REQUIRE(::kill(static_cast<pid_t>(h.server_pid()), SIGSTOP) == 0);
    rc = bounded_client(h, {"version", "--timeout=1"}, &out, 15000);
    ::kill(static_cast<pid_t>(h.server_pid()), SIGCONT);
    CHECK_MESSAGE(rc == 1, out);
    CHECK(out.find("%SUPERVISE-E-TIMEOUT") != std::string::npos);
}

TEST_CASE("a STATUS refused for its password says BADPASSWORD and fails") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n", "password=Sesame-42\n");
    REQUIRE(h.start_server());
    std::string out;
    int rc = bounded_client(h, {"-p", "wrong-guess", "status"}, &out, 15000);
    CHECK_MESSAGE(rc == 1, out);
    CHECK_MESSAGE(out.find("%SUPERVISE-E-BADPASSWORD") != std::string::npos, out);
    rc = bounded_client(h, {"-p", "Sesame-42", "status"}, &out, 15000);
    CHECK_MESSAGE(rc == 3, out);   // x is STOPPED
    CHECK(out.find("STOPPED") != std::string::npos);
}

TEST_CASE("the client refuses to send a password over 128 bytes") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    std::string out;
    int rc = bounded_client(h, {"-p", std::string(129, 'k'), "status"}, &out, 15000);
    CHECK_MESSAGE(rc == 2, out);
    CHECK_MESSAGE(out.find("%SUPERVISE-E-BADVALUE") != std::string::npos, out);
    CHECK(out.find("128") != std::string::npos);
    CHECK(h.log().find("STATUS") == std::string::npos);   // nothing reached the server
}

TEST_CASE("the client's -p does not stay visible in /proc/PID/cmdline at the prompt") {
    Harness h;
    h.write_config("[program:x]\ncommand=sleep 1000\nautostart=false\n");
    int in[2];
    REQUIRE(::pipe2(in, O_CLOEXEC) == 0);   // the client holds only its own end
    int64_t pid = sv::test::spawn_process({SV_SUPERVISE, "-c", h.conf(), "-p", "Prompt-secret-5"}, {},
                                          h.path("prompt.out"), "", in[0]);
    ::close(in[0]);
    bool scrubbed = h.wait_until([&] {
        std::string c = sv::test::command_line_of(pid);
        return c.find("supervise ") != std::string::npos && c.find("Prompt-secret-5") == std::string::npos;
    }, 5000);
    CHECK_MESSAGE(scrubbed, sv::test::command_line_of(pid));
    ::close(in[1]);   // end of input: the prompt leaves
    CHECK(sv::test::wait_exit(pid, 5000) == 0);
}

}  // TEST_SUITE
