// The server without processes: supervisord on the fakes (tests/fakes/),
// driven event by event on the fake clock. Start order, STARTING -> RUNNING,
// BACKOFF, the restart throttle, STOP with its kill, RELOAD. The crash cases
// (a second server on the same table) are in server_crash_unit_test.cpp.
// After every turn the harness checks that the server, the fake process
// table and the state table agree.
#include <doctest/doctest.h>

#include "fakes/server_harness.h"

using namespace sv;
using namespace sv::test;

TEST_SUITE("server") {

TEST_CASE("autostart starts programs by priority, and only those with autostart") {
    World w(kServerSection + program("a", "priority=300\n") + program("b", "priority=200\n") +
            program("c", "priority=100\n") + program("off", "autostart=false\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    h.check();
    CHECK(w.procs->order == std::vector<std::string>{"c", "b", "a"});
    CHECK(h.state("a") == State::starting);
    CHECK(h.state("off") == State::stopped);
    CHECK(h.pid("off") == 0);
    auto e = w.table->process("c");
    REQUIRE(e);
    CHECK(e->pid == h.pid("c"));   // the new process recorded itself
    CHECK(e->start_time == w.procs->find(h.pid("c"))->start_time);
}

TEST_CASE("STARTING becomes RUNNING only once startsecs have passed, without a tick") {
    World w(kServerSection + program("web", "startsecs=3\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    CHECK(h.loop().deadline() == w.clock.monotonic_ms() + 3001);
    h.advance_ms(3000);
    CHECK(h.state("web") == State::starting);
    h.advance_ms(1);
    CHECK(h.state("web") == State::running);
    CHECK(w.table->process("web")->state == State::running);
    CHECK(h.loop().deadline() == -1);   // idle: nothing to wake for
    CHECK(w.procs->spawned("web") == 1);
}

TEST_CASE("a process that dies while STARTING backs off 1 s, 2 s, ... then is FATAL") {
    World w(kServerSection + program("web", "startsecs=10\nstartretries=2\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    for (int attempt = 1; attempt <= 2; ++attempt) {
        CAPTURE(attempt);
        w.procs->end(h.pid("web"), ExitStatus::exited(1));
        h.settle();
        CHECK(h.state("web") == State::backoff);
        CHECK(h.loop().deadline() == w.clock.monotonic_ms() + attempt * 1000);
        h.advance_ms(attempt * 1000 - 1);
        CHECK(h.state("web") == State::backoff);
        h.advance_ms(1);
        CHECK(h.state("web") == State::starting);
    }
    w.procs->end(h.pid("web"), ExitStatus::exited(1));
    h.settle();
    CHECK(h.state("web") == State::fatal);
    CHECK(h.proc("web").proc.spawnerr == "Exited too quickly (process log may have details)");
    CHECK(w.procs->spawned("web") == 3);
    CHECK(w.procs->alive().empty());
    CHECK(h.loop().deadline() == -1);
}

TEST_CASE("a spawn error backs off and ends FATAL with its reason") {
    World w(kServerSection + program("web", "startretries=1\n"));
    w.procs->refuse["web"] = "can't find command '/usr/bin/web'";
    ServerHarness h(w);
    REQUIRE(h.start());
    CHECK(h.state("web") == State::backoff);
    h.advance_s(1);
    CHECK(h.state("web") == State::fatal);
    CHECK(h.proc("web").proc.spawnerr == "can't find command '/usr/bin/web'");
    CHECK(w.table->process("web")->spawnerr == "can't find command '/usr/bin/web'");
}

TEST_CASE("START of a program whose command does not exist answers NOFILE; any other spawn error SPAWNERR") {
    World w(kServerSection + program("web", "startretries=0\nautostart=false\n") +
            program("db", "startretries=0\nautostart=false\n"));
    w.procs->refuse["web"] = "can't find command '/usr/bin/web'";
    w.procs->missing.insert("web");
    w.procs->refuse["db"] = "couldn't setuid to 7: not permitted";
    ServerHarness h(w);
    REQUIRE(h.start());
    auto r = h.request(proto::Opcode::start, {"web", "db"}, proto::kFlagWait);
    REQUIRE(r);
    REQUIRE(r->processes.size() == 2);
    for (const auto& p : r->processes) {
        CAPTURE(p.name);
        CHECK(p.result == (p.name == "web" ? cond("NOFILE") : cond("SPAWNERR")));
        CHECK(p.state == State::fatal);
    }
    // A later start that gets further is no longer NOFILE.
    w.procs->refuse.erase("web");
    w.procs->missing.erase("web");
    r = h.request(proto::Opcode::start, {"web"}, 0);
    REQUIRE(r);
    REQUIRE(r->processes.size() == 1);
    CHECK(r->processes[0].result == cond("STARTING"));
    h.advance_s(2);
    CHECK(h.state("web") == State::running);
}

TEST_CASE("an automatic restart comes at least 1 s after the last start") {
    World w(kServerSection + program("web", "startsecs=0\nautorestart=true\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    CHECK(h.state("web") == State::running);
    const int64_t started = w.clock.monotonic_ms();
    h.advance_ms(200);
    w.procs->end(h.pid("web"), ExitStatus::exited(0));
    h.settle();
    CHECK(h.state("web") == State::exited);
    CHECK(h.loop().deadline() == started + fsm::kMinRestartIntervalMs);
    CHECK((w.table->process("web")->intent & table::kIntentStart) != 0);   // the restart is on record
    CHECK(w.log->has("exited too quickly: restart delayed 0.8 s"));
    h.advance_ms(799);
    CHECK(h.state("web") == State::exited);
    CHECK(w.procs->spawned("web") == 1);
    h.advance_ms(1);
    CHECK(h.state("web") == State::running);
    CHECK(w.procs->spawned("web") == 2);
    // A process that ran longer than the interval is restarted at once.
    h.advance_ms(1500);
    w.procs->end(h.pid("web"), ExitStatus::exited(0));
    h.settle();
    CHECK(h.state("web") == State::running);
    CHECK(w.procs->spawned("web") == 3);
}

TEST_CASE("STOP /WAIT asks politely, kills after stopwaitsecs, and answers once STOPPED") {
    World w(kServerSection + program("web", "startsecs=0\nstopwaitsecs=5\n"));
    w.procs->stubborn.insert("web");
    ServerHarness h(w);
    REQUIRE(h.start());
    const int64_t pid = h.pid("web");
    uint64_t conn = h.send(proto::Opcode::stop, {"web"}, proto::kFlagWait);
    h.settle();
    CHECK_FALSE(h.reply(conn));
    CHECK(h.state("web") == State::stopping);
    CHECK(w.table->process("web")->state == State::stopping);   // on record before the signal
    CHECK(w.procs->find(pid)->signals == std::vector<std::string>{"TERM"});
    h.advance_ms(4999);
    CHECK(w.procs->find(pid)->signals.size() == 1);
    h.advance_ms(1);
    CHECK(w.procs->find(pid)->signals == std::vector<std::string>{"TERM", "KILL"});
    CHECK(h.state("web") == State::stopped);
    auto r = h.reply(conn);
    REQUIRE(r);
    REQUIRE(r->processes.size() == 1);
    CHECK(r->processes[0].result == cond("STOPPED"));
    CHECK(w.procs->alive().empty());
    CHECK(h.loop().deadline() == -1);
}

TEST_CASE("STOP without WAIT answers STOPPING; a polite process is STOPPED a turn later") {
    World w(kServerSection + program("web", "startsecs=0\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    uint64_t conn = h.send(proto::Opcode::stop, {"web"});
    h.turn();
    auto r = h.reply(conn);
    REQUIRE(r);
    REQUIRE(r->processes.size() == 1);
    CHECK(r->processes[0].result == cond("STOPPING"));
    h.settle();
    CHECK(h.state("web") == State::stopped);
    CHECK(h.proc("web").proc.last_exit == ExitStatus::signaled(15));
    CHECK(w.procs->spawned("web") == 1);   // a stop is not an exit to restart
}

TEST_CASE("RELOAD restarts a changed program, leaves an unchanged one, drops a removed one, starts an added one") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("db", "startsecs=0\n") +
            program("old", "startsecs=0\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    const int64_t web = h.pid("web"), db = h.pid("db"), old = h.pid("old");
    w.config = kServerSection + "[program:web]\ncommand=/usr/bin/web --v2\nstartsecs=0\n" + program("db", "startsecs=0\n") +
               program("new", "startsecs=0\n");
    auto r = h.request(proto::Opcode::reload);
    REQUIRE(r);
    CHECK(r->status == cond("RELOADED"));
    CHECK(h.state("web") == State::running);
    CHECK(h.pid("web") != web);
    CHECK(w.procs->find(web)->signals == std::vector<std::string>{"TERM"});
    CHECK(w.procs->find(h.pid("web"))->argv.back() == "--v2");
    CHECK(h.pid("db") == db);
    CHECK(w.procs->find(db)->signals.empty());
    CHECK(w.procs->spawned("db") == 1);
    CHECK(h.server().find("old") == nullptr);
    CHECK_FALSE(w.procs->find(old)->alive);
    CHECK_FALSE(w.table->process("old"));
    CHECK(h.state("new") == State::running);
    CHECK(w.table->server()->flags == 0);   // the reloading flag is cleared
}

TEST_CASE("RELOAD of a stubborn changed program waits for the kill before the new start") {
    World w(kServerSection + program("web", "startsecs=0\nstopwaitsecs=2\n"));
    w.procs->stubborn.insert("web");
    ServerHarness h(w);
    REQUIRE(h.start());
    const int64_t first = h.pid("web");
    w.config = kServerSection + program("web", "startsecs=0\nstopwaitsecs=2\nenvironment=A=1\n");
    h.request(proto::Opcode::reload);
    CHECK(h.state("web") == State::stopping);
    CHECK(w.procs->spawned("web") == 1);   // never two at once (check() says so too)
    h.advance_s(2);
    CHECK(h.state("web") == State::running);
    CHECK(h.pid("web") != first);
    CHECK(w.procs->spawned("web") == 2);
}

TEST_CASE("a program RELOAD removed and a second RELOAD configures again before it stops is kept, and runs") {
    const std::string web = program("web", "startsecs=0\nstopwaitsecs=5\n");
    World w(kServerSection + web + program("db", "startsecs=0\n"));
    w.procs->stubborn.insert("web");
    ServerHarness h(w);
    REQUIRE(h.start());
    w.config = kServerSection + program("db", "startsecs=0\n");
    h.request(proto::Opcode::reload);
    CHECK(h.state("web") == State::stopping);
    w.config = kServerSection + web + program("db", "startsecs=0\n");
    auto r = h.request(proto::Opcode::reload);
    REQUIRE(r);
    CHECK(r->lines.front().find("1 added") != std::string::npos);
    h.advance_s(6);   // the stubborn process is killed after stopwaitsecs
    REQUIRE(h.server().find("web") != nullptr);   // (it used to be dropped here)
    CHECK(h.state("web") == State::running);
    CHECK(w.procs->alive_pids("web").size() == 1);
}

TEST_CASE("the entry a new process wrote for itself is not written again by the server") {
    World w(kServerSection + program("web", "startsecs=5\n") + program("db", "startsecs=5\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    CHECK(h.state("web") == State::starting);
    CHECK(w.table->process("web")->pid == h.pid("web"));   // recorded by the process itself
    CHECK(w.table->writes["p:web"] == 0);
    CHECK(w.table->writes["p:db"] == 0);
    h.advance_s(6);
    CHECK(h.state("web") == State::running);
    CHECK(w.table->writes["p:web"] == 1);   // the change to RUNNING
}

TEST_CASE("SHUTDOWN ends the loop and leaves the programs running") {
    World w(kServerSection + program("web", "startsecs=0\n"));
    ServerHarness h(w);
    REQUIRE(h.start());
    auto r = h.request(proto::Opcode::shutdown);
    REQUIRE(r);
    CHECK(r->status == cond("SHUTDOWN"));
    CHECK(h.exited());
    CHECK(w.procs->alive().size() == 1);
    CHECK(h.loop().channel_name.empty());
}

}  // TEST_SUITE
