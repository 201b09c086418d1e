// The decisions on record (docs/CRASH_SAFETY.md, rule 2): a server that dies
// after recording a stop, a start, a removal or half a RELOAD leaves them in
// the table, and the next server carries them out. Each case writes the table
// as the dead server left it at that point, then starts a second server on it
// (fakes only: no process, no sleep; tests/fakes/server_harness.h).
#include <doctest/doctest.h>

#include "fakes/server_harness.h"

using namespace sv;
using namespace sv::test;

namespace {

// Adds intent bits to what the table says of a process.
void add_intent(World& w, const std::string& name, uint8_t bits) {
    auto e = w.table->process(name);
    REQUIRE(e);
    e->intent |= bits;
    w.table->entries["p:" + name] = table::encode(*e);
}

}  // namespace

TEST_SUITE("server crash") {

TEST_CASE("a recorded stop intent: the next server stops the process and does not restart it") {
    World w(kServerSection + program("web", "startsecs=0\n"));
    start_and_kill(w, 2000);
    const int64_t pid = pid_of(w, "web");
    add_intent(w, "web", table::kIntentStop);
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(second.state("web") == State::stopped);
    CHECK(w.procs->find(pid)->signals == std::vector<std::string>{"TERM"});
    CHECK(w.procs->spawned("web") == 1);
    CHECK(w.table->process("web")->intent == 0);
}

TEST_CASE("a recorded start intent: the next server starts a stopped program once") {
    World w(kServerSection + program("web", "startsecs=0\nautostart=false\n"));
    table::ProcessEntry e;
    e.name = e.program = "web";
    e.state = State::stopped;
    e.intent = table::kIntentStart;
    w.table->entries["p:web"] = table::encode(e);
    ServerHarness h(w);
    REQUIRE(h.start());
    h.settle();
    CHECK(h.state("web") == State::running);
    CHECK(w.procs->spawned("web") == 1);
    CHECK(w.table->process("web")->intent == 0);
}

TEST_CASE("a recorded restart (stop and start): the old process stops, then one new one starts") {
    World w(kServerSection + program("web", "startsecs=0\n"));
    start_and_kill(w, 2000);
    const int64_t pid = pid_of(w, "web");
    add_intent(w, "web", table::kIntentStop | table::kIntentStart);
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(second.state("web") == State::running);
    CHECK(second.pid("web") != pid);
    CHECK_FALSE(w.procs->find(pid)->alive);
    CHECK(w.procs->spawned("web") == 2);
}

TEST_CASE("a recorded removal: the process no longer configured is stopped, then dropped") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("old", "startsecs=0\n"));
    start_and_kill(w, 2000);
    add_intent(w, "old", table::kIntentStop | table::kIntentRemove);
    w.config = kServerSection + program("web", "startsecs=0\n");
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(second.server().find("old") == nullptr);
    CHECK(w.procs->alive_pids("old").empty());
    CHECK_FALSE(w.table->process("old"));
}

TEST_CASE("a stop on record (STOPPING) is asked again, and the kill follows after stopwaitsecs") {
    World w(kServerSection + program("web", "startsecs=0\nstopwaitsecs=4\n"));
    w.procs->stubborn.insert("web");
    ServerHarness first(w);
    REQUIRE(first.start());
    const int64_t pid = first.pid("web");
    first.request(proto::Opcode::stop, {"web"});
    CHECK(first.state("web") == State::stopping);
    first.kill();
    ServerHarness second(w);
    REQUIRE(second.start());
    second.check();
    CHECK(second.state("web") == State::stopping);
    CHECK(w.procs->find(pid)->signals == std::vector<std::string>{"TERM", "TERM"});
    second.advance_s(4);
    CHECK(w.procs->find(pid)->signals.back() == "KILL");
    CHECK(second.state("web") == State::stopped);
    CHECK(w.procs->spawned("web") == 1);
}

TEST_CASE("a throttled restart on record (EXITED, start intent) is carried out") {
    World w(kServerSection + program("web", "startsecs=0\nautorestart=true\n"));
    ServerHarness first(w);
    REQUIRE(first.start());
    w.procs->end(first.pid("web"), ExitStatus::exited(0));
    first.settle();
    CHECK(first.state("web") == State::exited);
    first.kill();
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(second.state("web") == State::running);
    CHECK(w.procs->spawned("web") == 2);
}

TEST_CASE("an interrupted RELOAD (server entry flagged) is decided again from the configuration") {
    World w(kServerSection + program("web", "startsecs=0\n") + program("db", "startsecs=0\n") +
            program("old", "startsecs=0\n"));
    start_and_kill(w, 2000);
    const int64_t web = pid_of(w, "web"), db = pid_of(w, "db");
    auto s = w.table->server();
    REQUIRE(s);
    s->flags |= table::kServerReloading;
    w.table->entries["s:server"] = table::encode(*s);
    w.config = kServerSection + "[program:web]\ncommand=/usr/bin/web --v2\nstartsecs=0\n" +
               program("db", "startsecs=0\n");
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(w.log->has("died while recording a RELOAD"));
    CHECK(second.pid("web") != web);
    CHECK(w.procs->find(second.pid("web"))->argv.back() == "--v2");
    CHECK(second.pid("db") == db);
    CHECK(w.procs->find(db)->signals.empty());
    CHECK(second.server().find("old") == nullptr);
    CHECK(w.procs->alive_pids("old").empty());
    CHECK(w.table->server()->flags == 0);
}

TEST_CASE("without the flag, a changed configuration found at start is not applied by a restart") {
    World w(kServerSection + program("web", "startsecs=0\n"));
    start_and_kill(w, 2000);
    const int64_t web = pid_of(w, "web");
    w.config = kServerSection + "[program:web]\ncommand=/usr/bin/web --v2\nstartsecs=0\n";
    ServerHarness second(w);
    REQUIRE(second.start());
    second.settle();
    CHECK(second.pid("web") == web);
    CHECK(w.log->has("web runs with an older configuration"));
}

}  // TEST_SUITE
