// The SUPERVISE> prompt on a real terminal (a pseudo-terminal): the prompt,
// commands, the HELP session's subtopic prompts, prompting for a missing
// parameter, and leaving with Ctrl/D or EXIT.
#include <doctest/doctest.h>

#include <optional>
#include <string>

#include "integration/harness.h"
#include "integration/pty.h"

using sv::State;
using sv::test::Harness;
using sv::test::Pty;

namespace {

const char* kPrograms =
    "[program:web]\ncommand=sleep 1000\nstartsecs=0\nstopwaitsecs=5\n"
    "[program:worker]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\n";

// The client on a terminal, talking to the harness's server.
bool start_client(Pty& pty, const Harness& h) {
    std::string error;
    bool ok = pty.start({SV_SUPERVISE, "-c", h.conf()},
                        {"SUPERVISORD_CMD=", "SUPERVISORD_TABLE=", "SUPERVISORD_PASSWORD="}, &error);
    INFO(error);
    return ok;
}

}  // namespace

namespace {
// A Ctrl/D typed while the client switches the terminal between its own
// mode and the normal one can be swallowed by the tty driver (an
// end-of-file "line" does not survive leaving canonical mode); a person
// presses it again, and so do these tests, a bounded number of times.
std::optional<int> eof_until_exit(Pty& pty) {
    for (int i = 0; i < 8; ++i) {   // at most 64 s: a loaded machine under AddressSanitizer
        pty.send("\x04");
        if (auto st = pty.wait_exit(8000)) return st;
    }
    return std::nullopt;
}

}  // namespace

TEST_SUITE("integration-pty") {

TEST_CASE("the pty driver: a terminal, bounded reads, exit status, kill by pid") {
    Pty cat;
    REQUIRE(cat.start({"/bin/cat"}));
    CHECK(cat.pid() > 0);
    cat.send("hello pty\n");
    CHECK(cat.expect("hello pty"));  // the echo, then cat's copy
    CHECK(cat.expect("hello pty"));
    auto t0 = sv::test::monotonic_ms();
    CHECK_FALSE(cat.expect("never printed", 300));
    CHECK(sv::test::monotonic_ms() - t0 < 5000);
    cat.send("\x04");  // end of file on an empty line
    auto st = cat.wait_exit(10000);
    REQUIRE(st.has_value());
    CHECK(*st == 0);
    CHECK(cat.pid() == 0);

    Pty missing;
    REQUIRE(missing.start({"/nonexistent/sv-no-such-program"}));
    st = missing.wait_exit(10000);
    REQUIRE(st.has_value());
    CHECK(*st == 127);

    Pty sleeper;
    REQUIRE(sleeper.start({"/bin/sleep", "1000"}));
    int64_t pid = sleeper.pid();
    CHECK_FALSE(sleeper.wait_exit(100).has_value());
    sleeper.kill();
    CHECK_FALSE(sv::test::process_alive(pid));
}

TEST_CASE("the prompt runs STATUS and HELP, and Ctrl/D leaves with status 0") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("web", State::running));
    Pty pty;
    INFO("terminal output: " << pty.output());
    REQUIRE(start_client(pty, h));
    REQUIRE(pty.expect("SUPERVISE> "));

    pty.send("status\n");
    CHECK(pty.expect("web" + std::string(30, ' ') + "RUNNING   pid "));
    CHECK(pty.expect("worker" + std::string(27, ' ') + "STOPPED   Not started"));
    REQUIRE(pty.expect("SUPERVISE> "));

    // HELP: the top topic, then its subtopic prompt; START goes down, an
    // empty line goes up one level at a time and leaves at Topic?.
    pty.send("help\n");
    CHECK(pty.expect("Additional information available:"));
    REQUIRE(pty.expect("SUPERVISE Subtopic? "));
    pty.send("START\n");
    CHECK(pty.expect("SUPERVISE START process-name[,...] [/qualifier...]"));
    REQUIRE(pty.expect("SUPERVISE START Subtopic? "));
    pty.send("/wait\n");
    CHECK(pty.expect("/NOWAIT"));
    REQUIRE(pty.expect("SUPERVISE START Subtopic? "));
    pty.send("\n");
    REQUIRE(pty.expect("SUPERVISE Subtopic? "));
    pty.send("\n");
    REQUIRE(pty.expect("Topic? "));
    pty.send("\n");
    REQUIRE(pty.expect("SUPERVISE> "));

    // Ctrl/D at the prompt: leave, status 0.
    auto st = eof_until_exit(pty);
    REQUIRE(st.has_value());
    CHECK(*st == 0);
}

TEST_CASE("EXIT leaves the prompt; a syntax error shows DCL's message and the prompt again") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    Pty pty;
    INFO("terminal output: " << pty.output());
    REQUIRE(start_client(pty, h));
    REQUIRE(pty.expect("SUPERVISE> "));
    pty.send("frob\n");
    CHECK(pty.expect("%CLI-W-IVKEYW, unrecognized keyword - check validity and spelling"));
    CHECK(pty.expect("\\FROB\\"));
    REQUIRE(pty.expect("SUPERVISE> "));
    // A continued line gets the continuation prompt.
    pty.send("start -\n");
    REQUIRE(pty.expect("_SUPERVISE> "));
    pty.send("worker\n");
    CHECK(pty.expect("worker: started"));
    REQUIRE(pty.expect("SUPERVISE> "));
    CHECK(h.status()["worker"].state == State::running);
    pty.send("exit\n");
    auto st = pty.wait_exit(20000);
    REQUIRE(st.has_value());
    CHECK(*st == 0);
}

TEST_CASE("a missing required parameter is prompted for") {
    Harness h;
    h.write_config(kPrograms);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("web", State::running));
    Pty pty;
    INFO("terminal output: " << pty.output());
    REQUIRE(start_client(pty, h));
    REQUIRE(pty.expect("SUPERVISE> "));
    pty.send("STOP\n");
    REQUIRE(pty.expect("_Process: "));
    pty.send("web\n");
    CHECK(pty.expect("web: stopped"));
    REQUIRE(pty.expect("SUPERVISE> "));
    CHECK(h.status()["web"].state == State::stopped);
    // SIGNAL asks for both of its parameters in turn.
    pty.send("start web\n");
    CHECK(pty.expect("web: started"));
    REQUIRE(pty.expect("SUPERVISE> "));
    pty.send("signal\n");
    REQUIRE(pty.expect("_Signal: "));
    pty.send("HUP\n");
    REQUIRE(pty.expect("_Process: "));
    pty.send("web\n");
    CHECK(pty.expect("web: signalled"));
    REQUIRE(pty.expect("SUPERVISE> "));
    // (Ctrl/Z at a parameter prompt cancelling the command is covered by the
    // parser's own tests with a scripted prompter.)
    pty.send("exit\n");
    auto st = pty.wait_exit(20000);
    REQUIRE(st.has_value());
    CHECK(*st == 0);
}

}  // TEST_SUITE
