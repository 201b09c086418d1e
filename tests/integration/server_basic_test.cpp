// supervisord with real processes: autostart, restart policy, BACKOFF/FATAL,
// exit codes, spawn errors.
#include <doctest/doctest.h>

#include <csignal>

#include "core/msg.h"
#include "integration/harness.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {
uint32_t code(const char* ident) { return sv::msg::Catalogue::builtin().code(ident); }
}

TEST_SUITE("integration") {

TEST_CASE("autostart brings programs to RUNNING, autostart=false stays STOPPED") {
    Harness h;
    h.write_config("[program:sleeper]\ncommand=sleep 1000\nstartsecs=0\n"
                   "[program:manual]\ncommand=sleep 1000\nautostart=false\n");
    REQUIRE(h.start_server());
    CHECK(h.wait_state("sleeper", State::running));
    auto st = h.status();
    REQUIRE(st.count("manual"));
    CHECK(st["manual"].state == State::stopped);
    CHECK(st["manual"].description == "Not started");
    CHECK(st["sleeper"].pid > 0);
    CHECK(sv::test::process_alive(st["sleeper"].pid));
    CHECK(st["sleeper"].description.rfind("pid " + std::to_string(st["sleeper"].pid) + ", uptime ", 0) == 0);
}

TEST_CASE("a crashed program is restarted with a new pid") {
    Harness h;
    h.write_config("[program:crashy]\ncommand=sleep 1000\nstartsecs=0\nautorestart=true\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("crashy", State::running));
    int64_t first = h.status()["crashy"].pid;
    REQUIRE(first > 0);
    ::kill(static_cast<pid_t>(first), SIGKILL);
    CHECK(h.wait_until([&] {
        auto p = h.status()["crashy"];
        return p.state == State::running && p.pid != first && p.pid > 0;
    }));
    CHECK(h.log().find("exited: crashy (terminated by SIGKILL; not expected)") != std::string::npos);
}

TEST_CASE("early exit goes through BACKOFF to FATAL") {
    Harness h;
    h.write_config("[program:early]\ncommand=/bin/sh -c 'exit 0'\nstartsecs=1\nstartretries=1\n");
    REQUIRE(h.start_server());
    CHECK(h.wait_state("early", State::fatal, 15000));
    auto p = h.status()["early"];
    CHECK(p.description == "Exited too quickly (process log may have details)");
    std::string log = h.log();
    CHECK(log.find("gave up: early entered FATAL state, too many start retries too quickly") != std::string::npos);
    // 1 + startretries attempts in all, then no more.
    size_t spawns = 0;
    for (size_t at = log.find("spawned: 'early'"); at != std::string::npos; at = log.find("spawned: 'early'", at + 1))
        ++spawns;
    CHECK(spawns == 2);
}

TEST_CASE("expected exit code stays EXITED, unexpected one is restarted") {
    Harness h;
    h.write_config("[program:good]\ncommand=/bin/sh -c 'sleep 0.3; exit 2'\nstartsecs=0\nexitcodes=0,2\n"
                   "[program:bad]\ncommand=/bin/sh -c 'sleep 0.3; exit 3'\nstartsecs=0\nexitcodes=0,2\n");
    REQUIRE(h.start_server());
    CHECK(h.wait_state("good", State::exited));
    CHECK(h.wait_until([&] { return h.log().find("exited: good (exit status 2; expected)") != std::string::npos; }));
    CHECK(h.wait_until([&] { return h.log().find("exited: bad (exit status 3; not expected)") != std::string::npos; }));
    // `bad` is restarted: a second spawn appears in the log.
    CHECK(h.wait_until([&] {
        std::string log = h.log();
        size_t first = log.find("spawned: 'bad'");
        return first != std::string::npos && log.find("spawned: 'bad'", first + 1) != std::string::npos;
    }));
    CHECK(h.status()["good"].state == State::exited);
}

TEST_CASE("a missing executable ends FATAL with the reason in STATUS") {
    Harness h;
    h.write_config("[program:ghost]\ncommand=/nonexistent/binary --flag\nstartretries=0\n");
    REQUIRE(h.start_server());
    CHECK(h.wait_state("ghost", State::fatal));
    CHECK(h.status()["ghost"].description.find("can't find command '/nonexistent/binary'") != std::string::npos);
}

TEST_CASE("START, STOP and RESTART with WAIT report their outcome per name") {
    Harness h;
    h.write_config("[program:a]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\n"
                   "[program:b]\ncommand=sleep 1000\nstartsecs=0\nautostart=false\n");
    REQUIRE(h.start_server());
    auto r = h.request(Opcode::start, {"a", "nosuch"});
    REQUIRE(r.processes.size() == 2);
    CHECK(r.processes[0].name == "nosuch");
    CHECK(r.processes[0].result == code("NOSUCHPROG"));
    CHECK(r.processes[1].result == code("STARTED"));
    CHECK(r.processes[1].state == State::running);
    r = h.request(Opcode::start, {"A"});   // names match without regard to case
    REQUIRE(r.processes.size() == 1);
    CHECK(r.processes[0].result == code("ALRSTARTED"));
    int64_t before = h.status()["a"].pid;
    r = h.request(Opcode::restart, {"a"});
    REQUIRE(r.processes.size() == 1);
    CHECK(r.processes[0].result == code("RESTARTED"));
    CHECK(r.processes[0].pid != before);
    CHECK_FALSE(sv::test::process_alive(before));
    r = h.request(Opcode::stop, {"ALL"});
    REQUIRE(r.processes.size() == 2);
    for (const auto& p : r.processes) CHECK(sv::is_stopped_state(p.state));
    CHECK(r.processes[0].result == code("STOPPED"));
    CHECK(r.processes[1].result == code("NOTRUNNING"));
}

TEST_CASE("SHUTDOWN ends the server and leaves the programs running") {
    Harness h;
    h.write_config("[program:stay]\ncommand=sleep 1000\nstartsecs=0\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("stay", State::running));
    int64_t pid = h.status()["stay"].pid;
    auto r = h.request(Opcode::shutdown, {}, 0);
    CHECK(r.status == code("SHUTDOWN"));
    CHECK(h.wait_server_exit());
    CHECK(sv::test::process_alive(pid));
    // A new server re-adopts it instead of starting a second copy.
    REQUIRE(h.start_server());
    auto p = h.status()["stay"];
    CHECK(p.state == State::running);
    CHECK(p.pid == pid);
}

}  // TEST_SUITE
