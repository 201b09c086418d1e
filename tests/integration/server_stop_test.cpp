// Stopping: stopsignal, escalation to SIGKILL after stopwaitsecs, and the
// whole process group with stopasgroup/killasgroup so no grandchild survives.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "core/msg.h"
#include "integration/harness.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

TEST_SUITE("integration") {

TEST_CASE("a program that ignores SIGTERM and forks grandchildren is killed with its whole group") {
    Harness h;
    // The shell ignores TERM, starts two grandchildren (which ignore it too) and
    // records their pids.
    h.write_config("[program:stubborn]\n"
                   "command=/bin/sh -c 'trap \"\" TERM; sleep 1000 & echo $! > " + h.path("kids") +
                   "; sleep 1000 & echo $! >> " + h.path("kids") + "; wait'\n"
                   "startsecs=0\nstopwaitsecs=1\nstopasgroup=true\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("stubborn", State::running));
    REQUIRE(h.wait_until([&] {
        std::istringstream in(h.read("kids"));
        int64_t a = 0, b = 0;
        return static_cast<bool>(in >> a >> b);
    }));
    std::istringstream in(h.read("kids"));
    int64_t kid1 = 0, kid2 = 0;
    in >> kid1 >> kid2;
    int64_t pid = h.status()["stubborn"].pid;
    REQUIRE(sv::test::process_alive(kid1));
    auto r = h.request(Opcode::stop, {"stubborn"});
    REQUIRE(r.processes.size() == 1);
    CHECK(r.processes[0].state == State::stopped);
    CHECK(h.log().find("killing 'stubborn' (" + std::to_string(pid) + ") with SIGKILL") != std::string::npos);
    CHECK(h.wait_until([&] { return !sv::test::group_alive(pid); }, 5000));
    CHECK_FALSE(sv::test::process_alive(kid1));
    CHECK_FALSE(sv::test::process_alive(kid2));
}

TEST_CASE("stop from BACKOFF goes straight to STOPPED") {
    Harness h;
    h.write_config("[program:flap]\ncommand=/bin/sh -c 'exit 1'\nstartsecs=5\nstartretries=100\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("flap", State::backoff));
    auto r = h.request(Opcode::stop, {"flap"});
    REQUIRE(r.processes.size() == 1);
    CHECK(r.processes[0].state == State::stopped);
    CHECK(r.processes[0].result == sv::msg::Catalogue::builtin().code("STOPPED"));
}

TEST_CASE("SIGNAL delivers a named signal to a running program") {
    Harness h;
    // The program says "ready" once its trap is set: a HUP before that
    // would end the shell instead of reaching the trap.
    h.write_config("[program:hup]\ncommand=/bin/sh -c 'trap \"echo got-hup >> " + h.path("hup.out") +
                   "\" HUP; echo ready > " + h.path("ready") + "; while :; do sleep 0.05; done'\nstartsecs=0\n");
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("hup", State::running));
    REQUIRE(h.wait_until([&] { return h.read("ready") == "ready\n"; }));
    auto r = h.request(Opcode::signal, {"hup"}, 0, "", "HUP");
    REQUIRE(r.processes.size() == 1);
    CHECK(r.processes[0].result == sv::msg::Catalogue::builtin().code("SIGNALLED"));
    CHECK(h.wait_until([&] { return h.read("hup.out").find("got-hup") != std::string::npos; }));
    r = h.request(Opcode::signal, {"hup"}, 0, "", "NOSUCHSIG");
    CHECK(r.status == sv::msg::Catalogue::builtin().code("BADSIGNAL"));
}

}  // TEST_SUITE
