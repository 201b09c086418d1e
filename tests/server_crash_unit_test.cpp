// The server killed (kill -9) and started again, without processes: a second
// server on the same in-memory table and the same fake process table
// (processes outlive the server). Re-adoption, no duplicate, the processes
// that died meanwhile, a pid taken by another process, orphans, the intents
// of docs/CRASH_SAFETY.md, and a table that cannot be read or written.
// The real-process versions are tests/integration/server_crash_test.cpp.
#include <doctest/doctest.h>

#include <cerrno>
#include <cstring>

#include "fakes/server_harness.h"

using namespace sv;
using namespace sv::test;

TEST_SUITE("server crash") {

TEST_CASE("a second server is refused while the first holds the table") {
    World w(kServerSection + program("web"));
    ServerHarness first(w);
    REQUIRE(first.start());
    ServerHarness second(w);
    std::string error;
    CHECK_FALSE(second.start(&error));
    CHECK(error.find("locked") != std::string::npos);
    CHECK(w.procs->spawned("web") == 1);
}

TEST_CASE("kill -9 while STARTING: the next server adopts the process, spawns no second one") {
    World w(kServerSection + program("web", "startsecs=5\n"));
    ServerHarness first(w);
    REQUIRE(first.start());
    const int64_t pid = first.pid("web");
    first.advance_s(2);
    CHECK(first.state("web") == State::starting);
    first.kill();
    CHECK(w.table->process("web")->state == State::starting);

    ServerHarness second(w);
    REQUIRE(second.start());
    second.check();
    CHECK(second.state("web") == State::starting);
    CHECK(second.pid("web") == pid);
    CHECK(w.procs->spawned("web") == 1);
    CHECK(w.log->has("adopted: 'web' with pid " + std::to_string(pid)));
    second.advance_s(4);   // startsecs counted from the first start (to the second)
    CHECK(second.state("web") == State::running);
    CHECK(w.procs->spawned("web") == 1);
    // Its end is seen, and restarted: with status unknown where it was not
    // ours to reap (Linux-like), with its real status where the system kept
    // it (OpenVMS-like: the termination mailbox).
    w.procs->end(pid, ExitStatus::exited(3));
    second.settle();
    CHECK(second.proc("web").proc.last_exit == (w.vms_like() ? ExitStatus::exited(3) : ExitStatus::lost()));
    CHECK(second.state("web") == State::starting);
    CHECK(w.procs->spawned("web") == 2);
}

TEST_CASE("processes that died while no server ran: RUNNING restarts at once, STARTING backs off") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("slow", "startsecs=60\n"));
    start_and_kill(w);
    const int64_t web = pid_of(w, "web"), slow = pid_of(w, "slow");
    w.procs->end(web, ExitStatus::exited(1));
    w.procs->end(slow, ExitStatus::exited(1));

    ServerHarness second(w);
    REQUIRE(second.start());
    second.check();
    CHECK(w.log->has("'web' (pid " + std::to_string(web) + ") ended while supervisord was down"));
    CHECK(second.state("web") == State::running);
    CHECK(second.pid("web") != web);
    CHECK(w.procs->spawned("web") == 2);
    CHECK(second.state("slow") == State::backoff);
    second.advance_s(1);
    CHECK(second.state("slow") == State::starting);
    CHECK(w.procs->spawned("slow") == 2);
}

TEST_CASE("a pid now held by another process (other creation time) is not adopted, and not signalled") {
    World w(kServerSection + program("web", "startsecs=0\n"));
    start_and_kill(w);
    const int64_t pid = pid_of(w, "web");
    w.procs->make_stranger(pid);

    ServerHarness second(w);
    REQUIRE(second.start());
    second.check();
    CHECK(second.pid("web") != pid);
    CHECK(second.state("web") == State::running);
    CHECK(w.procs->spawned("web") == 2);
    CHECK(w.procs->find(pid)->alive);   // the stranger lives on, untouched
    CHECK(w.procs->find(pid)->signals.empty());
    second.request(proto::Opcode::stop, {"web"});
    CHECK(w.procs->find(pid)->signals.empty());
}

TEST_CASE("a new process that cannot record itself never runs: BACKOFF, then FATAL with the reason") {
    World w(kServerSection + program("web", "startretries=1\n"));
    w.table->faults.self_record = EMFILE;
    ServerHarness h(w);
    REQUIRE(h.start());
    const std::string reason = std::string("couldn't record the process in the table: ") + std::strerror(EMFILE);
    CHECK(h.state("web") == State::backoff);
    CHECK(h.proc("web").proc.spawnerr == reason);
    CHECK(w.procs->alive().empty());
    h.advance_s(1);
    CHECK(h.state("web") == State::fatal);
    CHECK(h.proc("web").proc.spawnerr == reason);
    CHECK(w.table->process("web")->state == State::fatal);
    CHECK(w.procs->alive().empty());
    CHECK(w.procs->spawned("web") == 0);
    // The table writable again: an operator's start runs it.
    w.table->faults.self_record = 0;
    h.request(proto::Opcode::start, {"web"});
    CHECK(h.state("web") == State::starting);
    CHECK(w.procs->alive().size() == 1);
}

TEST_CASE("a full disk: nothing runs, the server goes on and says why") {
    World w(kServerSection + program("web", "startretries=0\n"));
    w.table->faults.write = ENOSPC;
    w.table->faults.self_record = ENOSPC;
    ServerHarness h(w);
    REQUIRE(h.start());
    CHECK(h.state("web") == State::fatal);
    CHECK(h.proc("web").proc.spawnerr.find(std::strerror(ENOSPC)) != std::string::npos);
    CHECK(w.log->has("cannot write table entry web: cannot write memory/p:web: " + std::string(std::strerror(ENOSPC))));
    CHECK(w.procs->alive().empty());
    CHECK_FALSE(w.table->process("web"));
}

TEST_CASE("a table that cannot be read whole stops the start, naming the reason") {
    World w(kServerSection + program("web"));
    w.table->faults.read_all = EMFILE;
    ServerHarness h(w);
    std::string error;
    CHECK_FALSE(h.start(&error));
    CHECK(error.find(std::strerror(EMFILE)) != std::string::npos);
    CHECK(w.procs->spawned("web") == 0);
}

TEST_CASE("an orphan (no longer configured) stays visible and untouched until it stops, then is dropped") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("old", "startsecs=0\n"));
    start_and_kill(w);
    const int64_t old = pid_of(w, "old");
    w.config = kServerSection + program("web", "startsecs=0\n");

    ServerHarness second(w);
    REQUIRE(second.start());
    second.check();
    CHECK(second.state("old") == State::running);
    CHECK(second.proc("old").orphan);
    CHECK(w.log->has("old is no longer configured"));
    auto r = second.request(proto::Opcode::status);
    REQUIRE(r);
    REQUIRE(r->processes.size() == 2);
    CHECK(r->processes[0].name == "old");
    CHECK(r->processes[0].pid == old);
    CHECK(w.procs->find(old)->signals.empty());
    r = second.request(proto::Opcode::start, {"old"});   // not startable
    CHECK(r->processes[0].result == cond("NOSUCHPROG"));
    w.procs->end(old, ExitStatus::exited(0));
    second.settle();
    CHECK(second.server().find("old") == nullptr);
    CHECK_FALSE(w.table->process("old"));
    CHECK(w.procs->spawned("old") == 1);
}

TEST_CASE("an orphan can be stopped, and is then dropped") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("old", "startsecs=0\n"));
    start_and_kill(w);
    w.config = kServerSection + program("web", "startsecs=0\n");
    ServerHarness second(w);
    REQUIRE(second.start());
    second.request(proto::Opcode::stop, {"old"});
    CHECK(second.server().find("old") == nullptr);
    CHECK(w.procs->alive_pids("old").empty());
}

// An orphan whose process ended while no server ran (or a STOPPED entry no
// longer configured) is dropped by start() itself: an idle server may never
// see another event. (Found by this test: it stayed until the first event.)
TEST_CASE("an orphan found ended at start is dropped at start") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("old", "startsecs=0\n"));
    start_and_kill(w);
    w.procs->end(pid_of(w, "old"), ExitStatus::exited(0));
    w.config = kServerSection + program("web", "startsecs=0\n");
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(second.loop().deadline() == -1);   // idle: nothing will wake it
    CHECK(second.server().find("old") == nullptr);
    CHECK_FALSE(w.table->process("old"));
}

// Issue 8 item 3: an orphan is in the case-folded index too. (Found by this
// test: readopt() added it to procs_ only.)
TEST_CASE("an orphan is found by its name in any case, like a configured process") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("old", "startsecs=0\n"));
    start_and_kill(w);
    w.config = kServerSection + program("web", "startsecs=0\n");
    ServerHarness second(w);
    REQUIRE(second.start());
    CHECK(second.server().find("WEB") != nullptr);
    CHECK(second.server().find("OLD") != nullptr);
}

}  // TEST_SUITE
