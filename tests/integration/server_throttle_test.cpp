// Crash loops are bounded: a program that dies at once is restarted about
// once a second (fsm: kMinRestartIntervalMs), can be stopped while it waits,
// and a server that dies during the wait leaves the restart on record.
#include <doctest/doctest.h>

#include "core/msg.h"
#include "integration/harness.h"

using sv::State;
using sv::proto::Opcode;
using sv::test::Harness;

namespace {
size_t count(const std::string& text, const std::string& what) {
    size_t n = 0;
    for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
    return n;
}
const char* kFlapper = "[program:flap]\ncommand=/bin/sh -c 'exit 0'\nstartsecs=0\nautorestart=true\n";
}  // namespace

TEST_SUITE("integration") {

TEST_CASE("a program that exits at once is respawned about once a second, not hundreds of times") {
    Harness h;
    h.write_config(kFlapper);
    int64_t t0 = sv::test::monotonic_ms();
    REQUIRE(h.start_server());
    REQUIRE(h.wait_until([&] { return count(h.log(), "spawned: 'flap'") >= 3; }, 15000));
    int64_t elapsed = sv::test::monotonic_ms() - t0;
    size_t spawns = count(h.log(), "spawned: 'flap'");
    // At most one start per second since the server began, plus the first.
    // (Unthrottled, 3 spawns took about 5 ms and this counted hundreds.)
    CHECK(spawns <= static_cast<size_t>(elapsed / 1000 + 2));
    CHECK(h.log().find("exited too quickly") != std::string::npos);
}

TEST_CASE("STOP during the restart delay stops the program for good") {
    Harness h;
    h.write_config(kFlapper);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("flap", State::exited, 15000));
    auto r = h.request(Opcode::stop, {"flap"});
    REQUIRE(r.processes.size() == 1);
    CHECK(r.processes[0].result == sv::msg::Catalogue::builtin().code("STOPPED"));
    size_t spawns = count(h.log(), "spawned: 'flap'");
    // The delay was under a second: give the cancelled restart twice that.
    CHECK_FALSE(h.wait_until([&] { return count(h.log(), "spawned: 'flap'") > spawns; }, 2000));
    CHECK(h.status()["flap"].state == State::stopped);
}

TEST_CASE("a server that dies during the restart delay leaves the restart on record") {
    Harness h;
    h.write_config(kFlapper);
    REQUIRE(h.start_server());
    REQUIRE(h.wait_state("flap", State::exited, 15000));
    h.kill_server_hard();
    size_t before = count(h.log(), "spawned: 'flap'");
    REQUIRE(h.start_server());
    CHECK(h.wait_until([&] { return count(h.log(), "spawned: 'flap'") > before; }, 5000));
}

}  // TEST_SUITE
