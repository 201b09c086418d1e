// kill -9 of the server inside its work, at every window of
// docs/CRASH_SAFETY.md: after each table write, after a new process recorded
// itself, after a stop signal. A kill point in the fakes ends the first
// server there (tests/fakes/kill_point.h); a second server on the same
// table and processes must then reach what the first was asked for, with
// every program running exactly once (the harness checks that after every
// turn). The real-process version is tests/integration/server_crash_test.cpp.
#include <doctest/doctest.h>

#include <functional>
#include <map>

#include "fakes/server_harness.h"

using namespace sv;
using namespace sv::test;

namespace {

const std::string kThree = kServerSection + program("web", "startsecs=0\n") + program("db", "startsecs=0\n") +
                           program("old", "startsecs=0\n");

// What a scenario knows of the world before the kill.
using Pids = std::map<std::string, int64_t>;

// For n = 1, 2, ...: a server starts the programs of `config` and lets them
// run; `act` asks it for something with the kill point armed at the n-th
// table write after that; when the kill fired, a second server (reading
// `w.config`, which `act` may change) takes over and settles, and `verify`
// checks the outcome. Stops at the first n that `act` survives, and checks
// that outcome too. Returns how many windows were tried.
int at_every_write(const std::string& config, const std::function<void(World&, ServerHarness&)>& act,
                   const std::function<void(World&, ServerHarness&, const Pids&)>& verify) {
    for (int n = 1; n < 64; ++n) {
        CAPTURE(n);
        World w(config);
        ServerHarness first(w);
        REQUIRE(first.start());
        first.settle();
        Pids before;
        for (const auto& [name, m] : first.server().processes()) before[name] = m.proc.pid;
        w.table->kill_after_write.after = n;
        act(w, first);
        w.table->kill_after_write.after = 0;
        if (!first.killed()) {
            verify(w, first, before);
            return n;
        }
        ServerHarness second(w);
        REQUIRE(second.start());
        second.settle();
        second.advance_s(30);   // every stop and retry has had its time
        verify(w, second, before);
    }
    FAIL("the action never completed");
    return 0;
}

}  // namespace

TEST_SUITE("server crash") {

TEST_CASE("killed once the new process recorded itself (STARTING): adopted, never spawned twice") {
    World w(kServerSection + program("web", "startsecs=5\n"));
    w.procs->kill_after_spawn.after = 1;
    ServerHarness first(w);
    CHECK_FALSE(first.start());
    CHECK(first.killed());
    const int64_t pid = pid_of(w, "web");
    auto e = w.table->process("web");
    REQUIRE(e);   // the process's own record: the server wrote nothing since
    CHECK(e->state == State::starting);
    CHECK(e->pid == pid);
    ServerHarness second(w);
    REQUIRE(second.start());
    second.check();
    CHECK(second.pid("web") == pid);
    second.advance_s(6);
    CHECK(second.state("web") == State::running);
    CHECK(w.procs->spawned("web") == 1);
}

TEST_CASE("killed half way through the first autostart: the started are adopted, the rest started") {
    World w(kServerSection + program("a", "priority=1\n") + program("b", "priority=2\n") +
            program("c", "priority=3\n"));
    w.procs->kill_after_spawn.after = 2;
    ServerHarness first(w);
    CHECK_FALSE(first.start());
    CHECK(w.procs->spawned("c") == 0);
    ServerHarness second(w);
    REQUIRE(second.start());
    second.check();
    for (const char* name : {"a", "b", "c"}) {
        CAPTURE(name);
        CHECK(w.procs->spawned(name) == 1);
        CHECK(w.procs->alive_pids(name).size() == 1);
    }
}

TEST_CASE("STOP killed at every table write: the program ends stopped, never restarted") {
    int windows = at_every_write(kThree,
        [](World&, ServerHarness& h) { h.request(proto::Opcode::stop, {"web", "db"}); },
        [](World& w, ServerHarness& h, const Pids& before) {
            // web's intent is the first write: from there on web is stopped.
            // db is stopped, or (killed while the intents were being recorded,
            // before any action and before the reply) still runs its process.
            CHECK(h.state("web") == State::stopped);
            CHECK(w.procs->alive_pids("web").empty());
            if (h.state("db") != State::stopped) CHECK(h.pid("db") == before.at("db"));
            for (const char* name : {"web", "db", "old"}) CHECK(w.procs->spawned(name) == 1);
            CHECK(h.pid("old") == before.at("old"));
        });
    CHECK(windows > 2);
}

TEST_CASE("STOP killed just after a stop signal: the program ends stopped, never restarted") {
    World w(kThree);
    w.procs->stubborn.insert("web");
    ServerHarness first(w);
    REQUIRE(first.start());
    w.procs->kill_after_signal.after = 1;
    first.request(proto::Opcode::stop, {"web"});
    REQUIRE(first.killed());
    ServerHarness second(w);
    REQUIRE(second.start());
    second.advance_s(11);   // stopwaitsecs: the kill
    CHECK(second.state("web") == State::stopped);
    CHECK(w.procs->alive_pids("web").empty());
    CHECK(w.procs->spawned("web") == 1);
}

TEST_CASE("RESTART killed at every table write: one new process, the old one gone") {
    int windows = at_every_write(kThree,
        [](World&, ServerHarness& h) { h.request(proto::Opcode::restart, {"web"}); },
        [](World& w, ServerHarness& h, const Pids& before) {
            CHECK(h.state("web") == State::running);
            CHECK(h.pid("web") != before.at("web"));
            CHECK(w.procs->spawned("web") == 2);
            CHECK(h.pid("db") == before.at("db"));
        });
    CHECK(windows > 2);
}

TEST_CASE("RELOAD killed at every table write: changed restarted once, unchanged untouched, removed dropped") {
    int windows = at_every_write(kThree,
        [](World& w, ServerHarness& h) {
            w.config = kServerSection + "[program:web]\ncommand=/usr/bin/web --v2\nstartsecs=0\n" +
                       program("db", "startsecs=0\n") + program("new", "startsecs=0\n");
            h.request(proto::Opcode::reload);
        },
        [](World& w, ServerHarness& h, const Pids& before) {
            CHECK(h.state("web") == State::running);
            CHECK(w.procs->find(h.pid("web"))->argv.back() == "--v2");
            CHECK(w.procs->spawned("web") == 2);
            CHECK(h.pid("db") == before.at("db"));
            CHECK(w.procs->find(before.at("db"))->signals.empty());
            // Dropped, whenever its process ended.
            CHECK(h.server().find("old") == nullptr);
            CHECK(w.procs->alive_pids("old").empty());
            CHECK(w.procs->spawned("old") == 1);
            CHECK(h.state("new") == State::running);
            CHECK(w.procs->spawned("new") == 1);
            CHECK(w.table->server()->flags == 0);
        });
    CHECK(windows > 4);
}

}  // TEST_SUITE
